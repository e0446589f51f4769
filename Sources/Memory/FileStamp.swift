import Foundation

/// What tells whether a memory file changed since it was indexed: its size and modification time,
/// and, when either differs, its content hash.
struct FileStamp: Sendable, Hashable {
    var size: Int64
    var modified: Double

    /// The stamp of the file at `url`.
    init(of url: URL) throws {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        } catch {
            throw MemoryIndexError.unreadableMemory(path: url.path, reason: "no such file, or it cannot be read")
        }
        if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
            throw MemoryIndexError.unreadableMemory(path: url.path, reason: "is a folder, not a memory file")
        }
        size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    }

    init(size: Int64, modified: Double) {
        self.size = size
        self.modified = modified
    }
}
