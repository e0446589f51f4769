import Documents
import Foundation

extension AlignJob {
    /// The releases of a `--pairs` folder or manifest, and the files that could not be paired.
    struct Pairing: Sendable {
        /// The releases with at least two versions, by name.
        var jobs: [AlignJob] = []
        /// Files left out, with the reason (`PATH: only version of PR145`).
        var skipped: [String] = []
        /// Releases that cannot be aligned as they are (two files in one language), with the reason.
        var conflicts: [(name: String, message: String)] = []
    }

    /// Language codes recognised in file and folder names (ISO 639-1), with an optional region
    /// (`fr-CA`, `pt_BR`).
    static let languageCodes: Set<String> = [
        "en", "fr", "es", "de", "it", "pt", "ar", "ru", "zh", "ja", "ko", "nl", "sv", "da", "no", "nb", "nn",
        "fi", "pl", "cs", "sk", "hu", "ro", "bg", "el", "tr", "he", "fa", "hi", "ur", "id", "ms", "th",
        "vi", "uk", "hr", "sr", "sl", "bs", "mk", "sq", "et", "lv", "lt", "ga", "mt", "ca", "eu", "gl",
        "sw", "am", "ha", "so", "bn", "ta", "ka", "hy", "az", "kk", "uz", "mn", "lb", "is",
    ]

    /// The language a name stands for (`fr`, `fr-CA`, `pt_BR` → `pt-br`), or nil.
    static func languageCode(_ name: some StringProtocol) -> String? {
        let parts = name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = parts.first, languageCodes.contains(String(first)), parts.count <= 2 else { return nil }
        if parts.count == 2 {
            guard parts[1].count == 2 || parts[1].count == 4, parts[1].allSatisfy(\.isLetter) else { return nil }
            return "\(first)-\(parts[1])"
        }
        return String(first)
    }

    /// Where a file belongs: the release key and the language, from its path relative to the folder:
    /// `PR144.en.html`, `PR144_en.html` → (`PR144`, en); `PR144/en.txt` → (`PR144`, en);
    /// `en/PR144.txt` → (`PR144`, en). Nil when no language can be read from the path.
    static func releaseKey(of relativePath: String) -> (key: String, language: String)? {
        var components = relativePath.split(separator: "/").map(String.init)
        guard let name = components.popLast() else { return nil }
        var stem = (name as NSString).deletingPathExtension
        // PR144.en.html
        if let dot = stem.lastIndex(of: "."), let code = languageCode(stem[stem.index(after: dot)...]), dot > stem.startIndex {
            return ((components + [String(stem[..<dot])]).joined(separator: "/"), code)
        }
        // PR144_en.html, PR144-fr.html
        if let separator = stem.lastIndex(where: { $0 == "_" || $0 == "-" }), separator > stem.startIndex,
           let code = languageCode(stem[stem.index(after: separator)...]) {
            return ((components + [String(stem[..<separator])]).joined(separator: "/"), code)
        }
        // PR144/en.txt
        if let code = languageCode(stem) {
            return (components.isEmpty ? "." : components.joined(separator: "/"), code)
        }
        // en/PR144.txt
        if let folder = components.lastIndex(where: { languageCode($0) != nil }), let code = languageCode(components[folder]) {
            components.remove(at: folder)
            stem = (components + [stem]).joined(separator: "/")
            return (stem, code)
        }
        return nil
    }

