import Foundation
import GRDB
import TMX

/// A variant row of the index with its unit.
struct IndexedVariant: Sendable {
    var id: Int64
    var unit: Int64
    var language: String
    var text: String
    var origin: UnitOrigin
}

extension MemoryIndex {
    /// The numbers of the index's languages selected by `code` (all when nil): `fr` selects `fr-FR` and
    /// `fr-CA`, case and `_` ignored, as ``LanguageTag/matches(_:)`` compares them.
    func languageNumbers(matching code: String?) -> [UInt32] {
        guard let code else { return languages.indices.map { UInt32($0) } }
        let requested = LanguageTag(code)
        return languages.indices.filter { requested.matches(LanguageTag(languages[$0])) }.map { UInt32($0) }
    }

    /// Rows of the given variant ids (ids are `fuzzy variant number + 1`).
    func variants(_ ids: [Int64]) throws -> [IndexedVariant] {
        guard !ids.isEmpty else { return [] }
        return try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT v.id, v.unit, v.lang, v.text, u.tuid, u.document, u.date
                FROM variant v JOIN unit u ON u.id = v.unit WHERE v.id IN (\(ids.map(String.init).joined(separator: ",")))
                """).map(indexedVariant)
        }
    }

    /// The variants of the given units, in the target languages (every language when `code` is nil).
    func translations(ofUnits units: [Int64], to code: String?) throws -> [Int64: [(id: Int64, language: String, text: String)]] {
        guard !units.isEmpty else { return [:] }
        let numbers = Set(languageNumbers(matching: code).map(Int.init))
        return try database.read { db in
            var result: [Int64: [(id: Int64, language: String, text: String)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, unit, lang, text FROM variant WHERE unit IN (\(units.map(String.init).joined(separator: ",")))") {
                let language: Int = row["lang"]
                guard numbers.contains(language), language < languages.count else { continue }
                result[row["unit"], default: []].append((row["id"], languages[language], row["text"]))
            }
            return result
        }
    }

    /// The variants in the source languages containing the folded phrase (FTS5 phrase query), at most
    /// `limit`.
    func phraseHits(_ phrase: [String], from code: String?, limit: Int) throws -> [IndexedVariant] {
        try variantHits(matching: Self.matchExpression(phrase), from: code, limit: limit)
    }

    /// The variants in the source languages matching an FTS5 query, at most `limit`, in index order:
    /// the FTS row ids first (they hold the language), then only those rows are read.
    func variantHits(matching expression: String, from code: String?, limit: Int) throws -> [IndexedVariant] {
        let numbers = languageNumbers(matching: code)
        guard !numbers.isEmpty else { return [] }
        return try database.read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT rowid >> 16 FROM variant_fts WHERE variant_fts MATCH ? AND \(Self.ftsLanguageCondition(numbers)) LIMIT ?
                """)
            let ids = try Int64.fetchAll(statement, arguments: [expression, limit])
            guard !ids.isEmpty else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT v.id, v.unit, v.lang, v.text, u.tuid, u.document, u.date
                FROM variant v JOIN unit u ON u.id = v.unit WHERE v.id IN (\(ids.map(String.init).joined(separator: ",")))
                ORDER BY v.id
                """).map(indexedVariant)
        }
    }

    /// How many variants in the languages of `code` contain the folded phrase, counting up to `cap`
    /// (the FTS index alone: the row ids hold the language).
    func phraseCount(_ phrase: [String], in code: String?, cap: Int) throws -> Int {
        let numbers = languageNumbers(matching: code)
        guard !numbers.isEmpty else { return 0 }
        return try database.read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT count(*) FROM (SELECT 1 FROM variant_fts WHERE variant_fts MATCH ? AND \(Self.ftsLanguageCondition(numbers)) LIMIT ?)
                """)
            return try Int.fetchOne(statement, arguments: [Self.matchExpression(phrase), cap]) ?? 0
        }
    }

    /// How many variants in any language contain the folded phrase, counting up to `cap`: the FTS index
    /// alone, without reading the rows (for association statistics, where speed matters more than the
    /// few segments of other languages that share the words).
    func phraseCountInAnyLanguage(_ phrase: [String], cap: Int) throws -> Int {
        try database.read { db in
            let statement = try db.cachedStatement(sql: "SELECT count(*) FROM (SELECT 1 FROM variant_fts WHERE variant_fts MATCH ? LIMIT ?)")
            return try Int.fetchOne(statement, arguments: [Self.matchExpression(phrase), cap]) ?? 0
        }
    }

    /// The folded words that are terms of the FTS index, in any language (one read; the first row of
    /// each word only).
    func existingTerms(_ words: some Sequence<String>) -> Set<String> {
        (try? database.read { db in
            let statement = try db.cachedStatement(sql: "SELECT 1 FROM variant_fts WHERE variant_fts MATCH ? LIMIT 1")
            return try Set(words.filter { try Int.fetchOne(statement, arguments: [Self.matchExpression([$0])]) != nil })
        }) ?? []
    }

    /// An FTS5 phrase query for folded words (letters and digits only, so no quoting is needed).
    static func matchExpression(_ phrase: [String]) -> String {
        "\"" + phrase.joined(separator: " ") + "\""
    }

    private func indexedVariant(_ row: Row) -> IndexedVariant {
        let language: Int = row["lang"]
        return IndexedVariant(
            id: row["id"], unit: row["unit"], language: language < languages.count ? languages[language] : "?",
            text: row["text"],
            origin: UnitOrigin(memory: memory.path, unitID: row["tuid"], document: row["document"], date: row["date"]))
    }
}
