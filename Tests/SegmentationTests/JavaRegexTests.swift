import Foundation
import Testing
import TestSupport
@testable import Segmentation

struct JavaRegexTests {
    private func matches(_ javaPattern: String, _ subject: String) throws -> Bool {
        let regex = try NSRegularExpression(pattern: JavaRegex.translate(javaPattern))
        return regex.firstMatch(in: subject, range: NSRange(subject.startIndex..., in: subject)) != nil
    }

    /// Every row of the shared Java-vs-ICU check gives Java's answer after translation
    /// (except full case folding under `(?i)`, which ICU cannot turn off).
    @Test(.requiresSharedData) func semanticsCheckGivesJavaAnswers() throws {
        let table = try String(contentsOf: SharedData.url("interop/srx/REGEX-SEMANTICS-CHECK.tsv"), encoding: .utf8)
        var checked = 0
        for line in table.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3, fields[0] != "(?i)straße" else { continue }
            let subject = String(String.UnicodeScalarView(fields[1].split(separator: " ").compactMap {
                UInt32($0.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            }))
            let expected = fields[2] == "match"
            #expect(try matches(fields[0], subject) == expected, "\(fields[0]) on \(fields[1])")
            checked += 1
        }
        #expect(checked >= 15)
    }

    @Test func asciiClassesLikeJava() throws {
        #expect(try !matches("\\s", "\u{A0}"))
        #expect(try matches("\\s", "\t"))
        #expect(try !matches("^\\w+$", "é"))
        #expect(try matches("[^\\s]", "\u{A0}"))
        #expect(try !matches("[\\S]", " "))
        #expect(try !matches("\\d", "\u{663}"))
        #expect(try !matches("\\p{Lower}", "é"))
        #expect(try matches("[\\p{Upper}x]", "Q"))
    }

    @Test func javaOnlySyntaxCompiles() throws {
        #expect(try matches("(?<=[XVI]+)\\.", "XIV."))
        #expect(try matches("<0}", "<0}"))
        #expect(try matches("\\Q\\s.\\E", "\\s."))
        #expect(try matches("a++b", "aab"))
        #expect(JavaRegex.translate("x{2,}") == "x{2,}")
    }

    @Test func anchorsMeanTheEndsOfTheText() throws {
        #expect(try matches("^A", "A."))
        #expect(try !matches("^A", "BA"))
        #expect(try matches("A$", "BA"))
    }
}
