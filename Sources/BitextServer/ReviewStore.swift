import Foundation

/// The alignments open in the server, one session per file shared by every page that opens it.
/// An actor: corrections and saves of a file happen one at a time, in the order they arrive.
actor ReviewStore {
    private let files: ServedFiles
    private let maxUnits: Int
    private let afterSave: @Sendable (URL) async -> Void
    private var sessions: [String: ReviewSession] = [:]

    /// Creates a store; `afterSave` runs after every save (to refresh an index).
    init(files: ServedFiles, maxUnits: Int, afterSave: @escaping @Sendable (URL) async -> Void) {
        self.files = files
        self.maxUnits = maxUnits
        self.afterSave = afterSave
    }

    /// The state of an alignment, opening the file on first use.
    func open(_ path: String) throws(ServerError) -> AlignmentState {
        AlignmentState(try session(path))
    }

    /// Opens a new alignment of uploaded releases for review; it is written to `path` (which must
    /// not exist yet) by its first save.
    func create(_ path: String, from aligned: ReleaseAlignment) throws(ServerError) -> AlignmentState {
        let url = try files.resolve(path)
        guard ServedFiles.memoryExtensions.contains(url.pathExtension.lowercased()) else {
            throw ServerError(.invalidRequest, "\(path): the output must be a memory (.tmx)")
        }
        if let open = sessions[path], open.isDirty {
            throw ServerError(.conflict, "\(path) is open with unsaved changes: save it, or choose another name")
        }
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw ServerError(.conflict, "\(path) exists already: choose another name (or open it)")
        }
        let session = ReviewSession(path: path, url: url, header: aligned.header, units: aligned.units, alignment: aligned.alignment)
        sessions[path] = session
        return AlignmentState(session, warnings: aligned.warnings)
    }

    /// The paths of the new alignments not saved yet.
    func unsavedAlignments() -> [String] {
        sessions.values.filter { $0.fingerprint == nil }.map(\.path).sorted()
    }

    /// Discards unsaved changes and reads the file again.
    func reload(_ path: String) throws(ServerError) -> AlignmentState {
        sessions[path] = nil
        return AlignmentState(try session(path))
    }

    /// Applies a correction made on `revision`.
    func apply(_ edit: ReviewEdit, to path: String, revision: Int) throws(ServerError) -> AlignmentState {
        try update(path, revision: revision) { (session: inout ReviewSession) throws(ServerError) in try session.apply(edit) }
    }

    /// Undoes the last correction.
    func undo(_ path: String, revision: Int) throws(ServerError) -> AlignmentState {
        try update(path, revision: revision) { (session: inout ReviewSession) throws(ServerError) in try session.undo() }
    }

    /// Redoes the last correction undone.
    func redo(_ path: String, revision: Int) throws(ServerError) -> AlignmentState {
        try update(path, revision: revision) { (session: inout ReviewSession) throws(ServerError) in try session.redo() }
    }

    /// Saves an alignment seen at `revision`.
    func save(_ path: String, revision: Int, force: Bool) async throws(ServerError) -> AlignmentState {
        var session = try session(path)
        try check(session, revision: revision)
        let count = try session.save(force: force)
        sessions[path] = session
        await afterSave(session.url)
        return AlignmentState(session, savedUnits: count)
    }

    private func update(
        _ path: String, revision: Int, _ change: (inout ReviewSession) throws(ServerError) -> Void
    ) throws(ServerError) -> AlignmentState {
        var session = try session(path)
        try check(session, revision: revision)
        try change(&session)
        sessions[path] = session
        return AlignmentState(session)
    }

    private func check(_ session: ReviewSession, revision: Int) throws(ServerError) {
        guard revision == session.revision else {
            throw ServerError(.conflict, "\(session.path) was changed by another page (revision \(session.revision), this page has \(revision)): reload it")
        }
    }

    private func session(_ path: String) throws(ServerError) -> ReviewSession {
        if let session = sessions[path] { return session }
        let url = try files.resolve(path)
        guard ServedFiles.memoryExtensions.contains(url.pathExtension.lowercased()) else {
            throw ServerError(.file, "\(path): not a memory (.tmx)")
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ServerError(.notFound, "\(path): no such file")
        }
        let session = try ReviewSession(path: path, url: url, maxUnits: maxUnits)
        sessions[path] = session
        return session
    }
}
