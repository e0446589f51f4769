import Foundation

/// Dynamic programming over the cells of a ``SearchBand``: the cheapest monotone sequence of beads
/// from (0, 0) to (n, m) and, optionally, each bead's posterior probability (forward–backward over
/// all bead sequences inside the band, with probabilities proportional to exp(-cost / temperature)).
enum BandedSearch {
    struct Step: Sendable {
        var source: Range<Int>
        var target: Range<Int>
        var posterior: Double
    }

    /// Searches with the bead types `0..<typeCount` of ``AlignmentModel/beadTypes`` (all by default).
    static func run(model: AlignmentModel, band: SearchBand, posteriors: Bool,
                    typeCount: Int = AlignmentModel.beadTypes.count) -> [Step] {
        let n = band.rows - 1
        let m = band.hi[n]
        let types = AlignmentModel.beadTypes
        // With an omission-run cost, three states per cell: the best path ending with a pair, a 1-0 or
        // a 0-1 bead (an omission that does not continue a run of the same side costs the weight
        // `omissionRun` more); `back` and `from` (the state before) per cell and state. Without it,
        // one state. The three states' path costs are kept for the last `maxSide + 1` rows only
        // (`recent`, a ring of rows as wide as the widest).
        let runStart = model.weights.omissionRun
        let states = runStart > 0 ? 3 : 1
        var best = [Double](repeating: .infinity, count: states == 1 ? band.cellCount : 1)
        var back = [UInt8](repeating: .max, count: band.cellCount * states)
        var from = [UInt8](repeating: 0, count: states > 1 ? band.cellCount * states : 0)
        let ring = min(AlignmentModel.maxSide + 1, n + 1)
        let width = states > 1 ? (0...n).reduce(0) { max($0, band.hi[$1] - band.lo[$1] + 1) } : 0
        var recent = [Double](repeating: .infinity, count: ring * width * 3)
        @inline(__always) func slot(_ i: Int, _ j: Int) -> Int { ((i % ring) * width + j - band.lo[i]) * 3 }
        var costs: [Float] = posteriors ? [Float](repeating: .infinity, count: band.cellCount * typeCount) : []
        var alpha: [Double] = posteriors ? [Double](repeating: -.infinity, count: band.cellCount) : []
        let temperature = model.weights.temperature
        best[0] = 0
        if posteriors { alpha[0] = 0 }
        var terms = [Double](repeating: 0, count: typeCount)
        for i in 0...n {
            if states > 1 {
                let row = (i % ring) * width * 3
                for k in row..<(row + width * 3) { recent[k] = .infinity }
                if i == 0 { recent[slot(0, 0)] = 0 }
            }
            for j in band.lo[i]...band.hi[i] where i > 0 || j > 0 {
                let cell = band.start[i] + j - band.lo[i]
                var bestCost = Double.infinity
                var bestType = UInt8.max
                var termCount = 0
                for t in 0..<typeCount {
                    let (a, b) = types[t]
                    guard i >= a, j >= b, let previous = band.index(i - a, j - b) else { continue }
                    let c: Double
                    if states == 1 {
                        guard best[previous] < .infinity else { continue }
                        c = model.cost(type: t, i: i, j: j)
                        let total = best[previous] + c
                        if total < bestCost {
                            bestCost = total
                            bestType = UInt8(t)
                        }
                    } else {
                        let state = b == 0 ? 1 : a == 0 ? 2 : 0
                        var before = 0, beforeCost = Double.infinity
                        let before3 = slot(i - a, j - b)
                        for s in 0..<3 {
                            let total = recent[before3 + s] + (state != 0 && s != state ? runStart : 0)
                            if total < beforeCost {
                                beforeCost = total
                                before = s
                            }
                        }
                        guard beforeCost < .infinity else { continue }
                        c = model.cost(type: t, i: i, j: j)
                        let here = slot(i, j) + state
                        if beforeCost + c < recent[here] {
                            recent[here] = beforeCost + c
                            back[cell * 3 + state] = UInt8(t)
                            from[cell * 3 + state] = UInt8(before)
                        }
                    }
                    if posteriors {
                        costs[cell * typeCount + t] = Float(c)
                        terms[termCount] = alpha[previous] - c / temperature
                        termCount += 1
                    }
                }
                if states == 1 {
                    best[cell] = bestCost
                    back[cell] = bestType
                }
                if posteriors { alpha[cell] = logSumExp(terms, count: termCount) }
            }
        }
        // Trace back the best path.
        var steps: [Step] = []
        var i = n, j = m
        var ends: [Int] = []
        var state = 0
        if states > 1, band.index(n, m) != nil {
            let last = slot(n, m)
            state = (0..<3).min { recent[last + $0] < recent[last + $1] } ?? 0
        }
        while i > 0 || j > 0 {
            guard let cell = band.index(i, j), back[cell * states + state] != .max else { break }
            let (a, b) = types[Int(back[cell * states + state])]
            if states > 1 { state = Int(from[cell * 3 + state]) }
            steps.append(Step(source: (i - a)..<i, target: (j - b)..<j, posterior: 1))
            ends.append(cell)
            i -= a
            j -= b
        }
        steps.reverse()
        ends.reverse()
        guard posteriors, let last = band.index(n, m) else { return steps }
        // Backward pass: beta[cell] = log of the total weight of the paths from the cell to (n, m).
        var beta = [Double](repeating: -.infinity, count: band.cellCount)
        beta[last] = 0
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: band.hi[i], through: band.lo[i], by: -1) where i < n || j < m {
                let cell = band.start[i] + j - band.lo[i]
                var termCount = 0
                for t in 0..<typeCount {
                    let (a, b) = types[t]
                    guard let next = band.index(i + a, j + b), beta[next] > -.infinity else { continue }
                    let c = costs[next * typeCount + t]
                    guard c < .infinity else { continue }
                    terms[termCount] = beta[next] - Double(c) / temperature
                    termCount += 1
                }
                beta[cell] = logSumExp(terms, count: termCount)
            }
        }
        let total = alpha[last]
        for k in steps.indices {
            let step = steps[k]
            guard let previous = band.index(step.source.lowerBound, step.target.lowerBound),
                  let type = types.firstIndex(where: { $0 == (step.source.count, step.target.count) }) else { continue }
            let c = Double(costs[ends[k] * typeCount + type])
            let logPosterior = alpha[previous] - c / temperature + beta[ends[k]] - total
            steps[k].posterior = min(1, max(0, exp(logPosterior)))
        }
        return steps
    }

    @inline(__always)
    private static func logSumExp(_ values: [Double], count: Int) -> Double {
        guard count > 0 else { return -.infinity }
        var maximum = -Double.infinity
        for k in 0..<count where values[k] > maximum { maximum = values[k] }
        guard maximum > -.infinity else { return -.infinity }
        var sum = 0.0
        for k in 0..<count { sum += exp(values[k] - maximum) }
        return maximum + log(sum)
    }
}

