import Foundation
import TMX

/// One open alignment file: the rows being corrected, their history for undo and redo, the units
/// as read, and the fingerprint of the file they were read from.
struct ReviewSession: Sendable {
    /// How many corrections can be undone.
    static let historyLimit = 500

    /// The API path of the file (`tmx/release.tmx`).
    let path: String
    /// The file.
    let url: URL
    /// The header as read, written back on save.
    var header: TMXHeader
    /// The units as read (rows refer to them by index).
    var units: [TranslationUnit]
    /// The current rows.
    var alignment: ReviewAlignment
    /// Earlier states, newest last.
    var undoStack: [ReviewAlignment] = []
    /// States undone, newest last.
    var redoStack: [ReviewAlignment] = []
    /// Increases with every change; a client's request names the revision it saw.
    var revision = 0
    /// The revision last saved (or loaded).
    var savedRevision = 0
    /// The file as last read or written; `nil` for a new alignment not saved yet (its file must
    /// not exist when it is first saved).
    var fingerprint: FileFingerprint?

    /// Reads an alignment file.
    init(path: String, url: URL, maxUnits: Int) throws(ServerError) {
        guard let fingerprint = FileFingerprint(contentsOf: url) else {
            throw ServerError(.file, "\(path): cannot be read")
        }
        let document: TMXDocument
        do {
            document = try Self.read(url, maxUnits: maxUnits)
        } catch let error as ServerError {
            throw error
        } catch {
            throw ServerError(.file, "\(path): \(error)")
        }
        self.path = path
        self.url = url
        self.header = document.header
        self.units = document.units
        self.alignment = ReviewAlignment(units: document.units)
        self.fingerprint = fingerprint
    }

    /// A new alignment (of uploaded releases) that exists only in memory until it is saved to `url`.
    init(path: String, url: URL, header: TMXHeader, units: [TranslationUnit], alignment: ReviewAlignment) {
        self.path = path
        self.url = url
        self.header = header
        self.units = units
        self.alignment = alignment
        self.fingerprint = nil
        // Never saved: unsaved changes from the start.
        self.savedRevision = -1
    }

    private static func read(_ url: URL, maxUnits: Int) throws -> TMXDocument {
        let reader = try TMXReader(contentsOf: url)
        var units: [TranslationUnit] = []
        while let unit = try reader.next() {
            units.append(unit)
            if units.count > maxUnits {
                throw ServerError(.tooLarge, "\(url.lastPathComponent) has more than \(maxUnits) units: too many to review on one page (split it, or review it with the command line)")
            }
        }
        return TMXDocument(header: reader.header, units: units, version: reader.version)
    }

    /// Whether there are changes not yet saved.
    var isDirty: Bool { revision != savedRevision }

    /// Applies a correction, keeping the previous state for undo.
    mutating func apply(_ edit: ReviewEdit) throws(ServerError) {
        var next = alignment
        try next.apply(edit)
        record(next)
    }

    /// Returns to the state before the last correction.
    mutating func undo() throws(ServerError) {
        try travel(from: \.undoStack, to: \.redoStack, name: "undo")
    }

    /// Applies again the last correction undone.
    mutating func redo() throws(ServerError) {
        try travel(from: \.redoStack, to: \.undoStack, name: "redo")
    }

    private mutating func travel(
        from source: WritableKeyPath<ReviewSession, [ReviewAlignment]>,
        to target: WritableKeyPath<ReviewSession, [ReviewAlignment]>,
        name: String
    ) throws(ServerError) {
        guard let state = self[keyPath: source].popLast() else {
            throw ServerError(.invalidRequest, "there is nothing to \(name)")
        }
        self[keyPath: target].append(alignment)
        alignment = state
        revision += 1
    }

    private mutating func record(_ next: ReviewAlignment) {
        undoStack.append(alignment)
        if undoStack.count > Self.historyLimit { undoStack.removeFirst() }
        redoStack.removeAll()
        alignment = next
        revision += 1
    }

    /// Writes the rows to the file atomically through ``TMXWriter``, after checking that the file
    /// was not changed by someone else since it was read (unless `force`).
    /// - Returns: the number of units written.
    mutating func save(force: Bool, date: Date = Date()) throws(ServerError) -> Int {
        let onDisk = FileFingerprint(contentsOf: url)
        if !force, onDisk != fingerprint {
            if fingerprint == nil {
                throw ServerError(.conflict, "\(path) exists already (another program or another save wrote it since the releases were aligned): save with force to replace it")
            }
            throw ServerError(.conflict, "\(path) changed on disk since it was opened (another program or another save wrote it): reload it, or save with force to overwrite")
        }
        let output = alignment.units(original: units, date: date)
        do {
            var header = header
            header.changeDate = date
            let writer = try TMXWriter(url: url, header: header)
            do {
                try writer.write(contentsOf: output)
                try writer.finish()
            } catch {
                writer.discard()
                throw error
            }
            self.header = header
        } catch {
            throw ServerError(.file, "\(path): \(error)")
        }
        guard let written = FileFingerprint(contentsOf: url) else {
            throw ServerError(.file, "\(path): cannot be read back after saving")
        }
        // `units` stay the units as first read: rows keep pointing at them, so undo works after
        // a save and saving again writes the same units.
        fingerprint = written
        savedRevision = revision
        return output.count
    }
}
