import Foundation

/// The two halves of an index build, one per core: a reader thread parses the memory, tokenises its
/// segments for the fuzzy index and writes the fuzzy file, while the calling thread inserts the units
/// into SQLite. Batches of units pass through this bounded queue; a failure on either side stops both.
final class IndexBuildPipe: @unchecked Sendable {
    /// One variant ready for SQLite: its row id (fuzzy variant number + 1) and language number.
    struct Variant {
        var id: Int
        var language: UInt32
        var text: String
    }

    /// One unit ready for SQLite.
    struct Unit {
        var number: Int
        var id: String?
        var document: String?
        var date: String?
        var variants: [Variant]
    }

    /// What the reader found, once it has finished.
    struct Summary {
        var languages: [String] = []
        var unitCount = 0
        var variantCount = 0
    }

    private let condition = NSCondition()
    private var batches: [[Unit]] = []
    private var readerDone = false
    private var readerFailure: (any Error)?
    private var cancelled = false
    private var summary = Summary()
    private let capacity = 8

    /// Queues a batch; returns false when the consumer stopped (the reader then stops too).
    func put(_ batch: [Unit]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// The reader is done with the units (`failure` nil) or failed.
    func finishReading(_ summary: Summary, failure: (any Error)?) {
        condition.lock()
        self.summary = summary
        readerFailure = failure
        readerDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, nil at the end; rethrows the reader's failure.
    func take() throws -> [Unit]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !readerDone { condition.wait() }
        if let readerFailure { throw readerFailure }
        guard !batches.isEmpty else { return nil }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }

    /// The consumer stopped: the reader's next `put` returns false.
    func cancel() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    var isCancelled: Bool { condition.withLock { cancelled } }

    /// What the reader found (valid once `take` returned nil).
    var result: Summary { condition.withLock { summary } }
}
