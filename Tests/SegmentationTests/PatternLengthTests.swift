import Testing
@testable import Segmentation

struct PatternLengthTests {
    @Test func maximumLengths() {
        #expect(PatternLength.maximum(of: "\\b(?:Mr|Mrs)\\.") == 5)
        #expect(PatternLength.maximum(of: "a{2,4}(?=x+)") == 4)
        #expect(PatternLength.maximum(of: "a+") == nil)
        #expect(PatternLength.maximum(of: "(?i)ab") == 2)
        #expect(PatternLength.maximum(of: "(a") == nil)
    }
}
