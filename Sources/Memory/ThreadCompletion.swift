import Foundation

/// Waits for a thread's work to finish and hands over its error.
final class ThreadCompletion: @unchecked Sendable {
    private let condition = NSCondition()
    private var done = false
    private var failure: (any Error)?

    /// Runs `body` on a new thread (8 MB of stack).
    init(_ body: @escaping @Sendable () throws -> Void) {
        let thread = Thread { [self] in
            var error: (any Error)?
            do { try body() } catch let thrown { error = thrown }
            condition.lock()
            failure = error
            done = true
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Blocks until the thread's work is done; rethrows its error.
    func wait() throws {
        condition.lock()
        while !done { condition.wait() }
        let failure = self.failure
        condition.unlock()
        if let failure { throw failure }
    }
}
