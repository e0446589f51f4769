import Foundation

/// What the aligner measures on the input itself: the length diagonal, match rates, the variance of
/// lengths and a lexicon learned from a first alignment.
extension SentenceAligner {
    /// For each source position, the target position at the same share of the text's characters.
    static func lengthDiagonal(_ sourceLengths: [Double], _ targetLengths: [Double]) -> [Int] {
        let sourceTotal = max(1, sourceLengths.reduce(0, +))
        let targetTotal = max(1, targetLengths.reduce(0, +))
        var diagonal = [Int](repeating: 0, count: sourceLengths.count + 1)
        var sourceSum = 0.0, targetSum = 0.0, j = 0
        for i in 1...sourceLengths.count {
            sourceSum += sourceLengths[i - 1]
            let share = sourceSum / sourceTotal
            while j < targetLengths.count, (targetSum + targetLengths[j] / 2) / targetTotal < share {
                targetSum += targetLengths[j]
                j += 1
            }
            diagonal[i] = j
        }
        diagonal[sourceLengths.count] = targetLengths.count
        return diagonal
    }

    /// At most `limit` elements, evenly spread.
    static func evenSample<T>(_ elements: [T], limit: Int) -> [T] {
        guard elements.count > limit else { return elements }
        return (0..<limit).map { elements[$0 * elements.count / limit] }
    }

    /// A band of half-width `width` around the path of a first pass.
    static func band(around steps: [BandedSearch.Step], n: Int, m: Int, width: Int) -> SearchBand {
        var lower = [Int](repeating: Int.max, count: n + 1)
        var upper = [Int](repeating: 0, count: n + 1)
        func visit(_ i: Int, _ j: Int) {
            lower[i] = min(lower[i], j)
            upper[i] = max(upper[i], j)
        }
        visit(0, 0)
        for step in steps {
            for i in step.source { visit(i, step.target.lowerBound) }
            visit(step.source.upperBound, step.target.upperBound)
            if step.source.isEmpty { visit(step.source.lowerBound, step.target.lowerBound) }
        }
        for i in 0...n where lower[i] == Int.max {  // only when the path was cut short
            lower[i] = i > 0 ? lower[i - 1] : 0
            upper[i] = i > 0 ? upper[i - 1] : 0
        }
        return .around(lower: lower, upper: upper, width: width, m: m)
    }

    /// The weight of the matched words of two sentence groups (graded links count their strength), and
    /// their total weight.
    static func matches(_ source: Range<Int>, _ target: Range<Int>, _ sourceSide: SideFeatures,
                        _ targetSide: SideFeatures, _ matcher: Matcher) -> (matched: Double, total: Double) {
        matcher.matches(source: source.map { sourceSide.tokens[$0] }, target: target.map { targetSide.tokens[$0] },
                        sourceSide, targetSide)
    }

    /// The rate of matched words between sentences that do not translate each other: pairs half a
    /// document apart (smoothed towards 5 %).
    static func randomRate(_ sourceSide: SideFeatures, _ targetSide: SideFeatures, _ matcher: Matcher) -> Double {
        let n = sourceSide.count, m = targetSide.count
        let samples = min(n, 400)
        var matched = 0.0, total = 0.0
        for k in 0..<samples {
            let i = k * n / samples
            let j = (i * m / n + m / 2 + k % 7) % m
            let result = matches(i..<(i + 1), j..<(j + 1), sourceSide, targetSide, matcher)
            matched += result.matched
            total += result.total
        }
        return (matched + 0.05 * 50) / (total + 50)
    }

    /// The rate of matched words in the 1-1 beads of a first pass, leaving out the worst fifth
    /// (smoothed towards 40 %).
    static func matchRate(of steps: [BandedSearch.Step], _ sourceSide: SideFeatures, _ targetSide: SideFeatures,
                          _ matcher: Matcher) -> Double {
        var shares: [(matched: Double, total: Double)] = steps.map {
            matches($0.source, $0.target, sourceSide, targetSide, matcher)
        }.filter { $0.total > 0 }
        shares.sort { $0.matched / $0.total < $1.matched / $1.total }
        let kept = shares.dropFirst(shares.count / 5)
        let matched = kept.reduce(0) { $0 + $1.matched }
        let total = kept.reduce(0) { $0 + $1.total }
        return (matched + 0.4 * 20) / (total + 20)
    }

    /// The variance of Gale and Church's length model, from the 1-1 beads (median-based, robust to
    /// the wrong ones), or nil when there are too few.
    static func lengthVariance(of steps: [BandedSearch.Step], _ sourceSide: SideFeatures, _ targetSide: SideFeatures,
                               ratio: Double) -> Double? {
        guard steps.count >= 20 else { return nil }
        var values = steps.map { step -> Double in
            let s = sourceSide.lengths[step.source.lowerBound], t = targetSide.lengths[step.target.lowerBound]
            let mean = max(1, (ratio * s + t) / 2)
            return (t - ratio * s) * (t - ratio * s) / mean
        }
        values.sort()
        let median = values[values.count / 2]
        // The median of a squared standard normal variable is 0.455.
        return min(max(median / 0.455, 1), 50)
    }

    /// Warnings about input that cannot align well.
    static func inputWarnings(source: [String], target: [String], sourceSide: SideFeatures,
                              targetSide: SideFeatures) -> [String] {
        var warnings: [String] = []
        if source == target {
            warnings.append("the two versions are identical")
        } else if let s = sourceSide.language, s == targetSide.language {
            warnings.append("both versions look like the same language (\(s))")
        }
        let sourceLength = sourceSide.lengths.reduce(0, +), targetLength = targetSide.lengths.reduce(0, +)
        let ratio = max(sourceLength, 1) / max(targetLength, 1)
        if ratio > 3 || ratio < 1 / 3.0 {
            let longer = ratio > 1 ? "source" : "target"
            warnings.append("the \(longer) version is \(Int(max(ratio, 1 / ratio).rounded())) times longer than the other: much of it will stay unaligned")
        }
        return warnings
    }
}
