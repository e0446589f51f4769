@testable import BitextServer
import Foundation
import HummingbirdTesting
import TestSupport
import Testing

/// `GET /api/search` and `GET /api/memories` over the example alignment, and the refresh of the
/// index after a save.
struct MemorySearchTests {
    typealias Setup = BitextServerTests.Setup

    static func search(_ client: any TestClientProtocol, _ query: String) async throws -> MemorySearch.Result {
        try BitextServerTests.decode(MemorySearch.Result.self, try await client.execute(uri: "/api/search?\(query)", method: .get))
    }

    @Test func concordanceGroupsTranslationsAndHighlightsThePhrase() async throws {
        try await Setup().test { client in
            let result = try await Self.search(client, "q=plan&from=en&to=fr")
            #expect(result.fuzzy == nil) // one word: concordance only, as bitext lookup does
            let concordance = try #require(result.concordance)
            #expect(concordance.totalHits == 3)
            #expect(concordance.groups.allSatisfy { $0.language == "fr" })
            #expect(concordance.groups.map(\.count).reduce(0, +) == 3)
            let hit = try #require(concordance.groups.first?.hits.first)
            #expect(hit.source.highlights.map { $0.lowercased() } == ["plan"])
            #expect(hit.origin.memory == "tmx/release.tmx")
            #expect(result.languages == ["en", "fr"])
            #expect(result.memories == 1)
        }
    }

