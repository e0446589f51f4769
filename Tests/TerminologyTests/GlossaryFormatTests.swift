import Foundation
import Terminology
import Testing
import TestSupport

/// Writing glossaries back: a rewrite loses no language.
@Suite struct GlossaryFormatTests {
    /// MateCat's table has English, Spanish and Italian columns; accepting an English–French pair into
    /// it used to rewrite it with the English and French columns only, silently dropping the Spanish
    /// and Italian terms of every entry.
    @Test(.requiresSharedData) func acceptingIntoAMultilingualTableKeepsItsOtherLanguages() throws {
        let folder = try SharedData.temporaryDirectory()
        let url = folder.appendingPathComponent("multilang.csv")
        try FileManager.default.copyItem(at: SharedData.url("interop/glossary/matecat-multilang-glossary.csv"), to: url)
        let before = try GlossaryFormat.read(contentsOf: url, languages: ("en", "fr"))
        let spanish = before.entries.flatMap { $0.terms(in: "es") }.map(\.text)
        let italian = before.entries.flatMap { $0.terms(in: "it") }.map(\.text)
        #expect(!spanish.isEmpty && !italian.isEmpty)

        let acceptance = try Glossary.accept(source: "Driver", target: "Chauffeur", from: "en", to: "fr", into: url)
        #expect(acceptance.merged)
        #expect(acceptance.skipped == 0)

        let after = try GlossaryFormat.read(contentsOf: url, languages: ("en", "fr"))
        #expect(after.entries.count == before.entries.count)
        #expect(after.entries.flatMap { $0.terms(in: "es") }.map(\.text) == spanish)
        #expect(after.entries.flatMap { $0.terms(in: "it") }.map(\.text) == italian)
        let driver = try #require(after.entries.first { $0.terms(in: "en").first?.text == "Driver" })
        #expect(driver.terms(in: "fr").map(\.text) == ["Chauffeur"])
    }

    /// An export to CSV with `--from`/`--to` puts those two columns first and keeps the others.
    @Test func csvColumnsAreTheLanguagesAskedForThenTheOthers() throws {
        let folder = try SharedData.temporaryDirectory()
        let url = folder.appendingPathComponent("out.csv")
        var glossary = Glossary(title: "test", language: "fr")
        glossary.entries = [GlossaryEntry("notice rouge", language: "fr", "Red Notice", language: "en")]
        glossary.entries[0].languages.append(LanguageSection(language: "es", terms: [Term("notificación roja")]))
        #expect(try GlossaryFormat.csv.write(glossary, to: url, languages: ["en", "es"]) == 0)
        let header = try String(contentsOf: url, encoding: .utf8).split(separator: "\r\n").first
        #expect(header == "ID,en,es,fr,Status,Note,Source")
    }

    /// MateCat's per-language notes and examples and its Domain, Subdomain and Definition columns
    /// survive a rewrite (the writer used to write languages, status, note and source only).
    @Test(.requiresSharedData) func aRewrittenMateCatTableKeepsNotesExamplesAndDescriptions() throws {
        let original = try GlossaryFormat.read(contentsOf: SharedData.url("interop/glossary/matecat-multilang-glossary.csv"), languages: ("en", "es"))
        let url = try SharedData.temporaryDirectory().appendingPathComponent("rewritten.csv")
        try GlossaryFormat.csv.write(original, to: url, languages: ["en-GB", "es-ES"])
        let rewritten = try GlossaryFormat.read(contentsOf: url, languages: ("en", "es"))
        #expect(rewritten.entries.count == original.entries.count)
        for (before, after) in zip(original.entries, rewritten.entries) {
            #expect(after.languages.map(\.language) == before.languages.map(\.language))
            #expect(after.languages.map { $0.terms.map(\.text) } == before.languages.map { $0.terms.map(\.text) })
            #expect(after.languages.map { $0.terms.map(\.note) } == before.languages.map { $0.terms.map(\.note) })
            #expect(after.languages.map(\.properties) == before.languages.map(\.properties))
            #expect(Set(after.properties.map { "\($0.type)=\($0.value)" }) == Set(before.properties.map { "\($0.type)=\($0.value)" }))
            #expect(after.status == before.status)
        }
        #expect(original.entries.contains { !$0.properties.isEmpty })
        #expect(original.entries.contains { $0.languages.contains { $0.terms.contains { $0.note != nil } } })
    }
}
