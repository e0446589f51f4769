/// Something a reader noticed but could read past: an element it does not keep, a row it
/// skipped, a duplicate or a conflicting entry. Its description has the form `path:line: message`.
public struct GlossaryWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file, if known.
    public var path: String?
    /// 1-based line, or 0 when unknown.
    public var line: Int
    /// What was noticed.
    public var message: String

    /// Creates a warning.
    public init(path: String?, line: Int = 0, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        (path ?? "<input>") + (line > 0 ? ":\(line)" : "") + ": " + message
    }
}
