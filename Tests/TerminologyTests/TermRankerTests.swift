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

    @Test func nestingCountsLongerTermsAndFindsShorterOnes() {
        let nesting = TermExtractor.Nesting(["droit de femme", "ministre de droit de femme", "femme", "conference"])
        #expect(nesting.of("droit de femme").insideLonger == 1)
        #expect(nesting.of("femme").insideLonger == 2)
        #expect(nesting.of("ministre de droit de femme").containsShorter)
        #expect(!nesting.of("conference").containsShorter)
        #expect(nesting.of("conference").insideLonger == 0)
    }
}
