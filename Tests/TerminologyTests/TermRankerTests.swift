import Foundation
@testable import Terminology
import Testing
import TestSupport

@Suite struct TermRankerTests {
    @Test(.requiresSharedData) func featureRowsCarryTheGoldLabelAndEveryFeature() throws {
        let units = try ReleasePairs.units("interpol-2009-PR028")
        let extractor = TermExtractor(from: "fr", to: "en")
        let rows = extractor.rankingFeatures([("notice rouge", "Red Notice"), ("pays membre", "member country")], in: units)
            .split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows[0].count == TermRanker.names.count + 3)
        #expect(rows.dropFirst().allSatisfy { $0.count == TermRanker.names.count + 3 })
        let gold = rows.filter { $0.first == "1" }.map { "\($0[$0.count - 2]) → \($0[$0.count - 1])" }
        #expect(Set(gold) == ["notice rouge → Red Notice", "pays membre → member country"])
        // One row per linked pair, before one translation is chosen per source term.
        #expect(rows.count - 1 >= extractor.extract(from: units).count)
    }

    @Test(.requiresSharedData) func scoresAreProbabilitiesAndTheRedNoticeRanksHigh() throws {
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: try ReleasePairs.units("interpol-2009-PR028"))
        #expect(candidates.allSatisfy { (0...1).contains($0.score) })
        let redNotice = try #require(candidates.firstIndex { $0.source == "notice rouge" && $0.target == "Red Notice" })
        #expect(redNotice < 10)
    }

    @Test(.requiresSharedData) func lowerCaseEnglishPhrasesWithAPrepositionRankBelowCompounds() throws {
        let units = try ReleasePairs.units("interpol-2010-haiti-earthquake")
        let rows = TermExtractor(from: "fr", to: "en").rankingFeatures([], in: units)
            .split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let column = try #require(TermRanker.names.firstIndex(of: "prepositional_phrase")) + 1
        func flag(_ target: String) throws -> Substring { try #require(rows.first { $0.last == Substring(target) })[column] }
        #expect(try flag("type of help") == "1.000000")
        #expect(try flag("victim of the disaster") == "1.000000")
        #expect(try flag("humanitarian relief operation") == "0.000000")
        // Across the dev releases, `type d’aide` ↔ `type of help` leaves the top 50.
        let dev = try ["admin-fedpol-2016-10-25", "canada-ps-2011-08-30-toews", "euneighbours-2018-10-10-interpol-trigger-iv",
                       "interpol-2009-PR028", "interpol-2010-haiti-earthquake", "interpol-2013-PR144"].flatMap(ReleasePairs.units)
        let candidates = TermExtractor(from: "fr", to: "en").extract(from: dev)
        #expect(try #require(candidates.firstIndex { $0.target == "type of help" }) >= 50)
    }

    @Test func nestingCountsLongerTermsAndFindsShorterOnes() {
        let nesting = TermExtractor.Nesting(["droit de femme", "ministre de droit de femme", "femme", "conference"])
        #expect(nesting.of("droit de femme").insideLonger == 1)
        #expect(nesting.of("femme").insideLonger == 2)
        #expect(nesting.of("ministre de droit de femme").containsShorter)
        #expect(!nesting.of("conference").containsShorter)
        #expect(nesting.of("conference").insideLonger == 0)
    }
}
