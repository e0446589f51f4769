import Foundation

/// An advisory lock (`flock`) on the index of one memory at one location, in the file
/// `<memory>.lock` of its index folder: a build holds it exclusively, an opening shared. So a build
/// never replaces or removes the files that another process or thread is opening, and two builds
/// of the same memory do not run at once (the second finds the first's index). A class: it owns a
/// file descriptor, closed (and the lock released) when the last reference goes.
///
/// A build that leaves no index removes the lock file (``removeFile()``) while it still holds it
/// exclusively, so a memory that cannot be indexed leaves nothing behind. Whoever was waiting on that
/// file then holds a lock on a file no longer in the folder: the initialiser checks, once it has the
/// lock, that the file it locked is still the one at the path, and starts again when it is not. So the
/// file of a lock that someone holds is never removed from under them.
final class IndexLock: Sendable {
    private let descriptor: Int32
    private let path: String

    /// Waits for the lock on `location`; nil when its lock file can be neither created nor opened
    /// (a read-only folder without one: nothing is built there, so nothing needs locking).
    init?(_ location: IndexLocation, exclusive: Bool) {
        path = location.directory.appendingPathComponent(location.name + ".lock").path
        while true {
            var descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            if descriptor < 0 { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
            guard descriptor >= 0 else { return nil }
            while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 {
                guard errno == EINTR else {
                    close(descriptor)
                    return nil
                }
            }
            if Self.isNamed(descriptor, path) {
                self.descriptor = descriptor
                return
            }
            close(descriptor) // removed (or replaced) while this waited: lock the file there now
        }
    }

    /// Whether the file open as `descriptor` is the one at `path`.
    private static func isNamed(_ descriptor: Int32, _ path: String) -> Bool {
        var held = stat(), named = stat()
        guard fstat(descriptor, &held) == 0, stat(path, &named) == 0 else { return false }
        return held.st_dev == named.st_dev && held.st_ino == named.st_ino
    }

    /// Removes the lock file, keeping the lock until this lock goes. Only for an exclusive lock: no
    /// one else holds the file, and whoever waits for it will lock a new one (see the type's notes).
    func removeFile() {
        unlink(path)
    }

    deinit { close(descriptor) } // closing the file releases the lock
}
