import XMLKit

/// Why rules could not be loaded or used.
public struct SegmentationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, when the rules came from one.
    public var path: String?
    /// 1-based line in that file, 0 when unknown.
    public var line: Int
    /// 1-based column on that line, 0 when unknown.
    public var column: Int
    /// What is wrong.
    public var message: String

    public init(path: String?, line: Int = 0, column: Int = 0, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: message` (`path:line: message` when the column is unknown).
    public var description: String {
        var place = path ?? "<srx>"
        if line > 0 { place += ":\(line)" }
        if line > 0, column > 0 { place += ":\(column)" }
        return "\(place): \(message)"
    }

    init(_ error: XMLError) {
        self.init(path: error.path, line: error.line, column: error.column, message: error.message)
    }
}
