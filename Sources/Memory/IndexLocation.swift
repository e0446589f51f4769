import Foundation
import XMLKit

/// Where the index of a memory file lives: in `.bitext-index/` beside it, or, when that folder cannot
/// be written (a read-only `tmx/`), in the user's cache folder, or failing that in the temporary folder.
struct IndexLocation: Sendable, Hashable {
    /// The folder holding the index files.
    var directory: URL
    /// The base name of the index files (the memory's file name).
    var name: String

    /// The database of the index.
    var database: URL { directory.appendingPathComponent(name + ".sqlite") }

    /// The fuzzy index file of a build.
    func fuzzy(_ buildID: UInt64) -> URL {
        directory.appendingPathComponent("\(name).\(String(buildID, radix: 16)).fuzzy")
    }

    /// The index beside the memory.
    static func beside(_ memory: URL) -> IndexLocation {
        IndexLocation(directory: memory.deletingLastPathComponent().appendingPathComponent(".bitext-index"),
                      name: memory.lastPathComponent)
    }

    /// The index in the cache folder (`$XDG_CACHE_HOME/bitext` or `~/.cache/bitext`).
    static func cached(_ memory: URL) -> IndexLocation {
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in memory.deletingLastPathComponent().standardizedFileURL.path.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return IndexLocation(directory: cache.appendingPathComponent("bitext/index/\(String(hash, radix: 16))"),
                             name: memory.lastPathComponent)
    }

    /// The index in the system's temporary folder: the last resort when neither the memory's folder nor
    /// the cache folder can be written (the index then lasts as long as the temporary folder).
    static func temporary(_ memory: URL) -> IndexLocation {
        let cached = cached(memory)
        return IndexLocation(directory: FileManager.default.temporaryDirectory
                                .appendingPathComponent("bitext-index-\(getuid())/\(cached.directory.lastPathComponent)"),
                             name: memory.lastPathComponent)
    }

    /// Where the index of `memory` may be, in order of preference.
    static func candidates(_ memory: URL) -> [IndexLocation] {
        [beside(memory), cached(memory), temporary(memory)]
    }

    /// Whether the folder exists (or can be created) and can be written. `created` is set to the
    /// folders this call created (the index folder and the missing folders above it, outermost first,
    /// as ``AtomicFile/createFolder(_:for:)`` gives them), so that ``AtomicFile/removeFolders(_:)`` can
    /// take them away again when nothing was built.
    func isWritable(created: inout [URL]) -> Bool {
        if !FileManager.default.fileExists(atPath: directory.path) {
            guard let folders = try? AtomicFile.createFolder(directory, for: database) else { return false }
            created = folders
        }
        return FileManager.default.isWritableFile(atPath: directory.path)
    }

    /// Removes temporary files left by builds that were killed, and, when `buildID` is given, the fuzzy
    /// files of other builds.
    func removeLeftovers(keeping buildID: UInt64?) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else { return }
        for file in names where file.hasPrefix(name + ".") {
            let rest = file.dropFirst(name.count + 1)
            let parts = rest.split(separator: ".", maxSplits: 1)
            let isOurs = rest.hasPrefix("sqlite.tmp-")
                || (parts.count == 2 && parts[0].allSatisfy(\.isHexDigit) && parts[1].hasPrefix("fuzzy"))
            guard isOurs else { continue }
            let path = directory.appendingPathComponent(file).path
            if let range = file.range(of: ".tmp-") {
                let pid = Int32(file[range.upperBound...].prefix { $0.isNumber }) ?? 0
                if pid > 0, kill(pid, 0) != 0 { try? manager.removeItem(atPath: path) }
            } else if let buildID, file != fuzzy(buildID).lastPathComponent {
                try? manager.removeItem(atPath: path)
            }
        }
    }
}
