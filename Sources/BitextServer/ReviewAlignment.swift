import TMX

/// An alignment under review: the memory's units as rows of sentences, one column per language,
/// with the corrections of ``ReviewEdit`` applied in place. A value: undo keeps copies.
public struct ReviewAlignment: Sendable, Hashable {
    /// The languages of the columns, in order of first appearance in the memory.
    public var languages: [LanguageTag]
    /// The rows, in document order.
    public var rows: [ReviewRow]
    /// The next free row identifier.
    var nextID: Int

    /// Creates an alignment from rows (identifiers are kept; new rows get larger ones).
    public init(languages: [LanguageTag], rows: [ReviewRow]) {
        self.languages = languages
        self.rows = rows
        self.nextID = (rows.map(\.id).max() ?? -1) + 1
    }

    /// Applies one correction.
    /// - Throws: ``ServerError`` (`invalidEdit`) naming what does not exist or cannot be done;
    ///   the alignment is then unchanged.
    public mutating func apply(_ edit: ReviewEdit) throws(ServerError) {
        switch edit {
        case .merge(let row, let direction):
            try checkRow(row)
            let first = direction.isForward ? row : row - 1
            guard first >= 0, first + 1 < rows.count else {
                throw ServerError(.invalidRequest, "row \(row + 1) has no \(direction.isForward ? "next" : "previous") row to merge with")
            }
            merge(first)
        case .split(let row, let column, let sentence, let offset):
            try split(row: row, column: column, sentence: sentence, offset: offset)
        case .move(let row, let column, let direction):
            try move(row: row, column: column, forward: direction.isForward)
        case .unalign(let row):
            try unalign(row)
        case .edit(let row, let column, let text):
            try checkRow(row, column: column)
            rows[row].cells[column] = Self.sentences(ofEditedText: text)
            rows[row].markEdited()
            if rows[row].isEmpty { rows.remove(at: row) }
        case .swap(let row, let column):
            try checkRow(row, column: column)
            guard row + 1 < rows.count else {
                throw ServerError(.invalidRequest, "row \(row + 1) is the last row: there is no next row to swap with")
            }
            let cell = rows[row].cells[column]
            rows[row].cells[column] = rows[row + 1].cells[column]
            rows[row + 1].cells[column] = cell
            rows[row].markEdited()
            rows[row + 1].markEdited()
            rows.removeAll(where: \.isEmpty)
        case .confirm(let row):
            try checkRow(row)
            rows[row].reviewed = true
            rows[row].touched = true
        }
    }

    // MARK: Operations

    private mutating func merge(_ first: Int) {
        let second = rows.remove(at: first + 1)
        for column in languages.indices {
            rows[first].cells[column] += second.cells[column]
        }
        rows[first].score = Self.minimum(rows[first].score, second.score)
        rows[first].markEdited()
    }

    private mutating func split(row: Int, column: Int, sentence: Int, offset: Int) throws(ServerError) {
        try checkRow(row, column: column)
        var cells = rows[row].cells
        guard cells[column].indices.contains(sentence) else {
            throw ServerError(.invalidRequest, "row \(row + 1), \(languages[column]): there is no sentence \(sentence + 1)")
        }
        let text = cells[column][sentence].utf16
        guard offset >= 0, offset <= text.count else {
            throw ServerError(.invalidRequest, "row \(row + 1), \(languages[column]): offset \(offset) is outside sentence \(sentence + 1) (\(text.count) UTF-16 units)")
        }
        // Cut the sentence when the point is inside it; `cut` is then the number of sentences
        // of `column` that stay in the first row.
        var cut = sentence
        let cutIndex = text.index(text.startIndex, offsetBy: offset)
        let before = String(Substring(text[..<cutIndex])).trimmingWhitespace
        let after = String(Substring(text[cutIndex...])).trimmingWhitespace
        if before.isEmpty {
            cut = sentence
        } else if after.isEmpty {
            cut = sentence + 1
        } else {
            cells[column].replaceSubrange(sentence...sentence, with: [before, after])
            cut = sentence + 1
        }
        let share = Self.share(of: cells[column], before: cut)
        var first = rows[row]
        var second = ReviewRow(id: nextID, cells: [], score: rows[row].score)
        second.origin = rows[row].origin
        nextID += 1
        for index in cells.indices {
            let stay = index == column ? cut : Self.boundary(in: cells[index], nearestShare: share)
            first.cells[index] = Array(cells[index][..<stay])
            second.cells.append(Array(cells[index][stay...]))
        }
        guard !first.isEmpty, !second.isEmpty else {
            throw ServerError(.invalidRequest, "row \(row + 1): splitting there leaves an empty row (split inside or between sentences)")
        }
        first.markEdited()
        second.markEdited()
        rows.replaceSubrange(row...row, with: [first, second])
    }

