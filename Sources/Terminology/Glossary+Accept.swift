import Foundation

extension Glossary {
    /// What ``accept(source:target:from:to:status:note:origin:into:)`` did to the glossary file.
    public struct Acceptance: Sendable, Hashable {
        /// Whether an existing entry with the source term was updated (the target became a synonym,
        /// or its status and note changed) rather than a new entry added.
        public var merged: Bool
        /// Entries the file's format could not hold (a TSV row needs both languages): not written back.
        public var skipped: Int
        /// What the rewrite could not keep (elements the reader read past), one message each.
        public var notKept: [GlossaryWarning]
    }

    /// Accepts a term pair — a candidate of ``TermExtractor``, possibly edited by a terminologist —
    /// into the glossary file at `url`, and rewrites the file atomically in its own format (TBX, TSV
    /// or CSV, from the extension); the file is created when it does not exist.
    ///
    /// The status and note belong to the translation: `forbidden` forbids this rendering of the
    /// source term, not the source term. An entry that already has the source term (compared without
    /// case, accents or extra spaces) gets the target as a synonym, or its status and note updated.
    /// `origin` says where the pair comes from (a memory, a release); for a candidate, its first
    /// example unit is a good origin.
    @discardableResult
    public static func accept(
        source: String, target: String, from sourceLanguage: String, to targetLanguage: String,
        status: TermStatus = .approved, note: String? = nil, origin: String? = nil, into url: URL
    ) throws(GlossaryError) -> Acceptance {
        let source = source.trimmingCharacters(in: .whitespacesAndNewlines)
        let target = target.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !source.isEmpty, !target.isEmpty else {
            throw GlossaryError(path: url.path, message: "the source and target terms must not be empty")
        }
        guard let format = GlossaryFormat(url: url) else {
            throw GlossaryError(path: url.path, message: "unknown glossary format \".\(url.pathExtension)\" (use .tbx, .tsv, .txt, .tab or .csv)")
        }
        var glossary = FileManager.default.fileExists(atPath: url.path)
            ? try GlossaryFormat.read(contentsOf: url, languages: (sourceLanguage, targetLanguage))
            : Glossary(title: url.deletingPathExtension().lastPathComponent, language: sourceLanguage)
        var entry = GlossaryEntry(source, language: sourceLanguage, target, language: targetLanguage, source: origin)
        entry.languages[1].terms[0].status = status
        entry.languages[1].terms[0].note = note
        let merged = glossary.add(entry, mergingOn: sourceLanguage)
        let skipped = try format.write(glossary, to: url, languages: [sourceLanguage, targetLanguage])
        return Acceptance(merged: merged, skipped: skipped, notKept: glossary.notKept)
    }

    /// The reader's warnings about what a rewrite cannot keep.
    public var notKept: [GlossaryWarning] {
        warnings.filter { $0.message.hasSuffix("is not kept") || $0.message.contains("times)") }
    }
}
