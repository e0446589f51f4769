/// Word translation probabilities learned from the beads of a first alignment with IBM Model 1
/// (Brown et al. 1993), trained in both directions with a NULL word, as in Moore's aligner (2002).
///
/// Each bead is a pair of bags of content words (numbers left out: they match as themselves). The
/// co-occurring word pairs are numbered once, so that the EM iterations run over flat arrays.
struct TranslationModel: Sendable {
    /// Source vocabulary id and target vocabulary id of each co-occurring pair.
    private(set) var pairSource: [Int32] = []
    private(set) var pairTarget: [Int32] = []
    /// Number of beads in which each pair co-occurs.
    private(set) var cooccurrences: [Int32] = []
    /// P(target word | source word) and P(source word | target word) of each pair.
    private(set) var forward: [Float] = []
    private(set) var backward: [Float] = []

    /// Trains on `beads` (source and target content tokens of each bead, repeated or not).
    init(beads: [(source: [Int32], target: [Int32])], sourceVocabulary: Int, targetVocabulary: Int, iterations: Int = 5) {
        var index: [Int64: Int32] = [:]
        // Per bead: its distinct source words, distinct target words and the pair index of each (s, t).
        var sourceWords: [[Int32]] = [], targetWords: [[Int32]] = [], pairIndex: [[Int32]] = []
        sourceWords.reserveCapacity(beads.count)
        for bead in beads {
            let s = Array(Set(bead.source)).sorted(), t = Array(Set(bead.target)).sorted()
            guard !s.isEmpty, !t.isEmpty else { continue }
            var row: [Int32] = []
            row.reserveCapacity(s.count * t.count)
            for u in s {
                for v in t {
                    let key = Int64(u) << 32 | Int64(v)
                    if let known = index[key] {
                        row.append(known)
                        cooccurrences[Int(known)] += 1
                    } else {
                        let new = Int32(pairSource.count)
                        index[key] = new
                        pairSource.append(u)
                        pairTarget.append(v)
                        cooccurrences.append(1)
                        row.append(new)
                    }
                }
            }
            sourceWords.append(s)
            targetWords.append(t)
            pairIndex.append(row)
        }
        forward = Self.train(generated: targetWords, given: sourceWords, pairIndex: pairIndex, pairGiven: pairSource,
                             pairCount: pairSource.count, vocabulary: sourceVocabulary, generatedVocabulary: targetVocabulary,
                             iterations: iterations, givenFirst: true)
        backward = Self.train(generated: sourceWords, given: targetWords, pairIndex: pairIndex, pairGiven: pairTarget,
                              pairCount: pairSource.count, vocabulary: targetVocabulary, generatedVocabulary: sourceVocabulary,
                              iterations: iterations, givenFirst: false)
    }

    /// EM for P(generated word | given word), with a NULL given word in every bead. `pairIndex[k]` lists the
    /// pairs of bead k source-major (`givenFirst`: the given words are the source) or target-major.
    private static func train(generated: [[Int32]], given: [[Int32]], pairIndex: [[Int32]], pairGiven: [Int32],
                              pairCount: Int, vocabulary: Int, generatedVocabulary: Int, iterations: Int,
                              givenFirst: Bool) -> [Float] {
        var t = [Float](repeating: 1, count: pairCount)
        var null = [Float](repeating: 1 / Float(max(1, generatedVocabulary)), count: generatedVocabulary)
        var counts = [Float](repeating: 0, count: pairCount)
        var totals = [Float](repeating: 0, count: vocabulary)
        var nullCounts = [Float](repeating: 0, count: generatedVocabulary)
        for _ in 0..<iterations {
            for k in counts.indices { counts[k] = 0 }
            for k in totals.indices { totals[k] = 0 }
            for k in nullCounts.indices { nullCounts[k] = 0 }
            for bead in pairIndex.indices {
                let row = pairIndex[bead], g = given[bead], e = generated[bead]
                // Pair of generated word b and given word a in the row.
                let width = givenFirst ? e.count : g.count
                for b in e.indices {
                    let word = Int(e[b])
                    var denominator = null[word]
                    for a in g.indices {
                        denominator += t[Int(row[givenFirst ? a * width + b : b * width + a])]
                    }
                    guard denominator > 0 else { continue }
                    nullCounts[word] += null[word] / denominator
                    for a in g.indices {
                        let pair = Int(row[givenFirst ? a * width + b : b * width + a])
                        let share = t[pair] / denominator
                        counts[pair] += share
                        totals[Int(g[a])] += share
                    }
                }
            }
            for pair in 0..<pairCount {
                let total = totals[Int(pairGiven[pair])]
                t[pair] = total > 0 ? counts[pair] / total : 0
            }
            let nullTotal = nullCounts.reduce(0, +)
            if nullTotal > 0 { for k in null.indices { null[k] = nullCounts[k] / nullTotal } }
        }
        return t
    }

