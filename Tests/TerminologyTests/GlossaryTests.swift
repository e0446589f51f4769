import Foundation
import Terminology
import Testing

@Suite struct GlossaryTests {
    @Test func addMergesOnTheSourceTermAndRemoveFoldsCaseAndAccents() {
        var glossary = Glossary()
        let added = glossary.add(GlossaryEntry("Secrétariat général", language: "fr", "General Secretariat", language: "en"), mergingOn: "fr")
        let merged = glossary.add(GlossaryEntry("secretariat  GENERAL", language: "fr", "Secretariat General", language: "en", status: .candidate), mergingOn: "fr")
        #expect(!added)
        #expect(merged)
        #expect(glossary.entries.count == 1)
        #expect(glossary.entries[0].terms(in: "en").map(\.text) == ["General Secretariat", "Secretariat General"])
        #expect(glossary.entries[0].status == .candidate)
        let removed = glossary.remove(term: "SECRETARIAT GÉNÉRAL", language: "fr")
        #expect(removed == 1)
        #expect(glossary.entries.isEmpty)
    }

    @Test func duplicatesAndConflictsAreReported() {
        let glossary = Glossary(entries: [
            GlossaryEntry("notice rouge", language: "fr", "Red Notice", language: "en"),
            GlossaryEntry("Notice rouge", language: "fr", "red notice", language: "en"),
            GlossaryEntry("notice rouge", language: "fr", "red alert", language: "en"),
            GlossaryEntry("notice rouge", language: "fr", "red flag", language: "en", status: .forbidden),
        ])
        let problems = glossary.problems(from: "fr", to: "en").map(\.message)
        #expect(problems.count == 2)
        #expect(problems[0] == "entry 2 repeats entry 1: \"Notice rouge\" → \"red notice\"")
        #expect(problems[1].hasPrefix("conflict: \"notice rouge\" is translated \"red alert\" in entry 3"))
    }

    @Test func languagesCompareWithoutCaseOrRegion() {
        let entry = GlossaryEntry(languages: [
            LanguageSection(language: "EN_us", terms: [Term("color")]),
            LanguageSection(language: "fr-CA", terms: [Term("couleur")]),
        ])
        #expect(entry.terms(in: "en").map(\.text) == ["color"])
        #expect(entry.terms(in: "en-US").map(\.text) == ["color"])
        #expect(entry.terms(in: "fr-FR").isEmpty)
    }

    @Test func statusesFromRealExporters() {
        #expect(TermStatus(administrativeStatus: "preferredTerm-admn-sts") == .approved)
        #expect(TermStatus(administrativeStatus: "preferred") == .approved)
        #expect(TermStatus(administrativeStatus: "admittedTerm-admn-sts") == .candidate)
        #expect(TermStatus(administrativeStatus: "notRecommended") == .forbidden)
        #expect(TermStatus(administrativeStatus: "supersededTerm-admn-sts") == .forbidden)
        #expect(TermStatus(administrativeStatus: "Not Selected") == nil)
    }
}

@Suite struct GlossaryAcceptTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-accept-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func acceptCreatesThenMergesInTheFilesOwnFormat() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["terms.tbx", "terms.tsv", "terms.csv"] {
            let url = folder.appendingPathComponent(name)
            let first = try Glossary.accept(source: " notice rouge ", target: "Red Notice", from: "fr", to: "en", origin: "PR028#3", into: url)
            #expect(!first.merged)
            // An edited candidate, forbidden: a synonym of the same entry with its own status.
            let second = try Glossary.accept(source: "Notice Rouge", target: "red notice alert", from: "fr", to: "en",
                                             status: .forbidden, note: "not used by INTERPOL", into: url)
            #expect(second.merged)
            let glossary = try GlossaryFormat.read(contentsOf: url, languages: ("fr", "en"))
            #expect(glossary.entries.allSatisfy { $0.terms(in: "fr").map(\.text) == ["notice rouge"] }, "\(name)")
            let targets = glossary.entries.flatMap { $0.terms(in: "en").map(\.text) }
            #expect(Set(targets) == ["Red Notice", "red notice alert"], "\(name)")
            if name == "terms.tbx" {
                // TBX keeps one entry, with the status on the forbidden rendering only.
                #expect(glossary.entries.count == 1)
                let entry = try #require(glossary.entries.first)
                #expect(entry.terms(in: "en").map { entry.status(of: $0) } == [.approved, .forbidden])
                #expect(entry.source == "PR028#3")
            }
        }
        // Written atomically: no temporary file left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["terms.csv", "terms.tbx", "terms.tsv"])
    }

    @Test func acceptRejectsEmptyTermsAndUnknownFormats() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: GlossaryError.self) {
            try Glossary.accept(source: "x", target: "y", from: "fr", to: "en", into: folder.appendingPathComponent("terms.docx"))
        }
        #expect(throws: GlossaryError.self) {
            try Glossary.accept(source: "  ", target: "y", from: "fr", to: "en", into: folder.appendingPathComponent("terms.tbx"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
