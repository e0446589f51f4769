import Foundation
import Terminology

/// The glossaries a command works with: the files given, or every glossary in `glossaries/`.
enum GlossaryStore {
    /// The default folder, `glossaries/` in the current directory.
    static var folder: URL { URL(fileURLWithPath: "glossaries", isDirectory: true) }

    /// The glossary files of the store (the files given, or every glossary file in `glossaries/`).
    static func files(_ paths: [String]) -> [URL] {
        if !paths.isEmpty { return paths.map { URL(fileURLWithPath: $0) } }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }.filter { GlossaryFormat(url: $0) != nil }
    }

    /// Reads the glossaries (their warnings are shown by `bitext glossary list`).
    static func load(_ paths: [String], languages: (source: String, target: String)) throws -> [Glossary] {
        try files(paths).map { url in try GlossaryFormat.read(contentsOf: url, languages: languages) }
    }
}
