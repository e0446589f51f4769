import Foundation

/// A file written atomically: everything goes to a temporary file in the destination's folder,
/// which is renamed over the destination only by ``commit()``. An interrupted run leaves the
/// destination untouched (and at worst a hidden `.name.*.tmp` file beside it).
///
/// A missing destination folder is created (with its missing parents), as `mkdir -p` would;
/// ``discard()`` removes again the folders it created, when they are still empty.
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

    /// The folders this write created for the destination, outermost first (empty when its folder
    /// existed).
    public let createdFolders: [URL]

    /// Prepares an atomic write of `destination`, creating its folder (and the missing folders
    /// above it) when needed; the folder must be writable.
    public init(destination: URL) throws(XMLError) {
        self.destination = destination.standardizedFileURL
        let folder = self.destination.deletingLastPathComponent()
        createdFolders = try Self.createFolder(folder, for: destination)
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            Self.removeFolders(createdFolders)
            throw XMLError(path: destination.relativePath, message: "the folder \(folder.path) is not writable")
        }
        let name = "." + self.destination.lastPathComponent + "." + UUID().uuidString.prefix(8) + ".tmp"
        temporaryURL = folder.appendingPathComponent(name)
    }

    /// Creates `folder` and the missing folders above it, for writing `file`; returns the folders
    /// created, outermost first.
    public static func createFolder(_ folder: URL, for file: URL) throws(XMLError) -> [URL] {
        var missing: [URL] = []
        var current = folder.standardizedFileURL
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: current.path, isDirectory: &isDirectory) {
            missing.insert(current, at: 0)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        guard isDirectory.boolValue else {
            throw XMLError(path: file.relativePath, message: "\(current.path) is a file, not a folder")
        }
        var created: [URL] = []
        for url in missing {
            if mkdir(url.path, 0o777) == 0 {
                created.append(url)
            } else if errno != EEXIST {
                let reason = String(cString: strerror(errno))
                removeFolders(created)
                throw XMLError(path: file.relativePath, message: "cannot create the folder \(url.path) (\(reason))")
            }
        }
        return created
    }

    /// Removes `folders` (as ``createdFolders`` lists them), innermost first, as long as they are
    /// empty: a folder that holds anything is left, with the folders above it.
    public static func removeFolders(_ folders: [URL]) {
        for folder in folders.reversed() {
            guard rmdir(folder.path) == 0 else { return }
        }
    }

    /// Renames the temporary file over the destination (atomic on POSIX file systems).
    public func commit() throws(XMLError) {
        guard rename(temporaryURL.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw XMLError(path: destination.relativePath, message: "cannot replace the file (\(reason))")
        }
    }

    /// Removes the temporary file, leaving the destination as it was, and the folders created for
    /// it when they are empty.
    public func discard() {
        try? FileManager.default.removeItem(at: temporaryURL)
        Self.removeFolders(createdFolders)
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
