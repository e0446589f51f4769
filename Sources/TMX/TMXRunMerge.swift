import Foundation

/// Several runs read as one sorted stream.
final class TMXRunMerge {
    private let runs: [TMXRunFile]
    private let order: TMXRunFile.Order

    init(_ runs: [TMXRunFile], order: TMXRunFile.Order) {
        self.runs = runs
        self.order = order
    }

    /// The next entry in order, `nil` when every run is exhausted.
    func next() throws(TMXError) -> TMXRunFile.Entry? {
        var best: TMXRunFile?
        for run in runs {
            guard let head = run.head else { continue }
            if let current = best?.head, !order.precedes(head, current) { continue }
            best = run
        }
        guard let best, let entry = best.head else { return nil }
        try best.advance()
        return entry
    }
}
