import Foundation
import Lookup
import Memory
import Testing
import TestSupport

/// Near hits of the concordance with ``NearMatching/installed`` (the Terminology module's matcher): on
/// the gold pairs of real releases, and on units written for these tests.
struct NearMatchingTests {
    /// A library over `units` (read from memory, as the gold pairs are).
    static func library(_ units: [MemoryUnit]) throws -> MemoryLibrary {
        let url = try SharedData.temporaryDirectory().appendingPathComponent("near.tmx")
        try Data().write(to: url)
        let library = MemoryLibrary(memories: [url], reader: { _ in MemoryUnitArray(units) })
        #expect(library.problems.isEmpty)
        return library
    }

    static func concordance(_ phrase: String, in library: MemoryLibrary, from: String? = nil, to: String? = nil) throws -> Concordance {
        try library.concordance(phrase, from: from, to: to, near: .installed)
    }

    static func hits(_ concordance: Concordance) -> [Concordance.Hit] {
        concordance.groups.flatMap(\.hits)
    }

    /// PR144 says "la Ministre française des Droits des femmes": one word inserted inside the title.
    @Test(.requiresSharedData) func aWordInsertedInsideThePhraseIsANearHit() throws {
        let library = try Self.library(RenderingEvidenceTests.goldUnits())
        let found = try Self.concordance("Ministre des Droits des femmes", in: library, from: "fr", to: "en")
        let near = Self.hits(found).filter(\.isNear)
        #expect(near.count == 1)
        #expect(found.nearHits == 1 && found.totalHits == 1)
        // The highlight covers the words matched, the inserted one with them.
        #expect(near.first?.source.highlights == ["Ministre française des Droits des femmes"])
        #expect(near.first?.origin.document == "interpol-2013-PR144")
        // Without near matching, the exact search alone finds nothing (what `main` answered).
        #expect(try library.concordance("Ministre des Droits des femmes", from: "fr", to: "en").totalHits == 0)
    }

    /// PR028 has "notice rouge" once and "notices rouges" in other units; EU Neighbours has "documents de
    /// voyage volés", looked up in the singular.
    @Test(.requiresSharedData) func pluralFormsAreNearHitsAfterTheExactOnes() throws {
        let library = try Self.library(RenderingEvidenceTests.goldUnits())
        let notices = try Self.concordance("notice rouge", in: library, from: "fr", to: "en")
        let hits = Self.hits(notices)
        #expect(hits.contains { !$0.isNear && $0.source.highlights.contains("notice rouge") })
        #expect(hits.contains { $0.isNear && $0.source.highlights.contains("notices rouges") })
        #expect(notices.nearHits >= 1 && notices.totalHits > notices.nearHits)
        // Exact hits first: in every group, and the groups holding one before the others.
        for group in notices.groups {
            #expect(group.hits.map(\.isNear) == group.hits.map(\.isNear).sorted { !$0 && $1 })
        }
        let exactGroups = notices.groups.map { $0.hits.contains { !$0.isNear } }
        #expect(exactGroups == exactGroups.sorted { $0 && !$1 })
        #expect(exactGroups.first == true)
        // Near hits take the rendering the exact hits give; they do not change it.
        let exactOnly = try library.concordance("notice rouge", from: "fr", to: "en", evidence: .installed)
        let withNear = try library.concordance("notice rouge", from: "fr", to: "en", evidence: .installed, near: .installed)
        #expect(withNear.groups.first?.rendering == exactOnly.groups.first?.rendering)
        #expect(withNear.groups.first?.spanEvidence != nil)

        let documents = try Self.concordance("document de voyage volé", in: library, from: "fr", to: "en")
        #expect(Self.hits(documents).contains { $0.isNear && $0.source.highlights == ["documents de voyage volés"] })
    }

    /// The plural found as a near hit is the same translation as the singular: one group, counted twice.
    /// A translation that differs by more than its number stays a group of its own.
    @Test func aPluralRenderingJoinsTheSingularsGroup() throws {
        let library = try Self.library([
            MemoryUnit(id: "1", variants: [.init(language: "fr", text: "La notice rouge a été publiée."), .init(language: "en", text: "The Red Notice was issued.")]),
            MemoryUnit(id: "2", variants: [.init(language: "fr", text: "Deux notices rouges ont été publiées."), .init(language: "en", text: "Two Red Notices were issued.")]),
            MemoryUnit(id: "3", variants: [.init(language: "fr", text: "Le réseau couvre 190 pays."), .init(language: "en", text: "The network covers 190 countries.")]),
            MemoryUnit(id: "4", variants: [.init(language: "fr", text: "Chaque réseau a un point de contact."), .init(language: "en", text: "Each network has a contact point.")]),
            MemoryUnit(id: "5", variants: [.init(language: "fr", text: "Le réseau des douanes est prêt."), .init(language: "en", text: "The customs networks are ready.")]),
        ])
        let notices = try library.concordance("notice rouge", from: "fr", to: "en", evidence: .installed, near: .installed)
        #expect(notices.groups.map(\.rendering) == ["Red Notice"])
        #expect(notices.groups.first?.count == 2)
        #expect(notices.groups.first?.hits.map(\.isNear) == [false, true])
        #expect(notices.groups.first?.hits.last?.translation.text.highlights == ["Red Notices"])
        // One word: no near search, but its renderings in the plural are folded all the same.
        let network = try library.concordance("réseau", from: "fr", to: "en", evidence: .installed, near: .installed)
        #expect(network.groups.map(\.rendering) == ["network"] && network.groups.first?.count == 3)
        // Without a matcher, two groups as before.
        #expect(try library.concordance("réseau", from: "fr", to: "en", evidence: .installed).groups.map(\.rendering) == ["network", "networks"])
    }

    /// One word: the exact search, unchanged; two inserted words: no near hit.
    @Test func oneWordIsExactAndTwoInsertedWordsAreNoHit() throws {
        let library = try Self.library([
            MemoryUnit(id: "1", variants: [.init(language: "fr", text: "La notice rouge a été publiée."), .init(language: "en", text: "The Red Notice was issued.")]),
            MemoryUnit(id: "2", variants: [.init(language: "fr", text: "Deux notices rouges ont été publiées."), .init(language: "en", text: "Two Red Notices were issued.")]),
            MemoryUnit(id: "3", variants: [.init(language: "fr", text: "La Ministre française déléguée des Droits des femmes parle."), .init(language: "en", text: "The French Deputy Minister for Women's Rights speaks.")]),
            MemoryUnit(id: "4", variants: [.init(language: "fr", text: "La Ministre française des Droits des femmes parle."), .init(language: "en", text: "The French Minister for Women's Rights speaks.")]),
            MemoryUnit(id: "5", variants: [.init(language: "fr", text: "Les droits des femmes de la Ministre."), .init(language: "en", text: "The rights of the Minister's women.")]),
        ])
        let word = try Self.concordance("notice", in: library, from: "fr")
        #expect(word.totalHits == 1 && word.nearHits == 0)
        #expect(Self.hits(word).allSatisfy { !$0.isNear })

        let title = try Self.concordance("Ministre des Droits des femmes", in: library, from: "fr", to: "en")
        // Unit 4 (one word inserted) only: not unit 3 (two words) nor unit 5 (the words in another order).
        #expect(Self.hits(title).map(\.origin.unitID) == ["4"])
        #expect(title.nearHits == 1)

        let plural = try Self.concordance("notice rouge", in: library, from: "fr", to: "en")
        #expect(Self.hits(plural).map(\.origin.unitID) == ["1", "2"])
        #expect(Self.hits(plural).map(\.isNear) == [false, true])
    }
}
