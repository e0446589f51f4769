/// What can go wrong with a memory's index.
public enum MemoryIndexError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The index file is damaged or from another version; it is rebuilt.
    case corruptIndex(path: String, reason: String)
    /// The memory file cannot be read (missing, unreadable, malformed).
    case unreadableMemory(path: String, reason: String)
    /// Neither the memory's folder nor the cache folder can hold the index.
    case unwritableIndex(path: String, reason: String)
    /// The query cannot be looked up.
    case invalidQuery(String)

    public var description: String {
        switch self {
        case let .corruptIndex(path, reason): "\(path): corrupt index: \(reason)"
        case let .unreadableMemory(path, reason):
            // `path:line:column: message` when the reason starts with a place.
            reason.first?.isNumber == true ? "\(path):\(reason)" : "\(path): \(reason)"
        case let .unwritableIndex(path, reason): "\(path): cannot write the index: \(reason)"
        case let .invalidQuery(message): message
        }
    }
}
