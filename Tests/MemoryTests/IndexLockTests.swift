import Foundation
import Testing
import TestSupport
@testable import Memory

struct IndexLockTests {
    /// Whether someone holds a lock on the file at `path` now (a non-blocking exclusive `flock` fails).
    static func isHeld(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return flock(descriptor, LOCK_EX | LOCK_NB) != 0
    }

    @Test func aWaiterOnARemovedLockFileLocksTheNewOne() throws {
        let folder = try SharedData.temporaryDirectory()
        let location = IndexLocation(directory: folder, name: "notices.tmx")
        let path = folder.appendingPathComponent("notices.tmx.lock").path
        var first: IndexLock? = try #require(IndexLock(location, exclusive: true))
        #expect(Self.isHeld(path))
        let acquired = DispatchSemaphore(value: 0)
        let box = LockBox()
        Thread.detachNewThread {
            box.lock = IndexLock(location, exclusive: true) // waits for the first one
            acquired.signal()
        }
        Thread.sleep(forTimeInterval: 0.2) // lets the waiter open the file and block on it
        #expect(box.lock == nil)
        // The first holder's build failed: it removes the file, then releases the lock.
        first?.removeFile()
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(box.lock == nil) // removing the file does not release the lock
        first = nil
        acquired.wait()
        // The waiter holds the file now at the path, not the removed one: a third party cannot lock it.
        #expect(box.lock != nil)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(Self.isHeld(path))
        box.lock = nil
        #expect(!Self.isHeld(path))
    }
}

/// The lock a thread took.
private final class LockBox: @unchecked Sendable {
    private let guardLock = NSLock()
    private var stored: IndexLock?
    var lock: IndexLock? {
        get { guardLock.withLock { stored } }
        set { guardLock.withLock { stored = newValue } }
    }
}
