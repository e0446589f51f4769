import Foundation
import Testing
import TestSupport
@testable import Terminology

/// Glossary hits for a looked-up text, on glossaries written for these tests.
struct GlossaryLookupTests {
    static func folder() throws -> URL {
        let folder = try SharedData.temporaryDirectory().appendingPathComponent("glossaries")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Secrétaire général\tSecretary General\nplan commun\tjoint plan\n"
            .write(to: folder.appendingPathComponent("press.tsv"), atomically: true, encoding: .utf8)
        return folder
    }

    static func lookup(_ folder: URL, extra: [(name: String, url: URL)] = []) -> GlossaryLookup {
        GlossaryLookup(files: [("glossaries/press.tsv", folder.appendingPathComponent("press.tsv"))] + extra, languages: ("fr", "en"))
    }

    @Test func findsTermsAnywhereInTheText() throws {
        let lookup = Self.lookup(try Self.folder())
        let hits = lookup.hits(in: "La secrétaire générale a présenté les plans communs.", from: "fr", to: "en")
        #expect(hits.map(\.text) == ["secrétaire générale", "plans communs"])
        #expect(hits.map(\.term) == ["Secrétaire général", "plan commun"])
        #expect(hits.map(\.translations) == [["Secretary General"], ["joint plan"]])
        #expect(hits.allSatisfy { $0.approximate && $0.glossary == "glossaries/press.tsv" && $0.sourceLanguage == "fr" && $0.targetLanguage == "en" })
        // The whole phrase, as the page's search gives it, is an exact hit.
        #expect(lookup.hits(in: "Secrétaire général", from: "fr", to: "en").map(\.approximate) == [false])
        #expect(lookup.hits(in: "Le rapport annuel", from: "fr", to: "en").isEmpty)
    }

    @Test func renderingsGuideTheConcordanceAndLeaveForbiddenOnesOut() throws {
        let folder = try Self.folder()
        let tbx = folder.appendingPathComponent("terms.tbx")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader><fileDesc><sourceDesc><p>Written for the Bitext tests</p></sourceDesc></fileDesc></tbxHeader>
        <text><body>
        <conceptEntry id="c1">
          <langSec xml:lang="fr"><termSec><term>plan commun</term></termSec></langSec>
          <langSec xml:lang="en"><termSec><term>common plan</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
        </conceptEntry>
        </body></text></tbx>
        """.write(to: tbx, atomically: true, encoding: .utf8)
        let lookup = Self.lookup(folder, extra: [("terms.tbx", tbx)])
        #expect(lookup.problems.isEmpty)
        let hits = lookup.hits(in: "le plan commun", from: "fr", to: "en")
        #expect(hits.map(\.glossary) == ["glossaries/press.tsv", "terms.tbx"])
        #expect(hits.last?.forbidden == ["common plan"])
        #expect(lookup.renderings(of: "plan commun", from: "fr", to: "en") == ["joint plan"])
        #expect(lookup.renderings(of: "plan commun", from: "fr", to: nil).isEmpty)
    }

    /// `lookup "Ministre des Droits des femmes"` listed the entry for the phrase but not the glossary
    /// term inside it; `bitext terms suggest` lists both, the inner one marked (inside: …).
    @Test func aTermInsideALongerOneIsListedAfterItWithInside() throws {
        let folder = try Self.folder()
        try "Ministre des Droits des femmes\tMinister for Women’s Rights\nDroits des femmes\tWomen’s Rights\n"
            .write(to: folder.appendingPathComponent("press.tsv"), atomically: true, encoding: .utf8)
        let other = folder.appendingPathComponent("other.tsv")
        try "femmes\twomen\n".write(to: other, atomically: true, encoding: .utf8)
        let lookup = Self.lookup(folder)
        let hits = lookup.hits(in: "La Ministre des Droits des femmes a parlé.", from: "fr", to: "en")
        #expect(hits.map(\.text) == ["Ministre des Droits des femmes", "Droits des femmes"])
        #expect(hits.map(\.inside) == [nil, "Ministre des Droits des femmes"])
        #expect(hits.map(\.translations) == [["Minister for Women’s Rights"], ["Women’s Rights"]])
        // Alone, the inner term is a hit of its own.
        #expect(lookup.hits(in: "les Droits des femmes", from: "fr", to: "en").map(\.inside) == [nil])
        // A term of another glossary inside it names the longest term holding it.
        let both = Self.lookup(folder, extra: [("other.tsv", other)]).hits(in: "Ministre des Droits des femmes", from: "fr", to: "en")
        #expect(both.map(\.text) == ["Ministre des Droits des femmes", "Droits des femmes", "femmes"])
        #expect(both.map(\.inside) == [nil, "Ministre des Droits des femmes", "Ministre des Droits des femmes"])
        // The concordance is guided by the longer term's rendering only, as before.
        #expect(lookup.renderings(of: "Ministre des Droits des femmes", from: "fr", to: "en") == ["Minister for Women’s Rights"])
    }

    @Test func preparedMatchersAreKeptApartByLanguagePair() throws {
        // The matchers of a pair are prepared once and reused; the other direction gets its own.
        let lookup = Self.lookup(try Self.folder())
        let copy = lookup
        #expect(lookup.hits(in: "le plan commun", from: "fr", to: "en").map(\.translations) == [["joint plan"]])
        #expect(copy.hits(in: "the joint plans", from: "en", to: "fr").map(\.translations) == [["plan commun"]])
        #expect(copy.hits(in: "le plan commun", from: "fr", to: "en").map(\.term) == ["plan commun"])
        #expect(lookup.hits(in: "the joint plan", from: "en", to: "fr").map(\.term) == ["joint plan"])
        #expect(lookup.hits(in: "le plan commun", from: "en", to: "fr").isEmpty)
    }

    @Test func anUnreadableGlossaryIsAProblemAndTheOthersAreUsed() throws {
        let folder = try Self.folder()
        let lookup = Self.lookup(folder, extra: [("missing.tbx", folder.appendingPathComponent("missing.tbx"))])
        #expect(lookup.problems.map(\.name) == ["missing.tbx"])
        #expect(!lookup.isEmpty)
        #expect(lookup.hits(in: "plan commun", from: "fr", to: "en").count == 1)
        #expect(GlossaryLookup(glossaries: []).isEmpty)
    }
}
