import Foundation
import TMX
import TestSupport
import Testing

@Suite struct TMXValidatorTests {
    @Test func builtInDTDIsTheShippedOne() throws {
        let shipped = try String(contentsOf: SharedData.packageRoot.appendingPathComponent("tmx/tmx14.dtd"), encoding: .utf8)
        #expect(TMXDTD.text + "\n" == shipped)
    }

    @Test func exampleMemoryIsValid() throws {
        #expect(try TMXValidator.validate(contentsOf: SharedData.packageRoot.appendingPathComponent("tmx/example.tmx")).isEmpty)
    }

    /// The DTD written for Bitext accepts and rejects the same corpus files as INVENTORY.tsv says
    /// the official one does.
    @Test(.requiresSharedData) func agreesWithTheInventoryOnEveryCorpusFile() throws {
        let inventory = try String(contentsOf: SharedData.url("interop/tmx/INVENTORY.tsv"), encoding: .utf8)
        var checked = 0
        for line in inventory.split(separator: "\n").dropFirst() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count > 5, columns[4] == "WF" else { continue }
            let url = SharedData.url("interop/tmx/" + columns[0])
            let problems = try TMXValidator.validate(contentsOf: url)
            let dtdProblems = problems.filter { !$0.message.contains("<tu") }
            #expect(dtdProblems.isEmpty == (columns[5] == "DTD-valid"), "\(columns[0]): \(problems.first?.description ?? "valid")")
            checked += 1
        }
        #expect(checked == 61)
    }

    @Test(.requiresSharedData) func findsBrokenPairsTheDTDCannotSee() throws {
        let url = SharedData.url("interop/tmx/omegat-invalid-inline.tmx")
        let problems = try TMXValidator.validate(contentsOf: url)
        // Placed at the unit's `<tu>`.
        #expect(problems.map(\.description).contains(url.path + ":9:3: <tu>, en: <ept i=\"1\"> has no <bpt> before it"))
    }

    /// The DTD's errors and the reader's structure errors are all `path:line:column`, at the
    /// `<` of the element (a `<header>` over four lines is placed on its first).
    @Test(.requiresSharedData) func structureErrorsArePlacedAtTheElement() throws {
        let url = SharedData.url("interop/tmx/google-automl-NEGATIVE-structure-errors.tmx")
        let described = try TMXValidator.validate(contentsOf: url).map(\.description)
        #expect(described.first == url.path + ":3:1: Element header does not carry attribute creationtool")
        #expect(described.contains(url.path + ":19:7: Element tuv content does not follow the DTD, Expecting more child"))
        #expect(described.contains(url.path + ":44:7: Element tuv does not carry attribute xml:lang"))
        let two = SharedData.url("interop/tmx/google-automl-NEGATIVE-two-segs-in-tuv.tmx")
        #expect(try TMXValidator.validate(contentsOf: two).map(\.description).last
            == two.path + ":15:39: Element prop does not carry attribute type")
    }

    /// Rewriting a corpus file fixes what the writer can (TMX 1.1 `lang`, missing header
    /// attributes, a prop after the seg, a missing version) and adds no problem: the only ones
    /// left are attributes TMX does not declare, kept from the original so that nothing is lost.
    @Test(.requiresSharedData) func everyWrittenCorpusFileIsValidExceptForKeptForeignAttributes() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var fullyValid = 0
        for url in TMXReaderTests.wellFormedFiles where !url.lastPathComponent.contains("invalid-inline") {
            let copy = folder.appendingPathComponent(url.lastPathComponent)
            try TMXDocument.read(contentsOf: url).write(to: copy)
            let before = Set(try TMXValidator.validate(contentsOf: url).map(\.message))
            let after = try TMXValidator.validate(contentsOf: copy)
            for problem in after {
                #expect(problem.message.hasPrefix("No declaration for attribute") && before.contains(problem.message),
                        "\(url.lastPathComponent): \(problem)")
            }
            if after.isEmpty { fullyValid += 1 }
        }
        #expect(fullyValid == TMXReaderTests.wellFormedFiles.count - 4)
    }
}
