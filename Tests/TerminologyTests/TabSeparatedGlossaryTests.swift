import Foundation
@testable import Terminology
import Testing
import TestSupport

@Suite struct TabSeparatedGlossaryTests {
    private func read(_ name: String) throws -> Glossary {
        try GlossaryFormat.read(contentsOf: SharedData.url("interop/glossary/\(name)"), languages: ("ja", "en"))
    }

    @Test(.requiresSharedData) func omegatTabFile() throws {
        let glossary = try read("omegat-test.tab")
        #expect(glossary.entries.count == 4)
        #expect(glossary.entries[2].terms(in: "ja").first?.text == "地球システム")
        #expect(glossary.entries[2].terms(in: "en").first?.text == "System Terre")
        #expect(glossary.entries[2].note == "https://fr.wikipedia.org/wiki/Science_du_syst%C3%A8me_Terre")
    }

    @Test(.requiresSharedData) func encodingsAsOmegaTReadsThem() throws {
        // UTF-16LE with BOM and CRLF.
        let utf16 = try read("omegat-utf16le.txt")
        #expect(utf16.entries.map { $0.terms(in: "ja").first?.text } == ["UTF", "LE"])
        #expect(utf16.entries.map(\.note) == ["Comment #1", "Comment #2"])
        // A magic comment, with and without a UTF-8 BOM, is a comment: no entry.
        #expect(try read("omegat-magiccomment.tab").entries.isEmpty)
        #expect(try read("omegat-magiccomment-bom.tab").entries.isEmpty)
        let project = try read("omegat-project-glossary.txt")
        #expect(project.entries.map { $0.terms(in: "en").first?.text } == ["紹介", "エラー"])
    }

    @Test func magicCommentSelectsTheEncoding() throws {
        var data = Data("# -*- coding: windows-1252 -*-\n".utf8)
        data.append(contentsOf: [0x63, 0x61, 0x66, 0xE9, 0x09, 0x63, 0x6F, 0x66, 0x66, 0x65, 0x65, 0x0A])  // café<TAB>coffee
        let glossary = try TabSeparatedGlossary.read(data, path: "cafe.tab", languages: ("fr", "en"))
        #expect(glossary.entries[0].terms(in: "fr").first?.text == "café")
    }

    @Test func invalidUTF8NamesTheLine() {
        var data = Data("bon\tgood\n".utf8)
        data.append(contentsOf: [0x63, 0x61, 0x66, 0xE9, 0x09, 0x63, 0x0A])
        let error = #expect(throws: GlossaryError.self) { try TabSeparatedGlossary.read(data, path: "x.tsv", languages: ("fr", "en")) }
        #expect(error?.line == 2)
        #expect(error?.message.contains("coding:") == true)
    }

    @Test(.requiresSharedData) func wordfastMemoryIsNotAGlossary() {
        let error = #expect(throws: GlossaryError.self) { try read("translate-toolkit-3.20-po2wordfast-tm.txt") }
        #expect(error?.message.contains("Wordfast") == true)
    }

    @Test func roundTripWithLanguagesStatusAndAHashTerm() throws {
        var glossary = Glossary(entries: [
            GlossaryEntry("#hashtag", language: "fr", "#hashtag", language: "en"),
            GlossaryEntry("notice rouge", language: "fr", "Red Notice", language: "en", status: .approved, note: "a\tb"),
            GlossaryEntry("casier", language: "fr", "locker", language: "en", status: .forbidden),
        ])
        glossary.entries[1].languages[1].terms.append(Term("red notice"))
        let (data, skipped) = TabSeparatedGlossary.write(glossary, from: "fr", to: "en")
        #expect(skipped == 0)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix(TabSeparatedGlossary.magicLine + "\n# fr\ten\tcomment\tstatus\n"))
        // Read with other default languages: the header wins.
        let again = try TabSeparatedGlossary.read(data, path: nil, languages: ("de", "it"))
        #expect(again.entries.count == 4)
        #expect(again.entries[0].terms(in: "fr").first?.text == "#hashtag")
        #expect(again.entries[1].note == "a b")
        #expect(again.entries[2].terms(in: "en").first?.text == "red notice")
        #expect(again.entries[3].status == .forbidden)
    }

    @Test func candidateListReadsAsCandidatesWithEvidence() throws {
        let candidate = TermCandidate(
            source: "notice rouge", target: "Red Notice", score: 0.9, frequency: 3, dice: 1, alignment: 0.8,
            examples: [AlignedUnit(id: "u1", source: "Une notice rouge.", target: "A Red Notice.")], isKnown: false, isKnownPair: false)
        let text = TermCandidate.tsv([candidate], from: "fr", to: "en")
        let glossary = try TabSeparatedGlossary.read(Data(text.utf8), path: nil, languages: ("xx", "yy"))
        #expect(glossary.entries.count == 1)
        #expect(glossary.entries[0].status == .candidate)
        #expect(glossary.entries[0].terms(in: "fr").first?.text == "notice rouge")
        #expect(glossary.entries[0].note?.contains("frequency 3") == true)
    }

    /// A candidate already in a glossary says so once in its note (`known`, not `known known`).
    @Test func aKnownCandidateSaysItOnce() throws {
        let candidate = TermCandidate(
            source: "notice rouge", target: "Red Notice", score: 0.9, frequency: 3, dice: 1, alignment: 0.8,
            examples: [AlignedUnit(id: "u1", source: "Une notice rouge.", target: "A Red Notice.")], isKnown: true, isKnownPair: true)
        let text = TermCandidate.tsv([candidate], from: "fr", to: "en")
        let note = try #require(try TabSeparatedGlossary.read(Data(text.utf8), path: nil, languages: ("xx", "yy")).entries.first?.note)
        #expect(note.hasSuffix("; known"))
        #expect(!note.contains("known known"))
    }
}
