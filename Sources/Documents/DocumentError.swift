import Foundation

/// Why a document could not be read, with the place where it applies.
///
/// Its description has the form `path:line: message` (`path: message` when no line applies).
public struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure, for callers that react differently to each.
    public enum Reason: String, Sendable, Equatable {
        /// The file could not be opened or read.
        case unreadable
        /// The file has no bytes.
        case empty
        /// The bytes are not text (a PDF, an image, an executable…).
        case binary
        /// The format is not one Bitext reads (an old `.doc`, a `.pdf`…).
        case unsupportedFormat
        /// The file claims a format but its content is broken (a `.docx` that is not a zip…).
        case malformed
        /// An encoding was asked for that Bitext does not decode.
        case unknownEncoding
    }

    /// The kind of failure.
    public var reason: Reason
    /// The file, or `nil` when the input came from memory.
    public var path: String?
    /// The 1-based line, or 0 when none applies.
    public var line: Int
    /// What is wrong, in one sentence.
    public var message: String

    /// Creates an error.
    public init(_ reason: Reason, path: String?, line: Int = 0, message: String) {
        self.reason = reason
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        var place = path ?? "<input>"
        if line > 0 { place += ":\(line)" }
        return "\(place): \(message)"
    }
}

extension DocumentError: LocalizedError {
    public var errorDescription: String? { description }
}
