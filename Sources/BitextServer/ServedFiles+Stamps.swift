import Foundation

extension ServedFiles {
    /// A served file as it is now: its API path, its URL, its size and modification time. Two
    /// lists of stamps that compare equal mean that no file was added, removed or changed.
    struct Stamp: Sendable, Hashable {
        /// The API path.
        var path: String
        /// The file.
        var url: URL
        /// The size in bytes.
        var size: Int
        /// The modification time, in seconds since 1970.
        var modified: Double
    }

    /// The stamps of the served files of one kind (`memory` or `glossary`), sorted by path.
    func stamps(kind: String) -> [Stamp] {
        list().filter { $0.kind == kind }.compactMap { entry in
            guard let url = try? resolve(entry.path),
                  let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return nil }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return Stamp(path: entry.path, url: url, size: (attributes[.size] as? NSNumber)?.intValue ?? -1, modified: modified)
        }
    }

    /// The API path of a served file, from a stamp list, or its name when it is not listed.
    static func apiPath(of file: String, in stamps: [Stamp]) -> String {
        stamps.first { $0.url.path == file }?.path ?? URL(fileURLWithPath: file).lastPathComponent
    }
}