    @Test func nearHitsAreMarkedAndCounted() async throws {
        let setup = try Setup()
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="fr" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="test" creationtoolversion="1" o-tmf="test"/><body>
            <tu tuid="n1"><tuv xml:lang="fr"><seg>La notice rouge a été publiée lundi.</seg></tuv><tuv xml:lang="en"><seg>The Red Notice was issued on Monday.</seg></tuv></tu>
            <tu tuid="n2"><tuv xml:lang="fr"><seg>Deux notices rouges ont été publiées.</seg></tuv><tuv xml:lang="en"><seg>Two Red Notices were issued.</seg></tuv></tu>
            </body></tmx>
            """.utf8).write(to: setup.root.appendingPathComponent("tmx/notices.tmx"))
        try await setup.test { client in
            let response = try await client.execute(uri: "/api/search?q=notice%20rouge&from=fr&to=en", method: .get)
            let json = String(buffer: response.body)
            #expect(json.contains(#""isNear":true"#) && json.contains(#""nearHits":1"#)) // what the page's script reads
            let concordance = try #require(try BitextServerTests.decode(MemorySearch.Result.self, response).concordance)
            #expect(concordance.totalHits == 2)
            let hits = concordance.groups.flatMap(\.hits)
            #expect(hits.filter(\.isNear).map(\.source.text) == ["Deux notices rouges ont été publiées."])
            #expect(hits.filter(\.isNear).first?.source.highlights == ["notices rouges"])
            #expect(hits.filter { !$0.isNear }.map(\.origin.memory) == ["tmx/notices.tmx"])
        }
    }

    @Test func fuzzyMatchesShowThePercentageAndTheWordsThatDiffer() async throws {
        try await Setup().test { client in
            let query = "The next meeting will take place in Geneva in March 2027."
            let result = try await Self.search(client, "q=\(query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&from=en&to=fr&mode=fuzzy")
            #expect(result.concordance == nil)
            let match = try #require(result.fuzzy?.first)
            #expect(match.source.text == "The next meeting will take place in Nairobi in March 2027.")
            #expect((70..<100).contains(match.percent))
            #expect(match.source.highlights == ["Nairobi"])
            #expect(match.translations.map(\.language) == ["fr"])
        }
    }

    @Test func aSearchAfterASaveSeesTheChange() async throws {
        let setup = try Setup()
        try await setup.test { client in
            // The first search builds the index and keeps the library open.
            let before = try await Self.search(client, "q=Zanzibar&mode=concordance")
            #expect(before.concordance?.totalHits == 0)
            let opened = try BitextServerTests.state(try await client.execute(uri: "/api/alignment?path=tmx/release.tmx", method: .get))
            let edited = try BitextServerTests.state(try await BitextServerTests.post(client, "/api/alignment/edit",
                #"{"path":"tmx/release.tmx","revision":\#(opened.revision),"edit":{"op":"edit","row":5,"column":0,"text":"The next meeting will take place in Zanzibar in March 2027."}}"#))
            _ = try BitextServerTests.state(try await BitextServerTests.post(client, "/api/alignment/save",
                #"{"path":"tmx/release.tmx","revision":\#(edited.revision)}"#))
            let after = try await Self.search(client, "q=Zanzibar&mode=concordance")
            #expect(after.concordance?.totalHits == 1)
            #expect(after.concordance?.groups.first?.hits.first?.source.highlights == ["Zanzibar"])
            // The index lives beside the memory, hidden from the file list.
            #expect(FileManager.default.fileExists(atPath: setup.memory.deletingLastPathComponent().appendingPathComponent(".bitext-index").path))
            let files = try await client.execute(uri: "/api/files", method: .get)
            #expect(!String(buffer: files.body).contains("bitext-index"))
        }
    }

    @Test func aMemoryWrittenByAnotherProgramIsSeenToo() async throws {
        let setup = try Setup()
        try await setup.test { client in
            #expect(try await Self.search(client, "q=ivory").concordance?.totalHits == 1)
            var text = try String(contentsOf: setup.memory, encoding: .utf8)
            text = text.replacingOccurrences(of: "Seizures of ivory", with: "Seizures of ivory and rhino horn")
            try text.write(to: setup.memory, atomically: true, encoding: .utf8)
            let result = try await Self.search(client, "q=rhino%20horn")
            #expect(result.concordance?.totalHits == 1)
        }
    }

    @Test func glossaryEntriesAreShownAndGuideTheHighlightedRendering() async throws {
        let setup = try Setup(glossaries: true)
        try Data("plan commun\tjoint plan\n".utf8).write(to: setup.root.appendingPathComponent("glossaries/wildlife.tsv"))
        try await setup.test { client in
            let result = try await Self.search(client, "q=Plan%20commun&from=fr&to=en&mode=concordance")
            let hits = try #require(result.glossary)
            #expect(hits.map(\.glossary) == ["glossaries/wildlife.tsv"])
            #expect(hits.first?.translations == ["joint plan"])
            let group = try #require(result.concordance?.groups.first)
            #expect(group.rendering == "joint plan")
            #expect(group.spanEvidence == "hint")
            #expect(group.count == 2)
            // Without a language pair the columns of a TSV glossary cannot be named: no glossary.
            #expect(try await Self.search(client, "q=Plan%20commun&mode=concordance").glossary == nil)
            // A term inside a longer text is found too, as `bitext lookup` finds it (plural included).
            let sentence = try await Self.search(client, "q=Les%20plans%20communs%20sont%20sign%C3%A9s&from=fr&to=en")
            #expect(sentence.glossary?.map(\.text) == ["plans communs"])
            #expect(sentence.glossary?.map(\.term) == ["plan commun"])
            #expect(sentence.glossary?.map(\.approximate) == [true])
            // The glossaries are kept between searches, and read again when a file changes.
            try Data("plan commun\tcommon plan\n".utf8).write(to: setup.root.appendingPathComponent("glossaries/wildlife.tsv"))
            let changed = try await Self.search(client, "q=Plan%20commun&from=fr&to=en&mode=concordance")
            #expect(changed.glossary?.first?.translations == ["common plan"])
            // A term inside a longer one is listed after it, with `inside`, as `bitext lookup` lists it.
            try Data("Ministre des Droits des femmes\tMinister for Women’s Rights\nDroits des femmes\tWomen’s Rights\n".utf8)
                .write(to: setup.root.appendingPathComponent("glossaries/wildlife.tsv"))
            let nested = try await Self.search(client, "q=Ministre%20des%20Droits%20des%20femmes&from=fr&to=en&mode=concordance")
            #expect(nested.glossary?.map(\.text) == ["Ministre des Droits des femmes", "Droits des femmes"])
            #expect(nested.glossary?.map(\.inside) == [nil, "Ministre des Droits des femmes"])
        }
    }

    @Test func memoriesListTheirLanguages() async throws {
        try await Setup().test { client in
            let overview = try BitextServerTests.decode(MemorySearch.Overview.self, try await client.execute(uri: "/api/memories", method: .get))
            #expect(overview.memories == ["tmx/release.tmx"])
            #expect(overview.languages == ["en", "fr"])
            #expect(overview.problems.isEmpty)
        }
    }

    @Test func badSearchesGetAClearMessage() async throws {
        try await Setup().test { client in
            for (query, message) in [("q=%20", "the search is empty"), ("q=plan&mode=exact", "mode must be"),
                                     ("q=plan&min=0", "min must be"), ("q=plan&max=many", "max must be a whole number")] {
                let response = try await client.execute(uri: "/api/search?\(query)", method: .get)
                #expect(response.status == .badRequest, "\(query)")
                #expect(BitextServerTests.message(response).contains(message), "\(query): \(BitextServerTests.message(response))")
            }
        }
    }
}
