/// One row of an alignment under review: one bead, with the sentences of each language column.
///
/// A row with a single non-empty column is an unaligned sentence group (a `1-0` or `0-1` bead).
public struct ReviewRow: Sendable, Hashable, Codable {
    /// A stable identifier within the alignment (new rows get new ones), for the page.
    public var id: Int
    /// The sentences of each column, in the order of ``ReviewAlignment/languages``.
    public var cells: [[String]]
    /// The aligner's confidence in [0, 1] (`x-score`), or `nil` when unknown.
    public var score: Double?
    /// The bead type, e.g. `1-2` (`x-bead` as read, or the sentence counts after an edit).
    public var bead: String
    /// Whether a person changed or confirmed the row.
    public var reviewed: Bool
    /// The index of the unit the row came from (kept for its attributes and markup), if any.
    var origin: Int?
    /// Whether the row was changed or confirmed in this session (its unit is then rewritten).
    var touched = false

    private enum CodingKeys: String, CodingKey {
        case id, cells, score, bead, reviewed
    }

    /// Creates a row.
    public init(id: Int, cells: [[String]], score: Double? = nil, bead: String? = nil, reviewed: Bool = false) {
        self.id = id
        self.cells = cells
        self.score = score
        self.bead = bead ?? Self.beadType(of: cells)
        self.reviewed = reviewed
        self.origin = nil
    }

    /// The text of a column: its sentences joined by a space (as written into TMX).
    public func text(ofColumn column: Int) -> String {
        cells[column].joined(separator: " ")
    }

    /// Whether at least two columns hold text (a translation pair, not an unaligned group).
    public var isPair: Bool {
        cells.count { !$0.isEmpty } >= 2
    }

    /// Whether every column is empty.
    var isEmpty: Bool {
        cells.allSatisfy(\.isEmpty)
    }

    /// The bead type of cells: their sentence counts joined by `-`.
    static func beadType(of cells: [[String]]) -> String {
        cells.map { String($0.count) }.joined(separator: "-")
    }

    /// Marks the row as changed by a person and recomputes its bead type.
    mutating func markEdited() {
        reviewed = true
        touched = true
        bead = Self.beadType(of: cells)
    }
}
