import Foundation

/// A file written atomically: everything goes to a temporary file in the destination's folder,
/// which is renamed over the destination only by ``commit()``. An interrupted run leaves the
/// destination untouched (and at worst a hidden `.name.*.tmp` file beside it).
///
/// ```swift
/// let file = try AtomicFile(destination: url)
/// try data.write(to: file.temporaryURL)
/// try file.commit()
/// ```
public struct AtomicFile: Sendable {
    /// The file that will exist once ``commit()`` succeeds.
    public let destination: URL
    /// Where to write in the meantime (same folder, so the rename is atomic).
    public let temporaryURL: URL

    /// Prepares an atomic write of `destination`; the folder must exist and be writable.
    public init(destination: URL) throws(XMLError) {
        self.destination = destination.standardizedFileURL
        let folder = self.destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw XMLError(path: destination.relativePath, message: "the folder \(folder.path) does not exist") }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw XMLError(path: destination.relativePath, message: "the folder \(folder.path) is not writable")
        }
        let name = "." + self.destination.lastPathComponent + "." + UUID().uuidString.prefix(8) + ".tmp"
        temporaryURL = folder.appendingPathComponent(name)
    }

    /// Renames the temporary file over the destination (atomic on POSIX file systems).
    public func commit() throws(XMLError) {
        guard rename(temporaryURL.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw XMLError(path: destination.relativePath, message: "cannot replace the file (\(reason))")
        }
    }

    /// Removes the temporary file, leaving the destination as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: temporaryURL)
    }

    /// Writes `data` to `url` atomically.
    public static func write(_ data: Data, to url: URL) throws(XMLError) {
        let file = try AtomicFile(destination: url)
        do { try data.write(to: file.temporaryURL) } catch {
            file.discard()
            throw XMLError(path: url.relativePath, message: "cannot write (\(error.localizedDescription))")
        }
        try file.commit()
    }
}
