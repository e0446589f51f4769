import Alignment
import Foundation
import Testing
import TestSupport
import TMX
@testable import BitextCommand

/// `bitext align -o`'s thin caller of ``AlignmentMemory``: its error message names the flag to use.
struct AlignmentMemoryCommandTests {
    static func release(languages: [String?] = ["en", "fr"]) -> AlignedRelease {
        var alignment = MultilingualAlignment(SentenceAlignment(beads: [
            Bead(source: 0..<1, target: 0..<1, confidence: 0.97), Bead(source: 1..<2, target: 1..<2, confidence: 0.9),
        ]))
        alignment.languages = languages
        return AlignedRelease(name: "notice", paths: ["notice.en.txt", "notice.fr.txt"], labels: ["notice.en.txt", "notice.fr.txt"],
                              sentences: [["14 May 2025", "The border reopened."], ["14 mai 2025", "La frontière a rouvert."]],
                              boilerplate: [[true, false], [true, false]], pairwise: [], alignment: alignment, warnings: [])
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
