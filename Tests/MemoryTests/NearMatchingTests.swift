import Foundation
@testable import Memory
import Testing
import TestSupport

/// The candidates and near hits of the concordance, with a matcher written for these tests (the
/// Memory module has none of its own): the phrase's words in order, each compared by its first four
/// letters, one other word allowed between two of them.
struct NearMatchingTests {
    static let firstLetters = NearMatching { phrase, _ in
        let pattern = FoldedTokenizer.keys(of: phrase).map { String($0.prefix(4)) }
        return { text in
            let words = FoldedTokenizer.words(of: text)
            let keys = words.map { String($0.key.prefix(4)) }
            var ranges: [Range<String.Index>] = []
            for start in keys.indices where keys[start] == pattern[0] {
                var position = start + 1, inserted = false, matched = true
                for key in pattern.dropFirst() {
                    if position < keys.count, keys[position] == key { position += 1; continue }
                    if !inserted, position + 1 < keys.count, keys[position + 1] == key { inserted = true; position += 2; continue }
                    matched = false
                    break
                }
                if matched { ranges.append(words[start].range.lowerBound..<words[position - 1].range.upperBound) }
            }
            return ranges
        }
    }

    @Test func candidatesAreTheContentWordsInTheirFormsFoundInTheIndex() {
        let index: Set = ["notice", "notices", "rouges", "interpol", "police"]
        let candidates = NearMatching.candidates(["notice", "rouge", "de", "interpol"], isFunctionWord: { $0 == "de" }, exists: index.contains)
        #expect(candidates?.query == "NEAR(\"notice\" \"rouges\" \"interpol\", 5) OR NEAR(\"notices\" \"rouges\" \"interpol\", 5)")
        // One content word, one word, or a content word without any form in the index: no near search.
        #expect(NearMatching.candidates(["la", "police"], isFunctionWord: { $0 == "la" }, exists: index.contains) == nil)
        #expect(NearMatching.candidates(["police"], isFunctionWord: { _ in false }, exists: index.contains) == nil)
        #expect(NearMatching.candidates(["notice", "verte"], isFunctionWord: { _ in false }, exists: index.contains) == nil)
        // The words in the phrase's order, within the window (the query's NEAR ignores order).
        #expect(candidates?.mayHold(["deux", "notices", "rouges", "d", "interpol"]) == true)
        #expect(candidates?.mayHold(["notice", "tres", "rouges", "de", "la", "d", "interpol"]) == true)
        #expect(candidates?.mayHold(["interpol", "notice", "rouges"]) == false)
        #expect(candidates?.mayHold(["notice", "a", "b", "c", "d", "e", "f", "rouges", "interpol"]) == false)
    }

    @Test func formsCoverPluralAndFeminineEndingsBothWays() {
        for (word, form) in [("notice", "notices"), ("notices", "notice"), ("vole", "volees"), ("voles", "volee"), ("social", "sociaux"),
                             ("sociaux", "social"), ("country", "countries"), ("countries", "country"), ("actif", "active"),
                             ("nouvelle", "nouvel"), ("ancien", "ancienne"), ("francaise", "francais"), ("bureau", "bureaux")] {
            #expect(NearMatching.candidateForms(of: word).contains(form), "\(word) → \(form)")
        }
        #expect(NearMatching.candidateForms(of: "notice").first == "notice")
        #expect(NearMatching.candidateForms(of: "de") == ["de"])
    }

    @Test func nearHitsComeAfterExactOnesAndOnlyWhenAsked() throws {
        let (folder, memory) = try MemoryFixtures.folder()
        let near8 = MemoryFixtures.unit("u8", en: "The Ministers for the Rights of Women met.", fr: "Les Ministres chargées des Droits des femmes se sont réunies.")
        // Two exact hits (u1, u2): fewer than three, so near hits are looked for.
        try MemoryFixtures.write(MemoryFixtures.releaseUnits.filter { $0.id != "u3" } + [near8], to: memory)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let library = MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader)
        let exact = try library.concordance("Ministre des Droits", from: "fr", to: "en")
        #expect(exact.totalHits == 2 && exact.nearHits == 0)
        let near = try library.concordance("Ministre des Droits", from: "fr", to: "en", near: Self.firstLetters)
        let hits = near.groups.flatMap(\.hits)
        // u8 (a plural and one word inserted); not u4 (`aux` for `des`: a substitution, not an insertion).
        #expect(near.totalHits == 3 && near.nearHits == 1)
        #expect(hits.filter(\.isNear).flatMap(\.source.highlights) == ["Ministres chargées des Droits"])
        #expect(hits.filter(\.isNear).map(\.origin.unitID) == ["u8"])
        #expect(near.groups.first?.hits.first?.isNear == false)
        for group in near.groups { #expect(group.hits.map(\.isNear) == group.hits.map(\.isNear).sorted { !$0 && $1 }) }
        // A limit filled by exact hits leaves no room for near ones.
        let full = try library.concordance("Ministre des Droits", from: "fr", to: "en", limit: 1, near: Self.firstLetters)
        #expect(full.isTruncated && full.nearHits == 0)
        // With three exact hits or more, no near search (`MemoryLibrary.nearSearchBelow`).
        try MemoryFixtures.write(MemoryFixtures.releaseUnits + [near8], to: memory)
        let many = try MemoryLibrary(memories: [memory], reader: MemoryFixtures.reader)
            .concordance("Ministre des Droits", from: "fr", to: "en", near: Self.firstLetters)
        #expect(many.totalHits == 3 && many.nearHits == 0)
    }
}
