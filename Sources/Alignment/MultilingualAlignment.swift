/// Several versions of a text (e.g. English, French, Spanish) aligned through the first one, the
/// pivot: each other version is aligned with the pivot, and the alignments are joined on the pivot's
/// sentences.
///
/// Where the alignments cut the pivot differently (English 1 + 1 sentences are French 1 + 1 but
/// Spanish 1 sentence), the units are merged until every version agrees, so that a unit always
/// holds whole beads of every alignment: here one unit of 2 English, 2 French and 1 Spanish
/// sentences. A bilingual alignment is the case of one other version; its units are its beads.
public struct MultilingualAlignment: Sendable, Hashable {
    /// One multilingual unit: consecutive sentences of each version that translate each other.
    public struct Unit: Sendable, Hashable {
        /// For each version (pivot first), the indices of its sentences; empty when the version has
        /// no counterpart.
        public var sentences: [Range<Int>]
        /// The weakest confidence of the pairwise beads the unit is made of, in [0, 1].
        public var confidence: Double

        /// Creates a unit.
        public init(sentences: [Range<Int>], confidence: Double) {
            self.sentences = sentences
            self.confidence = confidence
        }

        /// The unit type as written in TMX props and reports: the sentence count of each version,
        /// e.g. `1-2` or `2-2-1`.
        public var kind: String { sentences.map { String($0.count) }.joined(separator: "-") }

        /// Whether at least two versions have sentences in the unit (a translation, not an omission).
        public var isAligned: Bool { sentences.lazy.filter { !$0.isEmpty }.count >= 2 }
    }

    /// The units in the pivot's order; every sentence of every version is in exactly one unit.
    public var units: [Unit]
    /// The language of each version (ISO 639-1), pivot first; nil where unknown.
    public var languages: [String?]
    /// The warnings of the pairwise alignments, each prefixed with the pair (`en-fr: …`).
    public var warnings: [String]

    /// Creates an alignment from its units.
    public init(units: [Unit], languages: [String?], warnings: [String] = []) {
        self.units = units
        self.languages = languages
        self.warnings = warnings
    }

    /// The units of a bilingual alignment: one per bead.
    public init(_ alignment: SentenceAlignment) {
        self.init(pivot: [alignment])
    }

    /// Joins alignments that all have the same source, the pivot (alignment `i` pairs the pivot with
    /// version `i + 1`).
    ///
    /// The pivot is cut only where every alignment has a bead boundary. A sentence with no pivot
    /// counterpart (a 0-1 bead) joins the unit around it when it falls inside a merged unit, and is
    /// a unit of its own otherwise.
    public init(pivot alignments: [SentenceAlignment]) {
        let pivotCount = alignments.lazy.flatMap(\.beads).map(\.source.upperBound).max() ?? 0
        let versions = alignments.count + 1
        // Where every alignment may cut the pivot.
        var cuttable = [Bool](repeating: true, count: pivotCount + 1)
        for alignment in alignments {
            for bead in alignment.beads where bead.source.count > 1 {
                for inside in (bead.source.lowerBound + 1)..<bead.source.upperBound { cuttable[inside] = false }
            }
        }
        let starts = (0..<pivotCount).filter { cuttable[$0] }
        var groupOf = [Int](repeating: 0, count: pivotCount)
        for (group, start) in starts.enumerated() {
            let end = group + 1 < starts.count ? starts[group + 1] : pivotCount
            for sentence in start..<end { groupOf[sentence] = group }
        }
        var groups = starts.enumerated().map { group, start in
            var sentences = [Range<Int>](repeating: 0..<0, count: versions)
            sentences[0] = start..<(group + 1 < starts.count ? starts[group + 1] : pivotCount)
            return (unit: Unit(sentences: sentences, confidence: 1), hasPair: false)
        }
        // Units of one version without pivot counterpart, placed before the group starting at `position`.
        var standalone: [(position: Int, unit: Unit)] = []
        for (index, alignment) in alignments.enumerated() {
            let version = index + 1
            for bead in alignment.beads {
                let position = bead.source.lowerBound
                let group: Int
                if !bead.source.isEmpty {
                    group = groupOf[position]
                } else if position > 0, position < pivotCount, !cuttable[position] {
                    group = groupOf[position]
                } else {
                    if bead.target.isEmpty { continue }
                    var sentences = [Range<Int>](repeating: 0..<0, count: versions)
                    sentences[version] = bead.target
                    standalone.append((position, Unit(sentences: sentences, confidence: bead.confidence)))
                    continue
                }
                if !bead.target.isEmpty {
                    let current = groups[group].unit.sentences[version]
                    groups[group].unit.sentences[version] = current.isEmpty
                        ? bead.target : min(current.lowerBound, bead.target.lowerBound)..<max(current.upperBound, bead.target.upperBound)
                }
                if bead.isPair {
                    groups[group].unit.confidence = groups[group].hasPair ? min(groups[group].unit.confidence, bead.confidence) : bead.confidence
                    groups[group].hasPair = true
                } else if !groups[group].hasPair {
                    groups[group].unit.confidence = min(groups[group].unit.confidence, bead.confidence)
                }
            }
        }
        // Collected version by version: order them by position, then version, then bead order.
        let sortedStandalone = standalone.enumerated()
            .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element)
        var units: [Unit] = []
        var next = 0
        for (group, start) in starts.enumerated() {
            while next < sortedStandalone.count, sortedStandalone[next].position <= start {
                units.append(sortedStandalone[next].unit)
                next += 1
            }
            units.append(groups[group].unit)
        }
        units += sortedStandalone[next...].map(\.unit)
        // A version absent from a unit gets the empty range at its place (as in a 1-0 bead).
        for version in 0..<versions {
            var cursor = 0
            for index in units.indices {
                if units[index].sentences[version].isEmpty {
                    units[index].sentences[version] = cursor..<cursor
                } else {
                    cursor = units[index].sentences[version].upperBound
                }
            }
        }
        self.units = units
        languages = [alignments.first?.sourceLanguage] + alignments.map(\.targetLanguage)
        warnings = alignments.flatMap { alignment in
            let pair = "\(alignment.sourceLanguage ?? "?")-\(alignment.targetLanguage ?? "?")"
            return alignment.warnings.map { alignments.count > 1 ? "\(pair): \($0)" : $0 }
        }
    }

    /// The units that pair at least two versions.
    public var alignedUnits: [Unit] { units.filter(\.isAligned) }

    /// Mean confidence of the aligned units (0 when there are none).
    public var meanConfidence: Double {
        let aligned = alignedUnits
        return aligned.isEmpty ? 0 : aligned.map(\.confidence).reduce(0, +) / Double(aligned.count)
    }

    /// The number of sentences, over all versions, that are in no aligned unit.
    public var unalignedSentenceCount: Int {
        units.filter { !$0.isAligned }.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.count } }
    }
}
