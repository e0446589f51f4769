import Alignment
import Foundation
import Testing
import TestSupport
import TMX
@testable import BitextCommand

/// `bitext align -o`'s thin caller of ``AlignmentMemory``: release props and its error messages.
struct AlignmentMemoryCommandTests {
    static func release(languages: [String?] = ["en", "fr"]) -> AlignedRelease {
        var alignment = MultilingualAlignment(SentenceAlignment(beads: [
            Bead(source: 0..<1, target: 0..<1, confidence: 0.97), Bead(source: 1..<2, target: 1..<2, confidence: 0.9),
        ]))
        alignment.languages = languages
        return AlignedRelease(name: "notice", paths: ["notice.en.txt", "notice.fr.txt"], labels: ["notice.en.txt", "notice.fr.txt"],
                              sentences: [["14 May 2025", "The border reopened."], ["14 mai 2025", "La frontière a rouvert."]],
                              pairwise: [], alignment: alignment, warnings: [])
    }

    @Test func aCallerCanAddPropsToEachUnit() throws {
        let url = try SharedData.temporaryDirectory().appendingPathComponent("out/notice.tmx")
        let added = try AlignmentMemory().append([Self.release()], to: url) { release, unit in
            release.sentences[0][unit.sentences[0].lowerBound].first?.isNumber == true ? [TMXProperty(type: "x-boilerplate", value: "date")] : []
        }
        #expect(added == [2])
        let units = try TMXDocument.read(contentsOf: url).units
        #expect(units.map { $0.properties(ofType: "x-boilerplate") } == [["date"], []])
        #expect(units.map { $0.properties(ofType: "x-document") } == [["notice.en.txt | notice.fr.txt"], ["notice.en.txt | notice.fr.txt"]])
    }

    @Test func anUnknownLanguageSaysHowToGiveIt() throws {
        let url = try SharedData.temporaryDirectory().appendingPathComponent("notice.tmx")
        #expect {
            try AlignmentMemory().append([Self.release(languages: ["en", nil])], to: url)
        } throws: { error in
            "\(error)".contains("notice.en.txt | notice.fr.txt: the languages of the versions could not be recognised: give them with --langs")
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
