import Foundation
import Terminology
import Testing
import TestSupport

@Suite struct CSVGlossaryTests {
    private func read(_ name: String, folder: String = "interop/glossary") throws -> Glossary {
        try GlossaryFormat.read(contentsOf: SharedData.url("\(folder)/\(name)"), languages: ("en", "fr"))
    }

    @Test(.requiresSharedData) func mateCatMultilingualGlossary() throws {
        let glossary = try read("matecat-multilang-glossary.csv")
        #expect(glossary.languages == ["en-GB", "es-ES", "it-IT"])
        let driver = try #require(glossary.entries.first { $0.terms(in: "en").first?.text == "Driver" })
        #expect(driver.terms(in: "es").first?.text == "Conductor partner")
        #expect(driver.terms(in: "en").first?.note == "Generally, we refer to drivers using the Uber platform as \"driver-partners\".")
        #expect(driver.properties.contains { $0.type == "subjectField" && $0.value == "Uber" })
    }

    @Test(.requiresSharedData) func mateCatSmallFiles() throws {
        let minimal = try read("matecat-minimal-valid.csv")
        #expect(minimal.entries.count == 3)
        #expect(minimal.entries[0].terms(in: "it").first?.text == "casa")
        #expect(minimal.entries[0].terms(in: "it").first?.note == "This is a note")
        let mixed = try read("matecat-mixed-valid.csv")
        #expect(mixed.entries.map { $0.terms(in: "es-ES").first?.text } == ["Contactar", "Comer"])
    }

    @Test(.requiresSharedData, arguments: [
        ("matecat-invalid-header.csv", "the header row is empty"),
        ("matecat-invalid-language.csv", "\"valid\", is neither a language code"),
        ("matecat-invalid-target-lang.csv", "\"INVALID_TARGET_LANG\", is neither a language code"),
    ])
    func invalidHeadersAreRejected(name: String, message: String) {
        let error = #expect(throws: GlossaryError.self) { try read(name) }
        #expect(error?.line == 1)
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }

    @Test(.requiresSharedData) func omegatCSVWithoutHeaderAndQuoting() throws {
        let glossary = try read("omegat-test.csv")
        let sources = glossary.entries.compactMap { $0.terms(in: "en").first?.text }
        #expect(sources.prefix(5) == ["kde", "question", "kde; question", "kde, qu", "\"kde\",\"q\""])
    }

    @Test(.requiresSharedData) func translateToolkitInputWithSourceTargetHeader() throws {
        let glossary = try read("ttk-csv2tbx-input.csv", folder: "interop/tbx")
        #expect(glossary.entries.map { $0.terms(in: "fr").first?.text } == ["fichier", "Ouvrir, puis enregistrer", "dire « salut »"])
        #expect(glossary.entries[0].note == "noun")
    }

    @Test func roundTripKeepsSynonymsAsOneEntry() throws {
        var entry = GlossaryEntry("traite des personnes", language: "fr", "trafficking in persons", language: "en", status: .approved, note: "UN, \"Palermo\"")
        entry.languages[1].terms.append(Term("human trafficking"))
        let glossary = Glossary(entries: [entry, GlossaryEntry("notice rouge", language: "fr", "Red Notice", language: "en")])
        let data = CSVGlossary.write(glossary, languages: ["fr", "en"])
        let again = try CSVGlossary.read(data, path: nil, languages: ("xx", "yy"))
        #expect(again.entries.count == 2)
        #expect(again.entries[0].terms(in: "en").map(\.text) == ["trafficking in persons", "human trafficking"])
        #expect(again.entries[0].note == "UN, \"Palermo\"")
        #expect(again.entries[0].status == .approved)
    }

    @Test func quotedLineBreakAndUnclosedQuote() throws {
        let glossary = try CSVGlossary.read(Data("fr,en\n\"a\nb\",c\n".utf8), path: nil, languages: ("x", "y"))
        #expect(glossary.entries[0].terms(in: "fr").first?.text == "a\nb")
        let error = #expect(throws: GlossaryError.self) {
            try CSVGlossary.read(Data("fr,en\nx,\"y\n".utf8), path: "q.csv", languages: ("x", "y"))
        }
        #expect(error?.line == 2)
    }
}
