/// A text cut into runs, some of them highlighted (differing words of a fuzzy match, the hit of a
/// concordance, the span of a translation that renders the hit).
public struct HighlightedText: Sendable, Hashable, Codable {
    /// One run of text.
    public struct Run: Sendable, Hashable, Codable {
        /// The text of the run.
        public var text: String
        /// Whether the run is highlighted.
        public var highlighted: Bool

        /// A run of text.
        public init(text: String, highlighted: Bool) {
            self.text = text
            self.highlighted = highlighted
        }
    }

    /// The runs, in order; concatenated they give the whole text.
    public var runs: [Run]

    /// The whole text.
    public var text: String { runs.map(\.text).joined() }

    /// The highlighted runs' texts, in order.
    public var highlights: [String] { runs.filter(\.highlighted).map(\.text) }

    /// `text` with the given ranges highlighted (ranges that overlap, touch or are separated by spaces only
    /// are merged).
    ///
    /// Inline tags (``Tokenizer/tagCharacter``) are shown as `⟨⟩`.
    public init(_ text: String, highlighting ranges: [Range<String.Index>] = []) {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<String.Index>] = []
        for range in sorted {
            if let last = merged.last, range.lowerBound <= last.upperBound
                || text.unicodeScalars[last.upperBound..<range.lowerBound].allSatisfy(\.properties.isWhitespace) {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        var runs: [Run] = []
        var position = text.startIndex
        func add(_ range: Range<String.Index>, _ highlighted: Bool) {
            guard !range.isEmpty else { return }
            let scalars = text.unicodeScalars[range]
            var piece = ""
            if scalars.contains(Tokenizer.tagScalar) {
                for scalar in scalars {
                    if scalar == Tokenizer.tagScalar { piece += "⟨⟩" } else { piece.unicodeScalars.append(scalar) }
                }
            } else {
                piece = String(scalars)
            }
            runs.append(Run(text: piece, highlighted: highlighted))
        }
        for range in merged {
            add(position..<range.lowerBound, false)
            add(range, true)
            position = range.upperBound
        }
        add(position..<text.endIndex, false)
        self.runs = runs
    }

    /// Runs given as they are.
    public init(runs: [Run]) {
        self.runs = runs
    }
}
