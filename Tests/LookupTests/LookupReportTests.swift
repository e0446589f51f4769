import Foundation
import Lookup
import Memory
import Terminology
import Testing
import TestSupport

/// One lookup path for `bitext lookup` and the page's search, on a memory and a glossary written
/// for these tests: a fictitious police-cooperation release in English, French and Spanish, stored
/// as TMX and read as `bitext lookup` reads it.
struct LookupReportTests {
    static let memory = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="tests" creationtoolversion="1" datatype="plaintext" segtype="sentence"
          adminlang="en" srclang="en-GB" o-tmf="none"/><body>
        \(unit("u1", "The Minister for Women's Rights met the Secretary General of INTERPOL in Lyon.",
                "La Ministre des Droits des femmes a rencontré le Secrétaire général d'INTERPOL à Lyon.",
                "La Ministra de Derechos de la Mujer se reunió con el Secretario General de INTERPOL en Lyon."))
        \(unit("u2", "The Minister for Women's Rights opened the conference on trafficking.",
                "La Ministre des Droits des femmes a ouvert la conférence sur la traite."))
        \(unit("u3", "The Minister for Women's Rights thanked the police officers.",
                "La Ministre des Droits des femmes a remercié les policiers."))
        \(unit("u4", "A statement by the Minister for Women's Rights was read.",
                "Une déclaration de la Ministre aux Droits des femmes a été lue."))
        \(unit("u5", "INTERPOL published 12 new notices on Monday.", "INTERPOL a publié 12 nouvelles notices lundi."))
        \(unit("u6", "The conference on trafficking ended on Friday.", "La conférence sur la traite s'est achevée vendredi."))
        \(unit("u7", "Police officers from 40 countries attended the conference.", "Des policiers de 40 pays ont assisté à la conférence."))
        </body></tmx>
        """

    static func unit(_ id: String, _ english: String, _ french: String, _ spanish: String? = nil) -> String {
        let variants = [("en-GB", english), ("fr-FR", french)] + (spanish.map { [("es-ES", $0)] } ?? [])
        return "<tu tuid=\"\(id)\">" + variants.map { language, text in
            "<tuv xml:lang=\"\(language)\"><seg>\(text.replacingOccurrences(of: "'", with: "&apos;"))</seg></tuv>"
        }.joined() + "</tu>"
    }

    /// A temporary `tmx/` folder holding the memory as `release.tmx`, opened as the command line does.
    static func library() throws -> (library: MemoryLibrary, folder: URL) {
        let folder = try SharedData.temporaryDirectory().appendingPathComponent("tmx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("release.tmx")
        try memory.write(to: url, atomically: true, encoding: .utf8)
        return (MemoryLibrary(memories: [url], reader: TMXUnitSource.reader), folder)
    }

    static func glossary(in folder: URL) throws -> GlossaryLookup {
        let url = folder.appendingPathComponent("police.tsv")
        try "conference on trafficking\tconférence sur la traite\n".write(to: url, atomically: true, encoding: .utf8)
        return GlossaryLookup(files: [("police.tsv", url)], languages: ("en", "fr"))
    }

    @Test func autoModeChoosesByLengthAndKeepsTheSearchThatAnswered() throws {
        let (library, _) = try Self.library()
        let word = try LookupReport(.init(text: " trafficking ", from: "en", to: "fr"), in: library)
        #expect(word.query == "trafficking")
        #expect(word.fuzzy == nil)
        #expect(word.concordance?.totalHits == 2)
        #expect(word.glossary == nil) // no glossary consulted
        let sentence = try LookupReport(.init(text: "The Minister for Women's Rights thanked the police officers.", from: "en", to: "fr"), in: library)
        #expect(sentence.fuzzy?.first?.percent == 100)
        #expect(sentence.concordance == nil) // eight words at most for the concordance
        // A short phrase gets both; fuzzy found nothing, so only the concordance is reported.
        let phrase = try LookupReport(.init(text: "conference on trafficking", from: "en", to: "fr"), in: library)
        #expect(phrase.fuzzy == nil && phrase.concordance?.totalHits == 2)
        let both = try LookupReport(.init(text: "conference on trafficking", from: "en", to: "fr", mode: .both), in: library)
        #expect(both.fuzzy == [] && both.concordance != nil)
        #expect(both.languages == ["en-gb", "es-es", "fr-fr"])
        #expect(both.memories == 1)
        #expect(both.problems.isEmpty)
    }

    @Test func concordanceGroupsAreCutAtTheLimit() throws {
        let (library, _) = try Self.library()
        let all = try LookupReport(.init(text: "Minister for Women's Rights", from: "en", to: "fr", mode: .concordance), in: library)
        #expect((all.concordance?.groups.count ?? 0) > 1)
        let one = try LookupReport(.init(text: "Minister for Women's Rights", from: "en", to: "fr", mode: .concordance, limit: 1), in: library)
        #expect(one.concordance?.groups.count == 1)
        #expect(one.concordance?.totalHits == all.concordance?.totalHits)
    }

    @Test func glossaryHitsAndRenderingsJoinTheReport() throws {
        let (library, folder) = try Self.library()
        let report = try LookupReport(.init(text: "the conference on trafficking", from: "en", to: "fr", mode: .concordance),
                                      in: library, glossary: try Self.glossary(in: folder))
        #expect(report.glossary?.map(\.translations) == [["conférence sur la traite"]])
        #expect(report.glossary?.map(\.text) == ["conference on trafficking"])
        let group = try #require(report.concordance?.groups.first)
        #expect(group.rendering == "conférence sur la traite")
        // The JSON both the command line and the page read.
        let json = try report.json()
        #expect(json.contains("\"term\" : \"conference on trafficking\""))
        let decoded = try JSONDecoder().decode(LookupReport.self, from: Data(json.utf8))
        #expect(decoded.glossary == report.glossary)
        #expect(decoded.concordance == report.concordance)
    }

    @Test func badQueriesAreRefusedBeforeAnythingIsOpened() {
        #expect(throws: MemoryIndexError.invalidQuery("the text to look up is empty: give a sentence, a phrase or a word")) {
            try LookupReport.Query(text: " \n").validate()
        }
        let long = Array(repeating: "word", count: MemoryLibrary.maximumQueryWords + 1).joined(separator: " ")
        #expect(throws: MemoryIndexError.self) { try LookupReport.Query(text: long).validate() }
        #expect(LookupReport.Query(text: "x", from: "", to: "").from == nil)
    }
}
