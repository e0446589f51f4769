/// Why a request failed: its description is the message the page and the API show, and its kind
/// gives the HTTP status.
public struct ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// A row, column or sentence that does not exist, an impossible edit, a malformed request (400).
        case invalidRequest
        /// A path that names no served file (404).
        case notFound
        /// A path outside the served folders, or a missing or wrong token (403).
        case forbidden
        /// The file or the alignment changed since the client last saw it (409).
        case conflict
        /// The file could not be read or written, or is not a memory (422).
        case file
        /// The request or the file is larger than the server accepts (413).
        case tooLarge
        /// The capability needs a module this build does not have yet (501).
        case unavailable
    }

    /// What went wrong.
    public var kind: Kind
    /// The message.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
