import ArgumentParser
import Foundation
import Memory

extension LookupCommand {
    /// The memories `bitext lookup` and `bitext index` work on: `--tm` files or folders, or every TMX
    /// under `tmx/`.
    struct MemoryOptions: ParsableArguments {
        @Option(name: .customLong("tm"), parsing: .upToNextOption,
                help: ArgumentHelp("TMX files or folders to use (default: every TMX under tmx/).", valueName: "path"))
        var paths: [String] = []

        /// The memory files: those named, the TMX files of the folders named, or those under `tmx/`.
        func memories() throws -> [URL] {
            let manager = FileManager.default
            if paths.isEmpty {
                let folder = URL(fileURLWithPath: "tmx")
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw ValidationError("no memories: there is no tmx/ folder here; give TMX files or folders with --tm")
                }
                let found = try MemoryLibrary.memories(in: folder)
                guard !found.isEmpty else { throw ValidationError("no memories: tmx/ holds no .tmx file") }
                return found
            }
            return try paths.flatMap { path -> [URL] in
                var isDirectory: ObjCBool = false
                let url = URL(fileURLWithPath: path)
                if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    let found = try MemoryLibrary.memories(in: url)
                    guard !found.isEmpty else { throw ValidationError("\(path): no .tmx file in this folder") }
                    return found
                }
                return [url] // a missing file is reported as a problem of that memory; the others are answered
            }
        }

        /// Opens the memories' indexes, reporting on standard error what was indexed and what was skipped.
        func openLibrary(rebuild: Bool = false) throws -> MemoryLibrary {
            let memories = try memories()
            let library = MemoryLibrary(memories: memories, reader: TMXUnitSource.reader, rebuild: rebuild) { memory, units in
                standardError(units == 0 ? "indexing \(Self.display(memory))…" : "indexing \(Self.display(memory)): \(units) units…")
            }
            for (index, outcome) in zip(library.indexes, library.outcomes) {
                if let message = Self.message(for: index, outcome: outcome) { standardError(message) }
            }
            // A memory that cannot be read is skipped when others can be used; when none can, it is the error.
            for problem in library.problems {
                printError(library.indexes.isEmpty ? "error: \(problem.error)" : "warning: \(problem.error) — skipped, the other memories are still used")
            }
            if library.indexes.isEmpty {
                throw ExitCode.failure
            }
            return library
        }

        /// What happened to a memory's index, for standard error (nil when it was up to date and beside
        /// the memory).
        static func message(for index: MemoryIndex, outcome: MemoryIndex.Outcome) -> String? {
            let what: String
            switch outcome {
            case .current: what = "index up to date"
            case .created: what = "index created"
            case .updated: what = "memory changed, index updated"
            case .rebuilt: what = "index rebuilt"
            case .repaired(let reason): what = "index was damaged (\(reason)), rebuilt"
            }
            let beside = index.folder.lastPathComponent == ".bitext-index"
                && index.folder.deletingLastPathComponent().standardizedFileURL == index.memory.deletingLastPathComponent().standardizedFileURL
            if outcome == .current && beside { return nil }
            let place = beside ? "" : " in \(index.folder.path): the memory's folder is read-only"
            return "\(display(index.memory)): \(what) (\(index.unitCount) units)\(place)"
        }

        /// A memory's path relative to the current folder when it is inside it.
        static func display(_ url: URL) -> String {
            let current = FileManager.default.currentDirectoryPath + "/"
            let path = url.standardizedFileURL.path
            return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
        }
    }
}

/// Writes a line to standard error, after `bitext: `.
func standardError(_ line: String) {
    FileHandle.standardError.write(Data(("bitext: " + line + "\n").utf8))
}
