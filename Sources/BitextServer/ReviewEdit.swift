/// One correction of an alignment, as the page and the JSON API send it
/// (`{"op": "merge", "row": 4, "direction": "next"}`). Rows are counted from 0 in document order;
/// columns are indices into ``ReviewAlignment/languages``.
public enum ReviewEdit: Sendable, Hashable, Codable {
    /// Merges a row with the next or previous one (every column).
    case merge(row: Int, direction: Direction)
    /// Splits a row at a point: the sentence `sentence` of `column` is cut at the UTF-16 offset
    /// `offset` (0 or its length cut between sentences) and the row becomes two rows there. The
    /// other columns are divided at the sentence boundary nearest the same proportion of text,
    /// keeping at least one sentence in the first row (move sentences afterwards if needed).
    case split(row: Int, column: Int, sentence: Int, offset: Int)
    /// Moves a sentence of one column across a row boundary: `down` moves the last sentence to
    /// the start of the next row, `up` moves the first sentence to the end of the previous row.
    case move(row: Int, column: Int, direction: Direction)
    /// Marks a row as unaligned: each non-empty column becomes a row of its own.
    case unalign(row: Int)
    /// Replaces the text of one column of a row; lines are sentences (empty lines dropped).
    case edit(row: Int, column: Int, text: String)
    /// Exchanges one column of a row with the same column of the next row (sentences that the
    /// translator put in another order).
    case swap(row: Int, column: Int)
    /// Confirms a row as right without changing it.
    case confirm(row: Int)

    /// A neighbour in document order.
    public enum Direction: String, Sendable, Hashable, Codable {
        /// The row before (towards the start of the document).
        case previous
        /// The row after.
        case next
        /// Towards the row before (alias of `previous`, reads better for ``ReviewEdit/move(row:column:direction:)``).
        case up
        /// Towards the row after.
        case down

        /// Whether the direction points towards the end of the document.
        var isForward: Bool { self == .next || self == .down }
    }

    private enum CodingKeys: String, CodingKey {
        case op, row, direction, column, sentence, offset, text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let op = try container.decode(String.self, forKey: .op)
        let row = try container.decode(Int.self, forKey: .row)
        switch op {
        case "merge":
            self = .merge(row: row, direction: try container.decode(Direction.self, forKey: .direction))
        case "split":
            self = .split(
                row: row,
                column: try container.decode(Int.self, forKey: .column),
                sentence: try container.decode(Int.self, forKey: .sentence),
                offset: try container.decode(Int.self, forKey: .offset)
            )
        case "move":
            self = .move(
                row: row,
                column: try container.decode(Int.self, forKey: .column),
                direction: try container.decode(Direction.self, forKey: .direction)
            )
        case "unalign":
            self = .unalign(row: row)
        case "edit":
            self = .edit(
                row: row,
                column: try container.decode(Int.self, forKey: .column),
                text: try container.decode(String.self, forKey: .text)
            )
        case "swap":
            self = .swap(row: row, column: try container.decode(Int.self, forKey: .column))
        case "confirm":
            self = .confirm(row: row)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .op, in: container,
                debugDescription: "unknown op \"\(op)\" (merge, split, move, unalign, edit, swap, confirm)"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .merge(let row, let direction):
            try container.encode("merge", forKey: .op)
            try container.encode(row, forKey: .row)
            try container.encode(direction, forKey: .direction)
        case .split(let row, let column, let sentence, let offset):
            try container.encode("split", forKey: .op)
            try container.encode(row, forKey: .row)
            try container.encode(column, forKey: .column)
            try container.encode(sentence, forKey: .sentence)
            try container.encode(offset, forKey: .offset)
        case .move(let row, let column, let direction):
            try container.encode("move", forKey: .op)
            try container.encode(row, forKey: .row)
            try container.encode(column, forKey: .column)
            try container.encode(direction, forKey: .direction)
        case .unalign(let row):
            try container.encode("unalign", forKey: .op)
            try container.encode(row, forKey: .row)
        case .edit(let row, let column, let text):
            try container.encode("edit", forKey: .op)
            try container.encode(row, forKey: .row)
            try container.encode(column, forKey: .column)
            try container.encode(text, forKey: .text)
        case .swap(let row, let column):
            try container.encode("swap", forKey: .op)
            try container.encode(row, forKey: .row)
            try container.encode(column, forKey: .column)
        case .confirm(let row):
            try container.encode("confirm", forKey: .op)
            try container.encode(row, forKey: .row)
        }
    }
}