    private mutating func move(row: Int, column: Int, forward: Bool) throws(ServerError) {
        try checkRow(row, column: column)
        let target = forward ? row + 1 : row - 1
        guard rows.indices.contains(target) else {
            throw ServerError(.invalidRequest, "row \(row + 1) has no \(forward ? "next" : "previous") row to move a sentence to")
        }
        guard !rows[row].cells[column].isEmpty else {
            throw ServerError(.invalidRequest, "row \(row + 1) has no \(languages[column]) sentence to move")
        }
        if forward {
            let sentence = rows[row].cells[column].removeLast()
            rows[target].cells[column].insert(sentence, at: 0)
        } else {
            let sentence = rows[row].cells[column].removeFirst()
            rows[target].cells[column].append(sentence)
        }
        rows[row].markEdited()
        rows[target].markEdited()
        if rows[row].isEmpty { rows.remove(at: row) }
    }

    private mutating func unalign(_ row: Int) throws(ServerError) {
        try checkRow(row)
        let original = rows[row]
        guard original.isPair else {
            throw ServerError(.invalidRequest, "row \(row + 1) is already unaligned")
        }
        var pieces: [ReviewRow] = []
        for column in languages.indices where !original.cells[column].isEmpty {
            var cells = Array(repeating: [String](), count: languages.count)
            cells[column] = original.cells[column]
            var piece = ReviewRow(id: pieces.isEmpty ? original.id : nextID, cells: cells, reviewed: true)
            piece.origin = original.origin
            piece.touched = true
            if !pieces.isEmpty { nextID += 1 }
            pieces.append(piece)
        }
        rows.replaceSubrange(row...row, with: pieces)
    }

    // MARK: Helpers

    private func checkRow(_ row: Int, column: Int? = nil) throws(ServerError) {
        guard rows.indices.contains(row) else {
            throw ServerError(.invalidRequest, "there is no row \(row + 1) (the alignment has \(rows.count) rows)")
        }
        if let column, !languages.indices.contains(column) {
            throw ServerError(.invalidRequest, "there is no column \(column) (the alignment has \(languages.count) languages)")
        }
    }

    /// The sentences of a text typed by a person: one per line, trimmed, empty lines dropped.
    static func sentences(ofEditedText text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }

    /// The share of the characters of `sentences` that lie before sentence `index`.
    static func share(of sentences: [String], before index: Int) -> Double {
        let total = sentences.reduce(0) { $0 + $1.count }
        guard total > 0 else { return 0 }
        return Double(sentences[..<index].reduce(0) { $0 + $1.count }) / Double(total)
    }

    /// The sentence boundary (1…count, or 0 for no sentences) whose share of the text is nearest
    /// `share`: the first row keeps at least one sentence.
    static func boundary(in sentences: [String], nearestShare share: Double) -> Int {
        guard !sentences.isEmpty else { return 0 }
        // From the end, so that a tie keeps the sentences in the first row.
        return (1...sentences.count).reversed().min {
            abs(Self.share(of: sentences, before: $0) - share) < abs(Self.share(of: sentences, before: $1) - share)
        } ?? 0
    }

    private static func minimum(_ a: Double?, _ b: Double?) -> Double? {
        switch (a, b) {
        case let (a?, b?): min(a, b)
        case let (a?, nil): a
        case let (nil, b): b
        }
    }
}

extension String {
    /// The string without leading and trailing white space and newlines.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