    /// The releases of a folder: every document file (by extension) below it, grouped by release
    /// key, the versions ordered by `order` (languages given with `--langs`), else by how many
    /// releases have each language (then alphabetically), so that the most common one is the pivot.
    static func pairs(inFolder folder: URL, extensions: Set<String>, order: [String]?) throws -> Pairing {
        guard let enumerator = FileManager.default.enumerator(
            at: folder.absoluteURL, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            throw AlignInputError("\(folder.relativePath): cannot read the folder")
        }
        var pairing = Pairing()
        var releases: [String: [(path: String, relative: String, language: String)]] = [:]
        let base = folder.absoluteURL.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let absolute = url.standardizedFileURL.path
            let relative = absolute.hasPrefix(base + "/") ? String(absolute.dropFirst(base.count + 1)) : url.lastPathComponent
            // Named as the user typed the folder (`DIR/en/PR144.txt`), not by absolute path.
            let path = typedPath(relative, in: folder.relativePath)
            guard extensions.contains(url.pathExtension.lowercased()) else {
                // A version in a format Bitext cannot read is named, not silently passed over.
                if let format = DocumentReader.unsupportedFormat(extension: url.pathExtension) {
                    pairing.skipped.append("\(path): \(format) files are not read: save it as .docx, .html or .txt")
                }
                continue
            }
            guard let found = releaseKey(of: relative) else {
                pairing.skipped.append("\(path): no language in its name (name versions like PR144.en.html, en/PR144.txt or PR144/en.txt)")
                continue
            }
            releases[found.key, default: []].append((path, relative, found.language))
        }
        let ranked = rankLanguages(releases.values.map { $0.map(\.language) }, order: order)
        for key in releases.keys.sorted() {
            var versions = releases[key]!
            if let order {
                let left = versions.filter { !order.contains($0.language) }
                pairing.skipped += left.map { "\($0.path): \($0.language) is not among --langs \(order.joined(separator: ","))" }
                versions.removeAll { !order.contains($0.language) }
            }
            versions.sort { (ranked[$0.language] ?? .max, $0.path) < (ranked[$1.language] ?? .max, $1.path) }
            let name = key == "." ? folder.lastPathComponent : key
            let doubled = Dictionary(grouping: versions, by: \.language).filter { $0.value.count > 1 }
            if let first = doubled.min(by: { $0.key < $1.key }) {
                let files = first.value.map(\.relative).joined(separator: ", ")
                pairing.conflicts.append((name, "\(first.value.count) versions in \(first.key) (\(files)): keep one file per language, or choose the kind with --extensions"))
                continue
            }
            if versions.count < 2 {
                pairing.skipped += versions.map { "\($0.path): the only version of \(name)" }
                continue
            }
            pairing.jobs.append(AlignJob(name: name, paths: versions.map(\.path), languages: versions.map(\.language),
                                         labels: versions.map(\.relative)))
        }
        return pairing
    }

    /// `relative` below `folder` as the user typed it (`DIR/en/PR144.txt`; just `relative` when the
    /// folder is empty or `.`).
    static func typedPath(_ relative: String, in folder: String) -> String {
        folder.isEmpty || folder == "." ? relative : (folder as NSString).appendingPathComponent(relative)
    }

    /// The rank of each language: its place in `order`, else by the number of releases that have it.
    private static func rankLanguages(_ releases: [[String]], order: [String]?) -> [String: Int] {
        if let order { return Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: min) }
        var counts: [String: Int] = [:]
        for languages in releases {
            for language in Set(languages) { counts[language, default: 0] += 1 }
        }
        let sorted = counts.keys.sorted { (-counts[$0]!, $0) < (-counts[$1]!, $1) }
        return Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
    }

    /// The releases of a manifest: one release a line, `PATH<TAB>PATH[<TAB>PATH…]`, pivot first,
    /// paths relative to the manifest's folder. A first line of language codes (`en<TAB>fr<TAB>es`)
    /// names the languages of the columns; an empty field is a missing version; `#` starts a comment.
    static func pairs(inManifest manifest: URL, order: [String]?) throws -> Pairing {
        guard let data = FileManager.default.contents(atPath: manifest.absoluteURL.path) else {
            throw AlignInputError("\(manifest.relativePath): cannot read the manifest")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AlignInputError("\(manifest.relativePath): the manifest is not UTF-8 text")
        }
        let folder = (manifest.relativePath as NSString).deletingLastPathComponent
        var pairing = Pairing()
        var columns: [String]? = order
        var names = Set<String>()
        var seenData = false
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            let place = "\(manifest.relativePath):\(number + 1)"
            if !seenData, fields.allSatisfy({ languageCode($0) != nil }) {
                columns = fields.map { languageCode($0)! }
                seenData = true
                continue
            }
            seenData = true
            if let columns, fields.count > columns.count {
                throw AlignInputError("\(place): \(fields.count) columns but \(columns.count) languages (\(columns.joined(separator: ",")))")
            }
            var paths: [String] = [], languages: [String?] = []
            for (column, field) in fields.enumerated() where !field.isEmpty {
                paths.append(field.hasPrefix("/") ? field : typedPath(field, in: folder))
                languages.append(columns.map { $0[column] })
            }
            guard paths.count >= 2 else {
                pairing.skipped.append("\(place): a release needs at least two versions (one path a column, separated by tabs)")
                continue
            }
            var name = releaseKey(of: fields.first { !$0.isEmpty }!)?.key
                ?? ((fields.first { !$0.isEmpty }! as NSString).deletingPathExtension)
            if name == "." || !names.insert(name).inserted {
                name += " (line \(number + 1))"
                names.insert(name)
            }
            pairing.jobs.append(AlignJob(name: name, paths: paths, languages: languages,
                                         labels: fields.filter { !$0.isEmpty }))
        }
        return pairing
    }
}
