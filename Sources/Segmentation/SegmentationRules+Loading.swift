import Foundation
import XMLKit

extension SegmentationRules {
    /// Reads an `.srx` file (SRX 2.0, or SRX 1.0 which is treated as `cascade="no"`).
    public init(contentsOf url: URL) throws(SegmentationError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SegmentationError(path: url.relativePath, message: "cannot read the file: \(error.localizedDescription)")
        }
        try self.init(data: data, path: url.relativePath)
    }

    /// Parses SRX from a string (used for the built-in rules).
    public init(srx: String, source: String) throws(SegmentationError) {
        try self.init(data: Data(srx.utf8), path: source)
    }

    /// Parses SRX from bytes; `path` names the source in errors.
    public init(data: Data, path: String? = nil) throws(SegmentationError) {
        let source = path ?? "<srx>"
        guard !data.isEmpty else {
            throw SegmentationError(path: source, message: "the file is empty, it is not an SRX document")
        }
        let document: XMLDocument
        do {
            document = try XMLDocument(data: data, path: path, placingElements: true)
        } catch {
            throw SegmentationError(error)
        }
        let root = document.root
        guard root.localName == "srx" else {
            throw SegmentationError(
                path: source, line: root.line,
                message: "the root element is <\(root.localName)>, an SRX document has <srx>")
        }
        let header = root.firstChild(named: "header")
        let version = root[attribute: "version"] ?? "2.0"
        let cascade = version.hasPrefix("1") ? false : (header?[attribute: "cascade"]?.lowercased() == "yes")

        var lists: [String: [SegmentationRule]] = [:]
        for list in root.descendants(named: "languagerule") {
            guard let name = list[attribute: "languagerulename"] else {
                throw SegmentationError(
                    path: source, line: list.line, message: "<languagerule> has no languagerulename attribute")
            }
            let first = lists[name]?.count ?? 0
            lists[name, default: []] += list.children(named: "rule").enumerated().map { index, rule in
                SegmentationRule(
                    isBreak: (rule[attribute: "break"] ?? "yes").lowercased() != "no",
                    before: rule.firstChild(named: "beforebreak")?.text ?? "",
                    after: rule.firstChild(named: "afterbreak")?.text ?? "",
                    line: rule.line, column: rule.column, number: first + index + 1)
            }
        }
        var maps: [LanguageMap] = []
        for map in root.descendants(named: "languagemap") {
            guard let pattern = map[attribute: "languagepattern"], let name = map[attribute: "languagerulename"] else {
                throw SegmentationError(
                    path: source, line: map.line,
                    message: "<languagemap> needs both languagepattern and languagerulename")
            }
            guard lists[name] != nil else {
                throw SegmentationError(
                    path: source, line: map.line, message: "<languagemap> names an unknown languagerule \"\(name)\"")
            }
            maps.append(LanguageMap(pattern: pattern, ruleListName: name))
        }
        self.init(cascade: cascade, ruleLists: lists, languageMaps: maps, source: source)
    }

    /// The rules that apply to `language` (a code such as `fr`, `en-GB`, `pt_BR`), in order.
    public func rules(forLanguage language: String) -> [SegmentationRule] {
        ruleListNames(forLanguage: language).flatMap { ruleLists[$0] ?? [] }
    }

    static func languagePattern(_ pattern: String, matches language: String) -> Bool {
        let translated = "^(?:" + JavaRegex.translate(pattern) + ")$"
        guard let regex = try? NSRegularExpression(pattern: translated, options: [.caseInsensitive]) else {
            return false
        }
        let range = NSRange(language.startIndex..., in: language)
        return regex.firstMatch(in: language, range: range) != nil
    }
}
