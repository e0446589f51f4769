import Foundation
import TMX
import TestSupport
import Testing

@Suite struct TMXReaderTests {
    static let wellFormedFiles: [URL] = SharedData.files(in: "interop/tmx", suffix: ".tmx")
        .filter { !$0.lastPathComponent.contains("NEGATIVE") }
        + SharedData.files(in: "interop/tmx/edge-derived", suffix: ".tmx")

    /// Every well-formed corpus file reads, and the unit count matches INVENTORY.tsv.
    @Test(.requiresSharedData) func readsEveryCorpusFileWithTheInventoryCounts() throws {
        let inventory = try String(contentsOf: SharedData.url("interop/tmx/INVENTORY.tsv"), encoding: .utf8)
        var expected: [String: Int] = [:]
        for line in inventory.split(separator: "\n").dropFirst() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            if columns.count > 9, let count = Int(columns[9]) { expected[String(columns[0])] = count }
        }
        var checked = 0
        for url in Self.wellFormedFiles {
            let document = try TMXDocument.read(contentsOf: url)
            if let count = expected[url.lastPathComponent] {
                #expect(document.units.count == count, "\(url.lastPathComponent)")
                checked += 1
            }
        }
        #expect(checked >= 55)
    }

    @Test(.requiresSharedData) func readsUTF16WithBOMAndSrclangAll() throws {
        for name in ["heartsome-utf16le-srclang-all.tmx", "heartsome-utf16be-srclang-all.tmx"] {
            let document = try TMXDocument.read(contentsOf: SharedData.url("interop/tmx/" + name))
            #expect(document.header.sourceLanguage?.isAll == true)
            #expect(document.version == nil)
            #expect(document.units.count == 2)
            #expect(document.units[0].variant(for: "EN-us") != nil)
        }
        let lisa = try TMXDocument.read(contentsOf: SharedData.url("interop/tmx/lisa-ImportTest1G.tmx"))
        #expect(lisa.units.count == 3)
        #expect(lisa.units.allSatisfy { $0.variant(for: "en_GB") != nil })
    }

    @Test(.requiresSharedData) func readsTMX11LangAttributes() throws {
        let document = try TMXDocument.read(contentsOf: SharedData.url("interop/tmx/omegat-mixed-lang-attr-tmx11.tmx"))
        #expect(document.version == "1.1")
        #expect(document.units.allSatisfy { !$0.variants.isEmpty })
        #expect(Set(document.languages.map(\.primary)) == ["en", "be", "es"])
    }

    @Test(.requiresSharedData) func keepsMixedCaseLanguageSpelling() throws {
        let document = try TMXDocument.read(contentsOf: SharedData.url("interop/tmx/lisa-ImportTest1B.tmx"))
        let variant = try #require(document.units.first?.variant(for: "en-US"))
        #expect(variant.language.description == "eN-uS")
    }

    @Test(.requiresSharedData) func keepsInlineMarkupAsStructure() throws {
        let document = try TMXDocument.read(contentsOf: SharedData.url("interop/tmx/okapi-header-prop-note-sub-hi.tmx"))
        let elements = document.units.flatMap(\.variants).flatMap(\.segment.inlineElements)
        let kinds = Set(elements.compactMap(\.kind))
        #expect(kinds.isSuperset(of: [.bpt, .ept, .ph, .hi, .sub]))
    }

    @Test(.requiresSharedData, arguments: [
        ("google-automl-NEGATIVE-two-segs-in-tuv.tmx", 15, "has a second <seg>"),
        ("google-automl-NEGATIVE-structure-errors.tmx", 19, "<tuv xml:lang=\"en\"> has no <seg>"),
    ])
    func structuralErrorsArePlaced(name: String, line: Int, message: String) {
        let url = SharedData.url("interop/tmx/" + name)
        #expect {
            _ = try TMXDocument.read(contentsOf: url)
        } throws: { error in
            let error = error as! TMXError
            return error.line == line && error.message.contains(message) && error.description.hasPrefix(url.path + ":")
        }
    }

    /// Every broken file gives `path:line:column: message`, never a crash.
    @Test(.requiresSharedData) func everyNegativeFileGivesAPlacedError() throws {
        let files = SharedData.files(in: "interop/tmx/negative-derived", suffix: ".tmx")
            + [SharedData.url("interop/tmx/heartsome-NEGATIVE-zero-bytes.tmx")]
        var failures = 0
        for url in files {
            do {
                _ = try TMXDocument.read(contentsOf: url)
            } catch {
                failures += 1
                #expect(error.description.hasPrefix(url.path + ":"), "\(error)")
                #expect(error.line > 0, "\(error)")
            }
        }
        // neg-utf16le-no-bom-declared-utf8 is read by libxml2's encoding detection.
        #expect(failures >= files.count - 1)
    }
}
