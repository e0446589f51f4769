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
