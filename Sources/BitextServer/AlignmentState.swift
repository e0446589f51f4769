import Hummingbird

/// The state of an open alignment, as every alignment request of the API returns it.
public struct AlignmentState: Sendable, Codable, ResponseEncodable {
    /// The API path of the file.
    public var path: String
    /// The languages of the columns.
    public var languages: [String]
    /// The rows.
    public var rows: [ReviewRow]
    /// The revision the next request must name.
    public var revision: Int
    /// The version (content hash) of the file as last read or saved; empty for a new alignment
    /// not saved yet.
    public var version: String
    /// Whether there are unsaved changes.
    public var dirty: Bool
    /// Whether undo and redo are possible.
    public var canUndo: Bool
    /// Whether redo is possible.
    public var canRedo: Bool
    /// After a save: how many units were written.
    public var savedUnits: Int?
    /// After aligning uploaded releases: what the reader and the aligner warned about.
    public var warnings: [String]?

    init(_ session: ReviewSession, savedUnits: Int? = nil, warnings: [String]? = nil) {
        path = session.path
        languages = session.alignment.languages.map(\.description)
        rows = session.alignment.rows
        revision = session.revision
        version = session.fingerprint?.version ?? ""
        dirty = session.isDirty
        canUndo = !session.undoStack.isEmpty
        canRedo = !session.redoStack.isEmpty
        self.savedUnits = savedUnits
        self.warnings = warnings
    }
}
