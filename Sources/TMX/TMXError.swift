import XMLKit

/// An error reading or writing a memory, with the place where it was found: its description is
/// `path:line:column: message`.
public struct TMXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, or `nil` when the input did not come from a file.
    public var path: String?
    /// 1-based line, or 0 when unknown.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(path: String?, line: Int = 0, column: Int = 0, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// Wraps an XML-level error (malformed XML, I/O).
    public init(_ error: XMLError) {
        self.init(path: error.path, line: error.line, column: error.column, message: error.message)
    }

    public var description: String {
        XMLError(path: path, line: line, column: column, message: message).description
    }
}
