import Testing
@testable import Documents

@Suite struct LineJoinerTests {
    @Test func everyLineIsABlockInReleaseText() {
        let lines = [
            "All news", "14 November 2013 - Media release", "Title of the release",
            "LYON, France – A sentence that ends here.", "- a bullet;", "- another bullet.",
        ]
        let joiner = LineJoiner(lines: lines)
        #expect(joiner.wrapWidth == nil)
        #expect(joiner.blocks(of: lines) == lines.indices.map { $0..<$0 + 1 })
    }

    @Test func aLineThatRunsOnInLowerCaseIsJoined() {
        let lines = ["The Minister met delegates from the", "regional offices in Lyon.", "Next paragraph."]
        #expect(LineJoiner().blocks(of: lines) == [0..<2, 2..<3])
        // Not after a sentence end, a colon, a number, or into a bullet.
        #expect(LineJoiner().blocks(of: ["Contact:", "press@example.org"]) == [0..<1, 1..<2])
        #expect(LineJoiner().blocks(of: ["Tel. 613-555-0199", "ext. 42"]) == [0..<1, 1..<2])
        #expect(LineJoiner().blocks(of: ["The results", "- a bullet"]) == [0..<1, 1..<2])
    }

    @Test func hardWrappedParagraphsAreJoined() {
        let lines = [
            "INTERPOL and the United Nations Office on Drugs and Crime",
            "signed an agreement today on the exchange of information. The",
            "agreement covers data on stolen travel documents, Red Notices",
            "and firearms.",
            "Short heading",
            "Another paragraph starts here and it is wrapped at the same",
            "width as the first one, as e-mail programs do with text.",
        ]
        let joiner = LineJoiner(lines: lines)
        #expect(joiner.wrapWidth == 61)
        #expect(joiner.blocks(of: lines) == [0..<4, 4..<5, 5..<7])
    }
}
