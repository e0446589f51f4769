import Foundation

/// The only files the server reads and writes: those under the served folders and those named on
/// the command line. The API names a file by a path whose first component is the name of its
/// folder (`tmx/release.tmx`) or `files` for a file named on the command line (`files/old.tmx`);
/// ``resolve(_:)`` refuses anything else: `..`, absolute paths, symbolic links leading outside.
public struct ServedFiles: Sendable {
    /// A served folder and the name the API gives it.
    public struct Folder: Sendable, Hashable {
        /// The name of the folder in API paths.
        public var name: String
        /// The folder, with symbolic links resolved.
        public var url: URL
    }

    /// A file the API lists.
    public struct Entry: Sendable, Hashable, Codable {
        /// The API path.
        public var path: String
        /// `memory` (TMX) or `glossary` (TBX, TSV, CSV).
        public var kind: String
        /// The size in bytes.
        public var size: Int
        /// `true` for an alignment of uploaded releases that is open but not saved yet (no file).
        public var unsaved: Bool? = nil
    }

    /// The name of the virtual folder of the files named on the command line.
    public static let filesFolderName = "files"
    /// The extensions of memories.
    static let memoryExtensions: Set<String> = ["tmx"]
    /// The extensions of glossaries.
    static let glossaryExtensions: Set<String> = ["tbx", "tsv", "csv", "utf8", "txt"]

    /// The served folders.
    public let folders: [Folder]
    /// The files named on the command line, by API path.
    public let files: [String: URL]

    /// Serves `folders` and `files` (missing ones are an error: the command line says which).
    public init(folders: [URL], files: [URL]) throws(ServerError) {
        var used: Set<String> = [Self.filesFolderName]
        var served: [Folder] = []
        for folder in folders {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ServerError(.notFound, "\(folder.path): no such folder")
            }
            let base = folder.standardizedFileURL.lastPathComponent
            var name = base.isEmpty || base == "/" ? "root" : base
            var number = 2
            while used.contains(name) {
                name = "\(base)-\(number)"
                number += 1
            }
            used.insert(name)
            served.append(Folder(name: name, url: folder.resolvingSymlinksInPath().standardizedFileURL))
        }
        var named: [String: URL] = [:]
        for file in files {
            guard FileManager.default.isReadableFile(atPath: file.path) else {
                throw ServerError(.notFound, "\(file.path): no such file")
            }
            var name = file.lastPathComponent
            var number = 2
            while named["\(Self.filesFolderName)/\(name)"] != nil {
                name = "\(file.deletingPathExtension().lastPathComponent)-\(number).\(file.pathExtension)"
                number += 1
            }
            named["\(Self.filesFolderName)/\(name)"] = file.resolvingSymlinksInPath().standardizedFileURL
        }
        self.folders = served
        self.files = named
    }

    /// The file an API path names.
    /// - Throws: ``ServerError`` (`forbidden`) for a path that leaves the served folders, or that
    ///   is malformed; (`notFound`) for a folder that is not served.
    public func resolve(_ path: String) throws(ServerError) -> URL {
        if let file = files[path] { return file }
        let components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard components.count >= 2, !path.contains("\\"), !path.contains("\0"),
              components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." })
        else {
            throw ServerError(.forbidden, "\(path): not a path under a served folder (use a path from /api/files)")
        }
        guard let folder = folders.first(where: { $0.name == components[0] }) else {
            throw ServerError(.notFound, "\(path): \(components[0]) is not a served folder")
        }
        var url = folder.url
        for component in components.dropFirst() {
            url.appendPathComponent(component)
        }
        // Resolve the symbolic links of the file, or of its nearest existing folder when it does not
        // exist yet: writing it creates the missing folders, which must not be below a link that
        // leads outside (`tmx/link/new/x.tmx`).
        var existing = url, missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            missing.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var resolved = existing.resolvingSymlinksInPath()
        for name in missing { resolved.appendPathComponent(name) }
        guard resolved.standardizedFileURL.path.hasPrefix(folder.url.path.hasSuffix("/") ? folder.url.path : folder.url.path + "/") else {
            throw ServerError(.forbidden, "\(path): leads outside the served folder \(folder.name)")
        }
        return resolved.standardizedFileURL
    }

    /// The memories and glossaries served, sorted by path (folders are searched four levels deep).
    public func list() -> [Entry] {
        var entries: [Entry] = files.compactMap { path, url in entry(path: path, url: url) }
        for folder in folders {
            entries += listFolder(folder.url, prefix: folder.name, depth: 0)
        }
        return entries.sorted { $0.path < $1.path }
    }

    private func listFolder(_ url: URL, prefix: String, depth: Int) -> [Entry] {
        guard depth < 4, let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        var entries: [Entry] = []
        for name in names where !name.hasPrefix(".") {
            let child = url.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                entries += listFolder(child, prefix: "\(prefix)/\(name)", depth: depth + 1)
            } else if let entry = entry(path: "\(prefix)/\(name)", url: child), (try? resolve(entry.path)) != nil {
                entries.append(entry)
            }
        }
        return entries
    }

    private func entry(path: String, url: URL) -> Entry? {
        let ext = url.pathExtension.lowercased()
        let kind: String
        if Self.memoryExtensions.contains(ext) {
            kind = "memory"
        } else if Self.glossaryExtensions.contains(ext) {
            kind = "glossary"
        } else {
            return nil
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        return Entry(path: path, kind: kind, size: size)
    }
}
