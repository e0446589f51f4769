import Foundation

/// The cost of a bead: minus the log-likelihood ratio of "these sentences translate each other"
/// against "they are unrelated", plus the prior cost of the bead type.
///
/// - Length: Gale and Church's model, with the ratio of the two languages' lengths and its variance
///   estimated from the input.
/// - Words: each content word of the bead (both sides) is matched or not; a matched word adds
///   `log(pMatch/pRandom)`, an unmatched one `log((1-pMatch)/(1-pRandom))`, where `pMatch` is the rate
///   of matched words in aligned sentences and `pRandom` in unrelated ones, both measured on the input.
///   Numbers weigh double.
/// - Blocks: a bead crossing a paragraph boundary that both versions share costs extra.
/// - Continuations: a bead whose first sentence on a side starts with a lowercase letter (most likely
///   the rest of the sentence before it) costs extra.
struct AlignmentModel: Sendable {
    static let beadTypes: [(source: Int, target: Int)] = [
        (1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (3, 2), (2, 3), (4, 1), (1, 4),
    ]
    static let maxSide = 4

    let source: SideFeatures
    let target: SideFeatures
    var pairs: PairTable
    var ratio: Double
    var variance: Double
    var matchRate: Double
    var randomRate: Double
    let weights: AlignmentOptions.Weights
    let sourceBlocks: [Int]?
    let targetBlocks: [Int]?
    private var prior: [Double]
    private static let erfcTable = AlignmentModel.makeErfcTable()
    /// Prefix sums of lengths and content weights (index k = sum of the first k sentences).
    private let sourceLengthSums: [Double]
    private let targetLengthSums: [Double]
    private let sourceWeightSums: [Double]
    private let targetWeightSums: [Double]
    /// Per bead type: log-ratios for a matched / unmatched source word and target word.
    private(set) var sourceGains: [(match: Double, miss: Double)]
    private(set) var targetGains: [(match: Double, miss: Double)]
    /// ``sentenceEvidence(weight:matched:gains:)`` of each sentence as `base + matched × slope`, for
    /// 1 to ``maxSide`` sentences on the other side (index `(count - 1) × sentences + sentence`).
    private var sourceBase: [Double] = [], sourceSlope: [Double] = []
    private var targetBase: [Double] = [], targetSlope: [Double] = []

    init(source: SideFeatures, target: SideFeatures, pairs: PairTable, weights: AlignmentOptions.Weights,
         sourceBlocks: [Int]?, targetBlocks: [Int]?) {
        self.source = source
        self.target = target
        self.pairs = pairs
        self.weights = weights
        func prefixSums(_ values: [Double]) -> [Double] {
            var sums = [0.0]
            sums.reserveCapacity(values.count + 1)
            for value in values { sums.append(sums[sums.count - 1] + value) }
            return sums
        }
        sourceLengthSums = prefixSums(source.lengths)
        targetLengthSums = prefixSums(target.lengths)
        sourceWeightSums = prefixSums(source.weights)
        targetWeightSums = prefixSums(target.weights)
        let sourceTotal = source.lengths.reduce(0, +)
        let targetTotal = target.lengths.reduce(0, +)
        ratio = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1
        variance = 6.8 * ratio
        matchRate = 0.4
        randomRate = 0.05
        if let s = sourceBlocks, let t = targetBlocks, s.count == source.count, t.count == target.count,
           let sMax = s.max(), let tMax = t.max(), sMax == tMax, sMax > 0 {
            self.sourceBlocks = s
            self.targetBlocks = t
        } else {
            self.sourceBlocks = nil
            self.targetBlocks = nil
        }
        prior = Self.beadTypes.map { type in
            switch (type.source, type.target) {
            case (1, 1): return -weights.pairBonus
            case (0, _), (_, 0): return weights.skip
            case (1, 2), (2, 1): return -weights.pairBonus + weights.merge
            case (2, 2): return -weights.pairBonus + weights.merge22
            default: return -weights.pairBonus + weights.mergeLong
            }
        }
        sourceGains = []
        targetGains = []
        setRates(match: matchRate, random: randomRate)
    }

    /// Adds `adjustment` to the prior cost of 1-0 and 0-1 beads (negative: omissions are likelier).
    mutating func adjustSkipCost(by adjustment: Double) {
        for (index, type) in Self.beadTypes.enumerated() where type.source == 0 || type.target == 0 {
            prior[index] += adjustment
        }
    }

    /// Sets the match rates of aligned and unrelated sentence pairs.
    mutating func setRates(match: Double, random: Double) {
        randomRate = min(max(random, 0.005), 0.3)
        matchRate = min(max(match, randomRate + 0.05), 0.95)
        // A word finds a chance match more easily among several sentences of the other side.
        func gains(_ sentences: Int) -> (match: Double, miss: Double) {
            let chance = 1 - pow(1 - randomRate, Double(max(1, sentences)))
            let match = max(matchRate, chance + 0.05)
            return (log(match / chance), log((1 - match) / (1 - chance)))
        }
        sourceGains = Self.beadTypes.map { gains($0.target) }
        targetGains = Self.beadTypes.map { gains($0.source) }
        func linear(_ weights: [Double]) -> (base: [Double], slope: [Double]) {
            var base: [Double] = [], slope: [Double] = []
            base.reserveCapacity(Self.maxSide * weights.count)
            slope.reserveCapacity(Self.maxSide * weights.count)
            for count in 1...Self.maxSide {
                let g = gains(count)
                for weight in weights {
                    base.append(weight * g.miss / (weight + 2))
                    slope.append((g.match - g.miss) / (weight + 2))
                }
            }
            return (base, slope)
        }
        (sourceBase, sourceSlope) = linear(source.weights)
        (targetBase, targetSlope) = linear(target.weights)
    }

    /// The cost of the bead of type `type` that ends at lattice point (i, j).
    @inline(__always)
    func cost(type: Int, i: Int, j: Int) -> Double {
        let (a, b) = Self.beadTypes[type]
        // A bead that starts with the rest of a sentence (a lowercase start) cuts that sentence.
        let cut = (a > 0 && source.continues[i - a] ? weights.continuation : 0)
            + (b > 0 && target.continues[j - b] ? weights.continuation : 0)
        if a == 0 || b == 0 {
            return prior[type] + cut + weights.presence * weights.lexical * min(weights.presenceCap, presence(type: type, i: i, j: j))
        }
        let sourceLength = sourceLengthSums[i] - sourceLengthSums[i - a]
        let targetLength = targetLengthSums[j] - targetLengthSums[j - b]
        // A version cut short (a truncated web page) ends with an incomplete sentence: the last
        // sentence of a side may be shorter than its counterpart, never longer.
        let truncated = (i == source.count && ratio * sourceLength < targetLength)
            || (j == target.count && targetLength < ratio * sourceLength)
        let sourceWeight = sourceWeightSums[i] - sourceWeightSums[i - a]
        let targetWeight = targetWeightSums[j] - targetWeightSums[j - b]
        let lexical = sourceWeight > 0 || targetWeight > 0 ? lexicalEvidence(type: type, i: i, j: j) : 0
        let length = truncated ? 0 : lengthCost(sourceLength, targetLength)
        var total = prior[type] + cut - weights.lexical * lexical + weights.length * length
        if let sourceBlocks, let targetBlocks,
           sourceBlocks[i - a] != sourceBlocks[i - 1] || targetBlocks[j - b] != targetBlocks[j - 1]
            || sourceBlocks[i - 1] != targetBlocks[j - 1] {
            total += weights.block
        }
        return total
    }

    /// Gale and Church's cost: -log P(|δ|) with δ the normalised length difference.
    @inline(__always)
    func lengthCost(_ sourceLength: Double, _ targetLength: Double) -> Double {
        let mean = max(1, (ratio * sourceLength + targetLength) / 2)
        let delta = abs(targetLength - ratio * sourceLength) / (variance * mean).squareRoot()
        // -log erfc(δ/√2), linearly interpolated in a table (error < 1e-4).
        let x = delta * Self.erfcScale
        guard x < Double(Self.erfcSteps) else { return Self.lengthCostCap }
        let k = Int(x), fraction = x - Double(k)
        return Self.erfcTable[k] + fraction * (Self.erfcTable[k + 1] - Self.erfcTable[k])
    }

    static let lengthCostCap = 27.6
    /// Table steps per unit of δ/√2, and steps in the table (up to δ/√2 = 6, beyond the cap).
    static let erfcScale = 128 / 2.0.squareRoot()
    static let erfcSteps = 6 * 128
    /// min(-log erfc(k / 128), cap) for k = 0…erfcSteps.
    static func makeErfcTable() -> [Double] {
        (0...erfcSteps).map { min(minusLogErfc(Double($0) / 128), lengthCostCap) }
    }

    /// The lexical evidence of the bead pairing two ranges (of a type the model knows).
    func lexicalEvidence(source s: Range<Int>, target t: Range<Int>) -> Double {
        guard let type = Self.beadTypes.firstIndex(where: { $0 == (s.count, t.count) }) else { return 0 }
        return lexicalEvidence(type: type, i: s.upperBound, j: t.upperBound)
    }

    /// The lexical evidence of a bead: for each sentence, the mean log-likelihood ratio of its words
    /// (matched or not in the other side of the bead), shrunk towards 0 for sentences of few words,
    /// summed over the sentences. A sentence that has no counterpart in the bead lowers the sum, so
    /// merging an unrelated sentence into a bead does not pay.
    @inline(__always)
    func lexicalEvidence(type: Int, i: Int, j: Int) -> Double {
        let (a, b) = Self.beadTypes[type]
        var evidence = 0.0
        let sourceOffset = (b - 1) * source.count, targetOffset = (a - 1) * target.count
        // One pass over the bead's sentence pairs: each source sentence's sum over the target
        // sentences, and each target sentence's sum over the source sentences (in the same order as
        // two separate passes, so the same floating-point sums).
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: Self.maxSide) { targetSums in
            for k in 0..<b { targetSums[k] = 0 }
            for s in (i - a)..<i {
                var sum: Float = 0
                for t in (j - b)..<j {
                    let matches = pairs.matches(s, t)
                    sum += matches.source
                    targetSums[t - (j - b)] += matches.target
                }
                let weight = source.weights[s]
                guard weight > 0 else { continue }
                evidence += sourceBase[sourceOffset + s] + min(weight, Double(sum)) * sourceSlope[sourceOffset + s]
            }
            for t in (j - b)..<j {
                let weight = target.weights[t]
                guard weight > 0 else { continue }
                evidence += targetBase[targetOffset + t] + min(weight, Double(targetSums[t - (j - b)])) * targetSlope[targetOffset + t]
            }
            return evidence
        }
    }

