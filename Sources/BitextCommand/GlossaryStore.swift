import Foundation
import Terminology

/// The glossaries a command works with: the files given, or every glossary in `glossaries/`.
enum GlossaryStore {
    /// The default folder, `glossaries/` in the current directory.
    static var folder: URL { URL(fileURLWithPath: "glossaries", isDirectory: true) }

    /// The glossary files of the store: the files given (a folder given stands for the glossary files
    /// in it), or every glossary file in `glossaries/`.
    static func files(_ paths: [String]) -> [URL] {
        if paths.isEmpty { return glossaries(in: folder) }
        return paths.flatMap { path -> [URL] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                return [URL(fileURLWithPath: path)]
            }
            return glossaries(in: URL(fileURLWithPath: path, isDirectory: true))
        }
    }

    /// The files of a folder whose extension is a glossary format's, sorted by name.
    private static func glossaries(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }.filter { GlossaryFormat(url: $0) != nil }
    }

    /// Reads the glossaries (their warnings are shown by `bitext glossary list`).
    static func load(_ paths: [String], languages: (source: String, target: String)) throws -> [Glossary] {
        try files(paths).map { url in try GlossaryFormat.read(contentsOf: url, languages: languages) }
    }
}
