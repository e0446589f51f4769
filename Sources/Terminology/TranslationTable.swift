/// IBM Model 1 translation probabilities t(target | source) learned by expectation–maximisation,
/// with a NULL source word, on words interned to integer ids and one flat array of probabilities
/// (one cell per source and target word that meet in a unit).
struct TranslationTable {
    private var sourceIDs: [String: Int32] = ["": 0]
    private var targetIDs: [String: Int32] = [:]
    /// The cell of a source id and a target id (`source << 32 | target`).
    private var cells: [Int: Int32] = [:]
    private var probabilities: [Double] = []

    /// Learns from `pairs` (source words, target words); cognates (``WordLexicon/spelling(_:_:)``)
    /// start ahead, so that they explain each other and leave the other words of a unit to the words
    /// that remain (`rouge` → `red` once `notice` → `notice` is explained).
    init(_ pairs: [([String], [String])], iterations: Int) {
        var cellSources: [Int32] = []
        var seeds: [Double] = []
        // Each unit's cells, target word by target word, the NULL word last: the order of the sums
        // of the dictionary version this replaces, so that the probabilities are the same to the bit.
        var unitCells: [[Int32]] = []
        unitCells.reserveCapacity(pairs.count)
        for (source, target) in pairs {
            let sources: [Int32] = source.map { word -> Int32 in
                if let id = sourceIDs[word] { return id }
                let id = Int32(sourceIDs.count)
                sourceIDs[word] = id
                return id
            } + [0]
            var row: [Int32] = []
            row.reserveCapacity(target.count * sources.count)
            for word in target {
                let targetID: Int32
                if let id = targetIDs[word] { targetID = id } else {
                    targetID = Int32(targetIDs.count)
                    targetIDs[word] = targetID
                }
                for (offset, sourceID) in sources.enumerated() {
                    let key = Int(sourceID) << 32 | Int(targetID)
                    if let cell = cells[key] {
                        row.append(cell)
                        continue
                    }
                    let cell = Int32(cellSources.count)
                    cells[key] = cell
                    cellSources.append(sourceID)
                    // The NULL word has no spelling.
                    seeds.append(offset < source.count ? WordLexicon.spelling(source[offset], word) : 0)
                    row.append(cell)
                }
            }
            unitCells.append(row)
        }
        let uniform = 1.0 / Double(max(targetIDs.count, 1))
        probabilities = seeds.map { $0 > 0 ? uniform * (1 + 20 * $0) : uniform }
        var counts = [Double](repeating: 0, count: probabilities.count)
        var totals = [Double](repeating: 0, count: sourceIDs.count)
        var touched = [Bool](repeating: false, count: probabilities.count)
        for _ in 0..<iterations {
            for index in counts.indices { counts[index] = 0 }
            for index in totals.indices { totals[index] = 0 }
            for index in touched.indices { touched[index] = false }
            for (pair, row) in zip(pairs, unitCells) where !row.isEmpty {
                let width = pair.0.count + 1
                var start = 0
                while start < row.count {
                    var normaliser = 0.0
                    for cell in row[start..<start + width] { normaliser += probabilities[Int(cell)] }
                    if normaliser > 0 {
                        for cell in row[start..<start + width] {
                            let share = probabilities[Int(cell)] / normaliser
                            counts[Int(cell)] += share
                            totals[Int(cellSources[Int(cell)])] += share
                            touched[Int(cell)] = true
                        }
                    }
                    start += width
                }
            }
            for cell in probabilities.indices {
                probabilities[cell] = touched[cell] ? counts[cell] / totals[Int(cellSources[cell])] : 0
            }
        }
    }

    /// t(target | source); nil when the two never met in a unit (or for the NULL word).
    subscript(source: String, target: String) -> Double? {
        self[sourceID(source), targetID(target)]
    }

    /// The id of a source word (nil for a word never seen, and for the NULL word).
    func sourceID(_ word: String) -> Int32? { word.isEmpty ? nil : sourceIDs[word] }

    /// The id of a target word (nil for a word never seen).
    func targetID(_ word: String) -> Int32? { targetIDs[word] }

    /// t(target | source) of two words by their ids; nil when the two never met in a unit.
    subscript(sourceID: Int32?, targetID: Int32?) -> Double? {
        guard let sourceID, let targetID, let cell = cells[Int(sourceID) << 32 | Int(targetID)] else { return nil }
        return probabilities[Int(cell)]
    }
}
