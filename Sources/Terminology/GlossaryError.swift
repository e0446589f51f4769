import XMLKit

/// An error reading or writing a glossary, with the place where it was found.
///
/// Its description has the form `path:line:column: message`.
public struct GlossaryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, or `nil` when the input did not come from a file.
    public var path: String?
    /// 1-based line, or 0 when unknown.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int
    /// What is wrong, in one sentence.
    public var message: String

    /// Creates an error at a place in a file.
    public init(path: String?, line: Int = 0, column: Int = 0, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// Wraps an XML error (not well-formed TBX, unreadable file).
    public init(_ error: XMLError) {
        self.init(path: error.path, line: error.line, column: error.column, message: error.message)
    }

    public var description: String {
        var place = path ?? "<input>"
        if line > 0 {
            place += ":\(line)"
            if column > 0 { place += ":\(column)" }
        }
        return "\(place): \(message)"
    }
}

extension GlossaryError: LocalizedError {
    public var errorDescription: String? { description }
}

import Foundation
