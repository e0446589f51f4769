@testable import Memory
import Testing

/// Folding a concordance's groups whose renderings are one translation in another inflection, with the
/// test matcher of ``NearMatchingTests`` (words compared by their first four letters).
struct ConcordanceInflectionsTests {
    static func group(_ rendering: String, count: Int, near: Bool = false, language: String = "en", span: Bool = true) -> Concordance.Group {
        let hit = Concordance.Hit(sourceLanguage: "fr", source: HighlightedText("x", highlighting: []),
                                  translation: MemoryTranslation(language: language, text: HighlightedText(rendering, highlighting: [])),
                                  origin: UnitOrigin(memory: "m.tmx", unitID: rendering), isNear: near)
        return Concordance.Group(language: language, rendering: rendering, count: count, hits: Array(repeating: hit, count: count),
                                 spanEvidence: span ? "association" : nil)
    }

    @Test func anotherInflectionJoinsTheEarlierGroupExactHitsFirst() {
        let groups = [Self.group("Red Notice", count: 1), Self.group("INTERPOL notice", count: 1), Self.group("Red Notices", count: 2, near: true)]
        let merged = Concordance.Group.mergingInflections(groups, near: NearMatchingTests.firstLetters)
        #expect(merged.map(\.rendering) == ["Red Notice", "INTERPOL notice"])
        #expect(merged.map(\.count) == [3, 1])
        #expect(merged[0].hits.map(\.isNear) == [false, true, true])
    }

    @Test func groupsStayApartWithoutAMatcherAcrossLanguagesAndWithoutASpan() {
        let groups = [Self.group("Red Notice", count: 1), Self.group("Red Notices", count: 1, language: "en-gb"),
                      Self.group("Red Notices", count: 1, span: false), Self.group("Red Notice issued", count: 1)]
        #expect(Concordance.Group.mergingInflections(groups, near: .none) == groups)
        // Another language, a group showing its whole translation, a rendering of more words: all kept.
        #expect(Concordance.Group.mergingInflections(groups, near: NearMatchingTests.firstLetters).count == 4)
    }

    @Test func rankedPutsGroupsWithAnExactHitFirstThenByCount() {
        let groups = [Self.group("a", count: 5, near: true), Self.group("b", count: 1), Self.group("c", count: 2), Self.group("d", count: 2)]
        #expect(Concordance.Group.ranked(groups).map(\.rendering) == ["c", "d", "b", "a"])
    }
}
