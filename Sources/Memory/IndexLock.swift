import Foundation

/// An advisory lock (`flock`) on the index of one memory at one location, in the file
/// `<memory>.lock` of its index folder: a build holds it exclusively, an opening shared. So a build
/// never replaces or removes the files that another process or thread is opening, and two builds
/// of the same memory do not run at once (the second finds the first's index). A class: it owns a
/// file descriptor, closed (and the lock released) when the last reference goes.
final class IndexLock: Sendable {
    private let descriptor: Int32

    /// Waits for the lock on `location`; nil when its lock file can be neither created nor opened
    /// (a read-only folder without one: nothing is built there, so nothing needs locking).
    init?(_ location: IndexLocation, exclusive: Bool) {
        let path = location.directory.appendingPathComponent(location.name + ".lock").path
        var descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor < 0 { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                return nil
            }
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) } // closing the file releases the lock
}
