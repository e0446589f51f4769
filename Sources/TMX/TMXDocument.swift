import Foundation

/// A whole memory in memory: for small files and tests. Large memories are read unit by unit
/// with ``TMXReader`` and written with ``TMXWriter``.
public struct TMXDocument: Sendable, Hashable {
    /// The `version` attribute as read (`1.4`, `1.1`), or `nil` when missing.
    public var version: String?
    /// The header.
    public var header: TMXHeader
    /// The units, in document order.
    public var units: [TranslationUnit]

    /// Creates a document.
    public init(header: TMXHeader, units: [TranslationUnit] = [], version: String? = "1.4") {
        self.header = header
        self.units = units
        self.version = version
    }

    /// Reads a whole file.
    public static func read(contentsOf url: URL) throws(TMXError) -> TMXDocument {
        let reader = try TMXReader(contentsOf: url)
        var units: [TranslationUnit] = []
        while let unit = try reader.next() { units.append(unit) }
        return TMXDocument(header: reader.header, units: units, version: reader.version)
    }

    /// Writes the document to `url` as UTF-8 TMX 1.4b, atomically.
    /// - Returns: how many characters XML 1.0 forbids were removed.
    @discardableResult
    public func write(to url: URL) throws(TMXError) -> Int {
        let writer = try TMXWriter(url: url, header: header)
        for unit in units { try writer.write(unit) }
        try writer.finish()
        return writer.removedCharacterCount
    }

    /// The languages of all variants, in order of first appearance.
    public var languages: [LanguageTag] {
        var seen = Set<LanguageTag>()
        return units.flatMap(\.variants).compactMap { seen.insert($0.language).inserted ? $0.language : nil }
    }
}
