/// The cells of the alignment lattice that the search visits: for each source position `i`
/// (0…n), the target positions `lo[i]…hi[i]`. Both bounds never decrease, so memory and time grow
/// with n × width, not n × m.
struct SearchBand: Sendable {
    var lo: [Int]
    var hi: [Int]
    var start: [Int]
    var cellCount: Int

    var rows: Int { lo.count }

    init(lo: [Int], hi: [Int]) {
        precondition(lo.count == hi.count && !lo.isEmpty)
        self.lo = lo
        self.hi = hi
        var start = [Int](repeating: 0, count: lo.count)
        var total = 0
        for i in lo.indices {
            start[i] = total
            total += max(0, hi[i] - lo[i] + 1)
        }
        self.start = start
        cellCount = total
    }

    /// The whole lattice.
    static func full(n: Int, m: Int) -> SearchBand {
        SearchBand(lo: [Int](repeating: 0, count: n + 1), hi: [Int](repeating: m, count: n + 1))
    }

    /// A band of half-width `width` around a monotone path that visits, on row i, the target
    /// positions `lower[i]…upper[i]` (0…m).
    static func around(lower: [Int], upper: [Int], width: Int, m: Int) -> SearchBand {
        let n = lower.count - 1
        var lo = [Int](repeating: 0, count: n + 1)
        var hi = [Int](repeating: m, count: n + 1)
        for i in 0...n {
            lo[i] = max(0, lower[max(0, i - width)] - width)
            hi[i] = min(m, upper[min(n, i + width)] + width)
        }
        lo[0] = 0
        hi[n] = m
        if n > 0 {
            for i in 1...n { lo[i] = max(lo[i], lo[i - 1]) }
            for i in stride(from: n - 1, through: 0, by: -1) { hi[i] = min(hi[i], hi[i + 1]) }
        }
        for i in 0...n where hi[i] < lo[i] { hi[i] = lo[i] }
        return SearchBand(lo: lo, hi: hi)
    }

    /// The index of cell (i, j), or nil outside the band.
    @inline(__always)
    func index(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, i < lo.count, j >= lo[i], j <= hi[i] else { return nil }
        return start[i] + j - lo[i]
    }
}
