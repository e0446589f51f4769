import Testing
@testable import Segmentation

struct PatternSuffixTests {
    @Test func lastAndFirstUnits() {
        #expect(PatternSuffix.lastUnits(of: "\\b(?:Mr|Dr)\\.") == [0x2E])
        #expect(PatternSuffix.lastUnits(of: "[.!?]+") == [0x2E, 0x21, 0x3F])
        #expect(PatternSuffix.lastUnits(of: "[.!?]*") == nil)
        #expect(PatternSuffix.lastUnits(of: "a|b") == nil)
        #expect(PatternSuffix.lastUnits(of: "x\\p{Lu}") == nil)
        #expect(PatternSuffix.firstUnits(of: JavaRegex.translate("\\s+\\p{Lu}"))?.contains(0x20) == true)
        #expect(PatternSuffix.firstUnits(of: "\\s?x") == nil)
        #expect(PatternSuffix.isSingleCharacter("[\\n\\r]"))
        #expect(!PatternSuffix.isSingleCharacter("[a]b"))
    }
}
