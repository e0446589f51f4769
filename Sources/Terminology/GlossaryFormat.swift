import Foundation
import XMLKit

/// The glossary file formats Bitext reads and writes, chosen by file extension.
public enum GlossaryFormat: String, Sendable, CaseIterable {
    /// TBX v2 or v3 (read), TBX v3 TBX-Basic DCA (written): `.tbx`, `.xml`.
    case tbx
    /// OmegaT's tab-separated glossary: `.txt`, `.tsv`, `.tab`, `.utf8`.
    case tsv
    /// CSV with a header of language codes: `.csv`.
    case csv

    /// The format of a file, from its extension; `nil` when the extension is not a glossary's.
    public init?(url: URL) {
        switch url.pathExtension.lowercased() {
        case "tbx", "xml": self = .tbx
        case "txt", "tsv", "tab", "utf8": self = .tsv
        case "csv": self = .csv
        default: return nil
        }
    }

    /// Reads a glossary in any format; `languages` name the columns of TSV/CSV files that do not.
    public static func read(contentsOf url: URL, languages: (source: String, target: String) = ("fr", "en")) throws(GlossaryError) -> Glossary {
        guard let format = GlossaryFormat(url: url) else {
            throw GlossaryError(path: url.path, message: "unknown glossary format \".\(url.pathExtension)\" (use .tbx, .tsv, .txt, .tab or .csv)")
        }
        if format == .tbx { return try TBXReader.read(contentsOf: url) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GlossaryError(path: url.path, message: "cannot read the file (\(error.localizedDescription))")
        }
        var glossary = format == .csv
            ? try CSVGlossary.read(data, path: url.path, languages: languages)
            : try TabSeparatedGlossary.read(data, path: url.path, languages: languages)
        if glossary.title == nil { glossary.title = url.deletingPathExtension().lastPathComponent }
        return glossary
    }

    /// Writes a glossary atomically (temporary file in the same folder, then rename).
    ///
    /// `languages` chooses the columns of TSV (source and target) and the first columns of CSV (which
    /// also keeps the glossary's other languages); TBX keeps every language.
    /// Returns how many entries could not be written (TSV rows need both languages).
    @discardableResult
    public func write(_ glossary: Glossary, to url: URL, languages: [String]) throws(GlossaryError) -> Int {
        switch self {
        case .tbx:
            try TBXWriter.write(glossary, to: url)
            return 0
        case .csv:
            // A CSV holds any number of languages: the languages asked for come first, then every other
            // language of the glossary, so that a rewrite (`glossary add` on a fr/en/es table) or an
            // export never drops a column.
            // A language asked for is written under the glossary's own code for it (`en-GB` for `en`).
            let own = glossary.languages
            let asked = languages.map { wanted in own.first { LanguageCode.matches($0, wanted) } ?? wanted }
            let columns = asked + own.filter { !asked.contains($0) }
            try AtomicFile.write(CSVGlossary.write(glossary, languages: columns.isEmpty ? nil : columns), to: url)
            return 0
        case .tsv:
            let languages = languages.count >= 2 ? languages : glossary.languages
            guard languages.count >= 2 else {
                throw GlossaryError(path: url.path, message: "a tab-separated glossary needs a source and a target language")
            }
            let (data, skipped) = TabSeparatedGlossary.write(glossary, from: languages[0], to: languages[1])
            try AtomicFile.write(data, to: url)
            return skipped
        }
    }
}