    /// The evidence that the sentence a 1-0 or 0-1 bead leaves out has a counterpart after all: the
    /// best lexical evidence (≥ 0) of the sentence against the sentences of the other side around the
    /// position where it is left out. A sentence whose words are found next door belongs in a merge.
    @inline(__always)
    func presence(type: Int, i: Int, j: Int) -> Double {
        // The evidence grows with the matched weight: the best neighbour is the one matching most.
        var most: Float = 0
        if Self.beadTypes[type].source == 1 {
            let s = i - 1, weight = source.weights[s]
            guard weight > 0 else { return 0 }
            for t in max(0, j - 2)..<min(target.count, j + 2) { most = max(most, pairs.matches(s, t).source) }
            return max(0, sourceBase[s] + min(weight, Double(most)) * sourceSlope[s])
        } else {
            let t = j - 1, weight = target.weights[t]
            guard weight > 0 else { return 0 }
            for s in max(0, i - 2)..<min(source.count, i + 2) { most = max(most, pairs.matches(s, t).target) }
            return max(0, targetBase[t] + min(weight, Double(most)) * targetSlope[t])
        }
    }

    /// The log-likelihood ratio of one sentence's words (of total weight `weight`, `matched` of it
    /// found on the other side), averaged and shrunk towards 0 for sentences of few words.
    @inline(__always)
    static func sentenceEvidence(weight: Double, matched: Float, gains: (match: Double, miss: Double)) -> Double {
        let matched = min(weight, Double(matched))
        return (matched * gains.match + (weight - matched) * gains.miss) / (weight + 2)
    }

    /// -log(erfc(x)) for x ≥ 0, from the Chebyshev fit of Numerical Recipes (`erfcc`, relative
    /// error < 1.2e-7), without computing the exponential.
    @inline(__always)
    static func minusLogErfc(_ x: Double) -> Double {
        let t = 1 / (1 + 0.5 * x)
        let poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
        return x * x - poly - log(t)
    }
}
