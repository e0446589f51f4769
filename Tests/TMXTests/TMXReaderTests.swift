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

    /// Structure errors are placed at the `<` of the element they are about, by the reader and
    /// by the statistics scan (`tmx info`) alike.
    @Test(.requiresSharedData, arguments: [
        ("google-automl-NEGATIVE-two-segs-in-tuv.tmx",
         "15:55: <tuv xml:lang=\"zh\"> has a second <seg> (TMX allows exactly one)"),
        ("google-automl-NEGATIVE-structure-errors.tmx", "19:7: <tuv xml:lang=\"en\"> has no <seg>"),
    ])
    func structuralErrorsArePlaced(name: String, place: String) {
        let url = SharedData.url("interop/tmx/" + name)
        #expect(throws: Self.error(url.path + ":" + place)) { try TMXDocument.read(contentsOf: url) }
        #expect(throws: Self.error(url.path + ":" + place)) { try TMXStatistics(contentsOf: url) }
    }

    /// Small broken memories, each error at `line:column` of the element it is about: the start
    /// tag of a `<tuv>` whose end tag showed it had no `<seg>`, a tag over two lines, a comment
    /// holding a lookalike tag before it, a non-ASCII character before it on its line.
    @Test(arguments: [
        ("<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>a</seg></tuv>\n  <!-- <tuv> --> <tuv>\n<seg>b</seg></tuv></tu></body></tmx>",
         "2:18: <tuv> has no xml:lang (or lang) attribute"),
        ("<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"fr\"><seg>é</seg></tuv> <tuv\n    xml:lang=\"en\"></tuv></tu></body></tmx>",
         "2:43: <tuv xml:lang=\"en\"> has no <seg>"),
        ("<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"en\"/></tu></body></tmx>",
         "2:5: <tuv xml:lang=\"en\"> has no <seg>"),
        ("<tmx version=\"1.4\"><body><tu>\n <tuv xml:lang=\"en\"><seg>a</seg>\n  <note>«</note> <seg>b</seg></tuv></tu></body></tmx>",
         "3:18: <tuv xml:lang=\"en\"> has a second <seg> (TMX allows exactly one)"),
        ("<?xml version=\"1.0\"?>\n<!-- <tmx> -->  <xliff version=\"1.2\"/>",
         "2:17: the root element is <xliff>, not <tmx>: this is not a TMX file"),
        ("\n\n   <tmx version=\"1.4\"/>", "3:4: <tmx> is empty: it has no <body>"),
    ])
    func structureErrorsHaveLineAndColumn(text: String, place: String) throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("broken.tmx")
        try Data(text.utf8).write(to: url)
        #expect(throws: Self.error(url.path + ":" + place)) { try TMXDocument.read(contentsOf: url) }
        #expect(throws: Self.error(url.path + ":" + place)) { try TMXStatistics(contentsOf: url) }
    }

    /// Past line 65,535, where libxml2's stream reader loses the element's line, the reader and
    /// the scan still agree on the `<`.
    @Test func errorsPastLine65535ArePlacedToo() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("long.tmx")
        let text = "<tmx version=\"1.4\"><body>" + String(repeating: "\n", count: 70_000) + "<tu>\n  <tuv xml:lang=\"en\"></tuv></tu></body></tmx>"
        try Data(text.utf8).write(to: url)
        let expected = Self.error(url.path + ":70002:3: <tuv xml:lang=\"en\"> has no <seg>")
        #expect(throws: expected) { try TMXDocument.read(contentsOf: url) }
        #expect(throws: expected) { try TMXStatistics(contentsOf: url) }
    }

    /// In UTF-16 (where columns are not looked up) the error keeps libxml2's line.
    @Test func aUTF16MemoryGetsTheLineOnly() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("utf16.tmx")
        try "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<tmx version=\"1.4\"><body><tu>\n<tuv><seg>a</seg></tuv></tu></body></tmx>"
            .data(using: .utf16)!.write(to: url)
        #expect(throws: Self.error(url.path + ":3: <tuv> has no xml:lang (or lang) attribute")) {
            try TMXDocument.read(contentsOf: url)
        }
    }

    /// The error whose description is `described` (`path:line[:column]: message`).
    private static func error(_ described: String) -> TMXError {
        let parts = described.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        if let column = Int(parts[2]) {
            return TMXError(path: parts[0], line: Int(parts[1])!, column: column, message: String(parts[3].dropFirst()))
        }
        let message = described.dropFirst(parts[0].count + parts[1].count + 3)
        return TMXError(path: parts[0], line: Int(parts[1])!, message: String(message))
    }

    @Test(.requiresSharedData) func aTruncatedFileIsSaidToBeTruncated() {
        let url = SharedData.url("interop/tmx/negative-derived/neg-truncated-mid-tu.tmx")
        #expect(throws: TMXError(path: url.path, line: 34, column: 23,
                                 message: "the file ends before its elements are closed (is it truncated?)")) {
            try TMXDocument.read(contentsOf: url)
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

/// Elements TMX has no place for are left out of the units, and said so (`leftOutWarnings`).
struct TMXReaderLeftOutTests {
    @Test func elementsOutOfPlaceAreLeftOutWithAWarningEach() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("stray.tmx")
        try Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
          <body>
            <tu tuid="1">
              <seg>stray</seg>
              <tuv xml:lang="en"><seg>Hello</seg></tuv>
              <tuv xml:lang="fr"><seg>Bonjour</seg></tuv>
            </tu>
            <tu tuid="2">
              <tuv xml:lang="en"><seg>One</seg><foo>x</foo></tuv>
              <tuv xml:lang="fr"><seg>Un</seg></tuv>
              <bar/>
            </tu>
          </body>
        </tmx>
        """.utf8).write(to: url)
        let reader = try TMXReader(contentsOf: url)
        var units: [TranslationUnit] = []
        while let unit = try reader.next() { units.append(unit) }
        #expect(units.map { $0.variants.map(\.segment.plainText) } == [["Hello", "Bonjour"], ["One", "Un"]])
        #expect(reader.leftOutCount == 3)
        #expect(reader.leftOutWarnings() == [
            "\(url.path):6:7: <seg> inside <tu> is not TMX: left out",
            "\(url.path):11:40: <foo> inside <tuv> is not TMX: left out",
            "\(url.path):13:7: <bar> inside <tu> is not TMX: left out",
        ])
        // A merge passes them on to the command, which prints them.
        var merger = TMXMerger()
        try merger.add(contentsOf: url)
        #expect(merger.summary.leftOut.count == 3)
        let merged = try TMXMerger.merge([url], into: folder.appendingPathComponent("merged.tmx"))
        #expect(merged.leftOut == reader.leftOutWarnings())
    }

    /// The memories other tools exported and the LISA kit leave nothing out.
    @Test(.requiresSharedData) func realMemoriesLeaveNothingOut() throws {
        let files = SharedData.files(in: "interop/tmx", suffix: ".tmx").filter { !$0.lastPathComponent.contains("NEGATIVE") }
        #expect(files.count > 20)
        for url in files {
            let reader = try TMXReader(contentsOf: url)
            while try reader.next() != nil {}
            #expect(reader.leftOutWarnings().isEmpty, "\(url.lastPathComponent)")
        }
    }
}
