import Foundation
import Testing
import TMX
@testable import Alignment

/// Aligned releases into TMX units and an appended memory, on a hand-made English-French release.
struct AlignmentMemoryTests {
    static let english = ["The ministers met in Lyon.", "They signed the agreement.", "It enters into force in May.", "Contact: press office."]
    static let french = ["Les ministres se sont réunis à Lyon.", "Ils ont signé l'accord, qui entre en vigueur en mai.", "Fin."]

    /// 1-1 (0.98), 2-1 (0.61), 1-0 (0.40), 0-1 (0.30).
    static func release(document: String = "harbour.en.txt | harbour.fr.txt", languages: [String?] = ["en", "fr"],
                        extraProperties: (@Sendable (MultilingualAlignment.Unit) -> [TMXProperty])? = nil) -> AlignmentMemory.Release {
        let beads = [Bead(source: 0..<1, target: 0..<1, confidence: 0.98), Bead(source: 1..<3, target: 1..<2, confidence: 0.61),
                     Bead(source: 3..<4, target: 2..<2, confidence: 0.4), Bead(source: 4..<4, target: 2..<3, confidence: 0.3)]
        var alignment = MultilingualAlignment(SentenceAlignment(beads: beads))
        alignment.languages = languages
        return AlignmentMemory.Release(document: document, sentences: [english, french], alignment: alignment,
                                       extraProperties: extraProperties)
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-alignment-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func everyAlignedUnitBecomesATranslationUnitWithItsProps() throws {
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        let units = try AlignmentMemory(date: date).units(of: Self.release())
        #expect(units.count == 2) // the 1-0 and 0-1 units are left out by default
        #expect(units[1].variant(for: "en")?.plainText == "They signed the agreement. It enters into force in May.")
        #expect(units[1].variant(for: "fr")?.plainText == "Ils ont signé l'accord, qui entre en vigueur en mai.")
        #expect(units[1].variants.map(\.language) == ["en", "fr"])
        #expect(units[1].sourceLanguage == "en")
        #expect(units[1].properties(ofType: "x-document") == ["harbour.en.txt | harbour.fr.txt"])
        #expect(units[1].properties(ofType: "x-score") == ["0.610"])
        #expect(units[1].properties(ofType: "x-bead") == ["2-1"])
        #expect(units[0].attributes.creationDate == date)
        #expect(units[0].attributes.creationTool == "bitext")
    }

    @Test func minimumConfidenceAndUnalignedSentences() throws {
        let strict = try AlignmentMemory(minConfidence: 0.9).units(of: Self.release())
        #expect(strict.map { $0.properties(ofType: "x-bead") } == [["1-1"]])
        // Sentences without counterpart are kept as one-variant units whatever their confidence.
        let all = try AlignmentMemory(minConfidence: 0.9, keepUnaligned: true).units(of: Self.release())
        #expect(all.map { $0.properties(ofType: "x-bead") } == [["1-1"], ["1-0"], ["0-1"]])
        #expect(all[1].variants.map(\.language) == ["en"])
        #expect(all[2].variants.map(\.plainText) == ["Fin."])
        #expect(all[2].sourceLanguage == "en")
    }

    @Test func aReleaseAddsItsOwnPropsAfterTheStandardOnes() throws {
        let release = Self.release { unit in
            unit.sentences[0].contains(3) ? [TMXProperty(type: "x-boilerplate", value: "yes")] : []
        }
        let units = try AlignmentMemory(keepUnaligned: true).units(of: release)
        #expect(units.map { $0.properties.map(\.type) } == [
            ["x-document", "x-score", "x-bead"], ["x-document", "x-score", "x-bead"],
            ["x-document", "x-score", "x-bead", "x-boilerplate"], ["x-document", "x-score", "x-bead"],
        ])
    }

    @Test func anUnknownLanguageIsRefused() {
        #expect {
            try AlignmentMemory().units(of: Self.release(languages: ["en", nil]))
        } throws: { error in
            let error = error as? AlignmentMemory.Error
            return error?.kind == .unknownLanguage && error?.description.hasPrefix("harbour.en.txt | harbour.fr.txt: ") == true
        }
    }

    @Test func appendingCreatesTheMemoryAndNeverDuplicatesAUnit() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("new/archive.tmx")
        let memory = AlignmentMemory(keepUnaligned: true)
        #expect(try memory.append([Self.release()], to: url) == [4])
        // The same texts again (under another document name and date) add nothing; a second release
        // in the same call is deduplicated against the first one too.
        let again = AlignmentMemory(keepUnaligned: true, date: Date(timeIntervalSince1970: 0))
        #expect(try again.append([Self.release(document: "copy"), Self.release(document: "copy 2")], to: url) == [0, 0])
        let document = try TMXDocument.read(contentsOf: url)
        #expect(document.units.count == 4)
        #expect(document.header.sourceLanguage == "en")
        #expect(document.units.allSatisfy { $0.properties(ofType: "x-document") == ["harbour.en.txt | harbour.fr.txt"] })
    }

    /// A memory written by another tool: its header, its units (and their order, props and notes)
    /// are kept; only units it lacks are added; variant order and props do not make a unit new.
    @Test func appendingKeepsTheExistingMemoryAsItIs() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("archive.tmx")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="Other" creationtoolversion="2" segtype="sentence" o-tmf="x" adminlang="en" srclang="fr" datatype="plaintext"/>
        <body>
        <tu tuid="7"><note>checked</note><tuv xml:lang="fr"><seg>Les ministres se sont réunis à <b>Lyon</b>.</seg></tuv><tuv xml:lang="EN"><seg>The ministers met in Lyon.</seg></tuv></tu>
        <tu tuid="8"><seg>stray</seg><tuv xml:lang="en"><seg>Unrelated.</seg></tuv><tuv xml:lang="fr"><seg>Sans rapport.</seg></tuv></tu>
        </body></tmx>
        """.write(to: url, atomically: true, encoding: .utf8)
        // An element TMX has no place for cannot be copied: it is left out with a warning placed in
        // the memory as it was.
        var warnings: [String] = []
        #expect(try AlignmentMemory().append([Self.release()], to: url) { warnings.append($0) } == [1])
        #expect(warnings == ["\(url.path):5:14: <seg> inside <tu> is not TMX: left out"])
        let document = try TMXDocument.read(contentsOf: url)
        #expect(document.header.creationTool == "Other")
        #expect(document.header.sourceLanguage == "fr")
        #expect(document.units.map(\.id) == ["7", "8", nil])
        #expect(document.units[0].notes.map(\.text) == ["checked"])
        #expect(document.units[0].variant(for: "fr")?.segment.content.count == 3) // the markup is copied
        #expect(document.units[2].properties(ofType: "x-bead") == ["2-1"])
    }

    @Test func aMemoryThatCannotBeReadIsLeftAsItWas() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("broken.tmx")
        let broken = "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>Cut</seg></tuv></tu>\n<tu><tuv"
        try broken.write(to: url, atomically: true, encoding: .utf8)
        #expect {
            try AlignmentMemory().append([Self.release()], to: url)
        } throws: { error in
            let error = error as? AlignmentMemory.Error
            return error?.kind == .unreadableMemory && error?.description.hasPrefix("\(url.path): cannot append to this memory: ") == true
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == broken)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["broken.tmx"]) // no temporary file left
    }
}
