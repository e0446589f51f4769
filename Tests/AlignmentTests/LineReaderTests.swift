import Foundation
import Testing
@testable import Alignment

struct LineReaderTests {
    /// Foundation's reading, which `LineReader` must match string for string.
    private func foundationLines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    @Test func linesAreTrimmedAsFoundationTrimsThem() {
        let texts = [
            "", "\n", "one\n", "one", "Der Rat tagte. \nLe Conseil a siégé. \n",
            "  leading and trailing\t \n\nafter a blank\n", "   ", "last line without newline   ",
            "Über den Gipfel \n« Au sommet » \nà midi\u{00A0}\n\u{2003}Em space\u{2003}\n",
            "control\u{0001}\nnon-breaking\u{00A0}end\n", "e\u{0301} \n \u{0301}mark\n",
            "windows\r\nlines\r\n", "\n\nblank first\n",
        ]
        for text in texts {
            #expect(LineReader.trimmedLines(text) == foundationLines(text), "\(text.debugDescription)")
        }
    }

    @Test func theLastEmptyLineIsDroppedOnlyAfterAFinalLineFeed() {
        #expect(LineReader.trimmedLines("a\n") == ["a"])
        #expect(LineReader.trimmedLines("a\n  ") == ["a", ""])
        #expect(LineReader.trimmedLines("a\n\n") == ["a", ""])
    }
}
