import Foundation
import Terminology
import Testing
import TestSupport

@Suite struct TBXReaderTests {
    /// Every TBX of the shared corpus either reads with entries or fails with a placed message.
    @Test(.requiresSharedData, arguments: SharedData.files(in: "interop/tbx", suffix: ".tbx"))
    func sharedFileReadsOrFailsClearly(url: URL) throws {
        let name = url.lastPathComponent
        if name.contains("NEGATIVE") {
            let error = #expect(throws: GlossaryError.self) { try TBXReader.read(contentsOf: url) }
            #expect(error?.path == url.path)
            #expect(error?.line ?? 0 > 0)
        } else {
            let glossary = try TBXReader.read(contentsOf: url)
            #expect(!glossary.entries.isEmpty, "\(name)")
            #expect(glossary.entries.allSatisfy { entry in entry.languages.allSatisfy { !$0.terms.isEmpty || !$0.properties.isEmpty } || entry.languages.isEmpty })
        }
    }

    @Test(.requiresSharedData) func poorlyFormedFileNamesTheLine() throws {
        let error = #expect(throws: GlossaryError.self) {
            try TBXReader.read(contentsOf: SharedData.url("interop/tbx/ltac-v3-NEGATIVE-poorly_formed.tbx"))
        }
        #expect(error?.line == 42)
        #expect(error?.message.contains("mismatch") == true)
    }

    @Test(.requiresSharedData) func zeroByteFileIsAnError() throws {
        let error = #expect(throws: GlossaryError.self) {
            try TBXReader.read(contentsOf: SharedData.url("interop/tbx/heartsome-NEGATIVE-zero-bytes.tbx"))
        }
        #expect(error?.message == "the file is empty")
    }

    /// The DCA and DCT styles of the same TBX-Basic example read into the same terms and statuses.
    @Test(.requiresSharedData) func dcaAndDctGiveTheSameModel() throws {
        let dca = try TBXReader.read(contentsOf: SharedData.url("interop/tbx/ltac-v3-basic-astronomy-DCA.tbx"))
        let dct = try TBXReader.read(contentsOf: SharedData.url("interop/tbx/ltac-v3-basic-astronomy-DCT.tbx"))
        #expect(dca.entries.count == 45)
        #expect(dca.entries.count == dct.entries.count)
        for (left, right) in zip(dca.entries, dct.entries) {
            #expect(left.languages.map(\.language) == right.languages.map(\.language))
            #expect(left.languages.flatMap(\.terms).map(\.text) == right.languages.flatMap(\.terms).map(\.text))
            #expect(left.languages.flatMap(\.terms).map(\.status) == right.languages.flatMap(\.terms).map(\.status))
        }
        let first = try #require(dca.entries.first)
        #expect(first.terms(in: "en").map(\.text) == ["open cluster", "galactic cluster"])
        #expect(first.terms(in: "en").last?.status == .forbidden)
        // Part of speech and definitions are kept as properties for writing back.
        #expect(first.terms(in: "en")[0].properties.contains { $0.element == "termNote" && $0.type == "partOfSpeech" && $0.value == "noun" })
        #expect(dct.entries[0].terms(in: "en")[0].properties.contains { $0.element == "termNote" && $0.type == "partOfSpeech" && $0.value == "noun" })
        #expect(first.languages[0].properties.contains { $0.type == "definition" })
    }

    @Test(.requiresSharedData) func windows1254IsDecodedThroughLibxml2() throws {
        let glossary = try TBXReader.read(contentsOf: SharedData.url("interop/tbx/okapi-tbx2-NONUTF-windows1254.tbx"))
        #expect(glossary.entries[0].terms(in: "en").map(\.text) == ["term with: éá and İı"])
        #expect(glossary.entries[0].terms(in: "tr").map(\.text) == ["tr term with: éá and İı"])
    }

    @Test(.requiresSharedData) func microsoftNtigAndTermWebStatuses() throws {
        let microsoft = try TBXReader.read(contentsOf: SharedData.url("interop/tbx/microsoft-terminology-excerpt.tbx"))
        #expect(microsoft.entries.count == 2)
        #expect(microsoft.entries[0].id == "3344_38882_38896")
        #expect(!microsoft.entries[0].terms(in: "zh-Hant").isEmpty)
        #expect(!microsoft.entries[0].terms(in: "en").isEmpty)

        let termweb = try TBXReader.read(contentsOf: SharedData.url("interop/tbx/termweb-suse-en-only.tbx"))
        let statuses = Set(termweb.entries.flatMap { $0.languages.flatMap(\.terms) }.compactMap(\.status))
        #expect(statuses == [.approved, .candidate, .forbidden])
        // Lower-case `en-us` matches `en` and `EN-US`.
        #expect(!termweb.entries[0].terms(in: "EN").isEmpty)
    }

    @Test(.requiresSharedData) func ibmTermsInBothLanguages() throws {
        let ibm = try TBXReader.read(contentsOf: SharedData.url("interop/tbx/okapi-tbx2-ibm.tbx"))
        let entry = try #require(ibm.entries.first { $0.terms(in: "fr").first?.text == "historique de navigation" })
        #expect(entry.terms(in: "en").map(\.text) == ["navigation trail", "branch"])
    }

    @Test(.requiresSharedData) func unkeptElementsAreReportedOncePerName() throws {
        let medtronic = try TBXReader.read(contentsOf: SharedData.url("interop/tbx/okapi-tbx2-medtronic.tbx"))
        let transactions = medtronic.warnings.filter { $0.message.hasPrefix("<transacGrp> is not kept") }
        #expect(transactions.count == 1)
        #expect(transactions.first?.line ?? 0 > 0)
    }

    @Test(.requiresSharedData) func twoTermsInOneTermSecAreReported() throws {
        let glossary = try TBXReader.read(contentsOf: SharedData.url("interop/tbx/ltac-v3-core_bad.tbx"))
        #expect(glossary.warnings.contains { $0.message.contains("only the first is kept") })
    }

    /// A DOCTYPE pointing to the network and an external entity: nothing is fetched, nothing expanded.
    @Test func networkDoctypeIsNeverFetched() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE martif SYSTEM "http://tbx.example.invalid/TBXcoreStructV02.dtd" [
              <!ENTITY remote SYSTEM "http://tbx.example.invalid/secret.txt">
            ]>
            <martif type="TBX" xml:lang="fr"><martifHeader><fileDesc><sourceDesc><p>Test</p></sourceDesc></fileDesc></martifHeader>
            <text><body><termEntry id="e1">
              <langSet xml:lang="fr"><tig><term>fiche rouge &remote;</term></tig></langSet>
              <langSet xml:lang="en"><tig><term>red card</term></tig></langSet>
            </termEntry></body></text></martif>
            """
        let started = Date()
        let glossary = try TBXReader.read(Data(xml.utf8), path: "network.tbx")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(glossary.entries[0].terms(in: "fr").map(\.text) == ["fiche rouge"])
        #expect(glossary.entries[0].terms(in: "en").map(\.text) == ["red card"])
    }

    @Test func otherRootIsRejected() {
        let error = #expect(throws: GlossaryError.self) {
            try TBXReader.read(Data("<tmx version=\"1.4\"><body/></tmx>".utf8), path: "memory.tbx")
        }
        #expect(error?.description == "memory.tbx:1: the root element is <tmx>, not <martif> (TBX v2) or <tbx> (TBX v3)")
    }

    @Test func languageSectionWithoutLanguageIsAnError() {
        let xml = "<tbx><text><body><conceptEntry id=\"a\">\n<langSec><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>"
        let error = #expect(throws: GlossaryError.self) { try TBXReader.read(Data(xml.utf8), path: "x.tbx") }
        #expect(error?.line == 2)
    }
}