    /// Word pairs that translate each other in both directions (each probability at least `threshold`)
    /// and co-occur in at least `minimumCooccurrences` beads: source vocabulary id → target vocabulary ids.
    func lexicon(threshold: Float, minimumCooccurrences: Int32 = 2) -> [Int32: [Int32]] {
        var result: [Int32: [Int32]] = [:]
        for pair in pairSource.indices
        where cooccurrences[pair] >= minimumCooccurrences && forward[pair] >= threshold && backward[pair] >= threshold {
            result[pairSource[pair], default: []].append(pairTarget[pair])
        }
        for key in result.keys { result[key]!.sort() }
        return result
    }

    /// Graded links for the lexical evidence: each co-occurring word pair (in at least
    /// `minimumCooccurrences` beads) with its strength `√(P(t|s) P(s|t))`, kept when the strength is at
    /// least `floor` and the pair is among the `perWord` strongest of its source word or of its target
    /// word: source vocabulary id → (target vocabulary id, strength × `scale`, at most 1), strongest first.
    func links(floor: Float, perWord: Int, minimumCooccurrences: Int32 = 2,
               scale: Float = 1) -> [Int32: [(target: Int32, strength: Float)]] {
        var bySource: [Int32: [Int]] = [:], byTarget: [Int32: [Int]] = [:]
        var strength = [Float](repeating: 0, count: pairSource.count)
        for pair in pairSource.indices where cooccurrences[pair] >= minimumCooccurrences {
            strength[pair] = (forward[pair] * backward[pair]).squareRoot()
            guard strength[pair] >= floor else { continue }
            bySource[pairSource[pair], default: []].append(pair)
            byTarget[pairTarget[pair], default: []].append(pair)
        }
        // The strongest first; ties by pair number, so the result does not depend on hashing.
        func strongest(_ pairs: [Int]) -> ArraySlice<Int> {
            pairs.sorted { strength[$0] != strength[$1] ? strength[$0] > strength[$1] : $0 < $1 }.prefix(perWord)
        }
        var kept = Set<Int>()
        for pairs in bySource.values { kept.formUnion(strongest(pairs)) }
        for pairs in byTarget.values { kept.formUnion(strongest(pairs)) }
        var result: [Int32: [(target: Int32, strength: Float)]] = [:]
        for pair in kept.sorted() {
            result[pairSource[pair], default: []].append((pairTarget[pair], min(1, scale * strength[pair])))
        }
        for key in result.keys {
            result[key]!.sort { $0.strength != $1.strength ? $0.strength > $1.strength : $0.target < $1.target }
        }
        return result
    }
}

extension TranslationModel {
    /// Trains on the pairs of a first alignment: the content words of each bead with both sides
    /// (numbers left out: they match as themselves).
    init(pairsOf steps: [BandedSearch.Step], _ sourceSide: SideFeatures, _ targetSide: SideFeatures) {
        let beads = steps.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map { step in
            (source: step.source.flatMap { sourceSide.tokens[$0] }.filter { !sourceSide.isNumber[Int($0)] },
             target: step.target.flatMap { targetSide.tokens[$0] }.filter { !targetSide.isNumber[Int($0)] })
        }
        self.init(beads: beads, sourceVocabulary: sourceSide.vocabulary.count, targetVocabulary: targetSide.vocabulary.count)
    }

}
