/// Lexical matches between single sentences near the search band: for source sentence i and target
/// sentence j, the weight of i's words matched in j (`source`) and of j's words matched in i (`target`).
struct PairTable: Sendable {
    var lo: [Int]
    var hi: [Int]
    var start: [Int]
    var source: [Float]
    var target: [Float]

    /// Computes the matches of every sentence pair that a bead of at most `maxSide` sentences per side
    /// ending inside `band` can contain.
    init(band: SearchBand, maxSide: Int, sourceSide: SideFeatures, targetSide: SideFeatures, matcher: Matcher) {
        let n = sourceSide.count
        let m = targetSide.count
        lo = [Int](repeating: 0, count: n)
        hi = [Int](repeating: -1, count: n)
        start = [Int](repeating: 0, count: n)
        var total = 0
        for i in 0..<n {
            lo[i] = max(0, band.lo[i + 1] - maxSide)
            hi[i] = min(m - 1, band.hi[min(n, i + maxSide)] - 1)
            start[i] = total
            total += max(0, hi[i] - lo[i] + 1)
        }
        source = [Float](repeating: 0, count: total)
        target = [Float](repeating: 0, count: total)
        guard total > 0 else { return }
        // The nested arrays flattened (offsets and values): no reference counting in the loops.
        let targetKeys = Flat(matcher.targetKeys), candidates = Flat(matcher.sourceCandidates)
        let targetTokens = Flat(targetSide.tokens)
        var candidateStamp = [Int32](repeating: -1, count: matcher.keyCount)
        var keyStamp = [Int32](repeating: -1, count: matcher.keyCount)
        var stamp: Int32 = 0
        let tokenWeightS = sourceSide.tokenWeight
        let tokenWeightT = targetSide.tokenWeight
        // Graded links: the strongest link of each target word to a word of source sentence i
        // (`gradedBest`, valid where `gradedStamp` is i), and the target words of sentence j (`wordStamp`).
        let graded = matcher.isGraded
        let gradedTargets = Flat(graded ? matcher.gradedTargets : []), gradedStrengths = Flat(graded ? matcher.gradedStrengths : [])
        var gradedBest = [Float](repeating: 0, count: graded ? targetSide.vocabulary.count : 0)
        var gradedStamp = [Int32](repeating: -1, count: gradedBest.count)
        var wordStamp = [Int32](repeating: -1, count: gradedBest.count)
        for i in 0..<n where hi[i] >= lo[i] {
            let sourceTokens = sourceSide.tokens[i]
            for token in sourceTokens {
                for k in candidates.range(Int(token)) { candidateStamp[Int(candidates.values[k])] = Int32(i) }
                guard graded else { continue }
                for k in gradedTargets.range(Int(token)) {
                    let word = Int(gradedTargets.values[k]), strength = gradedStrengths.values[k]
                    if gradedStamp[word] != Int32(i) {
                        gradedStamp[word] = Int32(i)
                        gradedBest[word] = strength
                    } else if strength > gradedBest[word] {
                        gradedBest[word] = strength
                    }
                }
            }
            for j in lo[i]...hi[i] {
                stamp &+= 1
                var matchedT: Float = 0
                for index in targetTokens.range(j) {
                    let token = Int(targetTokens.values[index])
                    var hit = false
                    for k in targetKeys.range(token) {
                        let key = Int(targetKeys.values[k])
                        keyStamp[key] = stamp
                        if candidateStamp[key] == Int32(i) { hit = true }
                    }
                    if hit {
                        matchedT += tokenWeightT[token]
                    } else if graded, gradedStamp[token] == Int32(i) {
                        matchedT += tokenWeightT[token] * gradedBest[token]
                    }
                    if graded { wordStamp[token] = stamp }
                }
                var matchedS: Float = 0
                if matchedT > 0 {
                    for token in sourceTokens {
                        var strength: Float = 0
                        for k in candidates.range(Int(token)) where keyStamp[Int(candidates.values[k])] == stamp {
                            strength = 1
                            break
                        }
                        if strength < 1, graded {
                            for k in gradedTargets.range(Int(token)) where wordStamp[Int(gradedTargets.values[k])] == stamp {
                                strength = max(strength, gradedStrengths.values[k])
                            }
                        }
                        if strength == 1 {
                            matchedS += tokenWeightS[Int(token)]
                        } else if strength > 0 {
                            matchedS += tokenWeightS[Int(token)] * strength
                        }
                    }
                }
                let index = start[i] + j - lo[i]
                source[index] = matchedS
                target[index] = matchedT
            }
        }
    }

    /// An array of arrays of ids as one array of values and the offset where each row starts.
    private struct Flat<Value> {
        var starts: [Int]
        var values: [Value]

        init(_ rows: [[Value]]) {
            starts = [0]
            starts.reserveCapacity(rows.count + 1)
            values = []
            values.reserveCapacity(rows.reduce(0) { $0 + $1.count })
            for row in rows {
                values += row
                starts.append(values.count)
            }
        }

        @inline(__always)
        func range(_ row: Int) -> Range<Int> { starts[row]..<starts[row + 1] }
    }

    /// The matches of sentence pair (i, j); zero outside the table.
    @inline(__always)
    func matches(_ i: Int, _ j: Int) -> (source: Float, target: Float) {
        guard j >= lo[i], j <= hi[i] else { return (0, 0) }
        let index = start[i] + j - lo[i]
        return (source[index], target[index])
    }
}
