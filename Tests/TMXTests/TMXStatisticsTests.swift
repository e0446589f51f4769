import Foundation
import TestSupport
import Testing

@testable import TMX

@Suite struct TMXStatisticsTests {
    /// The figures that must not depend on how the file was read.
    static func figures(_ statistics: TMXStatistics) -> String {
        [
            "version \(statistics.version ?? "-") srclang \(statistics.sourceLanguage ?? "-")",
            "units \(statistics.units) variants \(statistics.variants) markup \(statistics.unitsWithMarkup)",
            "languages \(statistics.variantsPerLanguage.sorted { $0.key < $1.key })",
            "tools \(statistics.creationTools.sorted { $0.key < $1.key })",
            "dates \(String(describing: statistics.earliestDate)) \(String(describing: statistics.latestDate))",
            "props \(statistics.propertyTypes.sorted { $0.key < $1.key })",
            "huge \(statistics.neededHugeOption)",
        ].joined(separator: "\n")
    }

    /// The scan over libxml2's nodes finds exactly what reading every unit finds, on every
    /// well-formed file of the corpus (TMX 1.1–1.4, UTF-16, `lang=`, odd codes, markup, props).
    @Test(.requiresSharedData) func scanAgreesWithReadingEveryUnitOnTheCorpus() throws {
        var checked = 0
        for url in TMXReaderTests.wellFormedFiles {
            let read: TMXStatistics
            do { read = try TMXStatistics(reading: url) } catch {
                #expect(throws: TMXError.self, "\(url.lastPathComponent)") { try TMXStatistics(contentsOf: url) }
                continue
            }
            let scanned = try TMXStatistics(contentsOf: url)
            #expect(Self.figures(scanned) == Self.figures(read), "\(url.lastPathComponent)")
            checked += 1
        }
        #expect(checked >= 60)
    }

    /// A broken file is the same placed error whichever way it is read.
    @Test(.requiresSharedData) func brokenFilesGiveTheReadersError() throws {
        let broken = SharedData.files(in: "interop/tmx/negative-derived", suffix: ".tmx")
            + SharedData.files(in: "interop/tmx", suffix: ".tmx").filter { $0.lastPathComponent.contains("NEGATIVE") }
        #expect(broken.count >= 15)
        for url in broken {
            var readError: TMXError?
            do { _ = try TMXStatistics(reading: url) } catch { readError = error }
            var scanError: TMXError?
            do { _ = try TMXStatistics(contentsOf: url) } catch { scanError = error }
            // (One file, UTF-16 without BOM declared as UTF-8, is read by libxml2 as what it is.)
            #expect((scanError == nil) == (readError == nil), "\(url.lastPathComponent)")
            if let readError, let scanError {
                #expect((scanError.line, scanError.column) == (readError.line, readError.column),
                        "\(url.lastPathComponent): \(scanError) / \(readError)")
                if url.lastPathComponent == "neg-two-root-elements.tmx" {
                    // The reader cannot tell a second root on the last line from a cut; the scan can.
                    #expect(scanError.message == "Extra content at the end of the document")
                    #expect(readError.message.contains("truncated"))
                } else {
                    #expect(scanError.message == readError.message, "\(url.lastPathComponent): \(scanError) / \(readError)")
                }
            }
        }
    }

    @Test func countsWhatAWrittenMemoryHolds() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("counts.tmx")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="Tool" creationtoolversion="2" srclang="EN-gb" \
            segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"><prop type="x-domain">police</prop></header>
            <body>
            <tu creationdate="20200101T000000Z" creationtool="Tool"><prop type="x-release">1</prop>
            <tuv xml:lang="en-GB" changedate="20210301T120000Z"><seg>A <bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept> word</seg></tuv>
            <tuv lang="fr_FR"><prop type="x-release">1</prop><seg>Un mot</seg></tuv></tu>
            <tu><tuv xml:lang="EN-gb"><seg/></tuv><tuv xml:lang="fr-fr" creationdate="19991231T235959Z"><seg>x</seg></tuv></tu>
            </body></tmx>
            """.write(to: url, atomically: true, encoding: .utf8)
        let statistics = try TMXStatistics(contentsOf: url)
        #expect(statistics.units == 2)
        #expect(statistics.variants == 4)
        #expect(statistics.variantsPerLanguage == ["en-GB": 2, "fr_FR": 2])
        #expect(statistics.sourceLanguage == "EN-gb")
        #expect(statistics.creationTools == ["Tool 2": 1, "Tool": 1])
        #expect(statistics.propertyTypes == ["x-domain": 1, "x-release": 2])
        #expect(statistics.unitsWithMarkup == 1)
        #expect(statistics.earliestDate.map(TMXDate.format) == "19991231T235959Z")
        #expect(statistics.latestDate.map(TMXDate.format) == "20210301T120000Z")
        #expect(Self.figures(statistics) == Self.figures(try TMXStatistics(reading: url)))
    }

    /// The scan never expands an entity or loads one: a loop, an external entity and an internal
    /// one are each an error placed in the file, and nothing is counted from them.
    @Test func entityLoopsAndEntitiesAreRejected() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try "secret".write(to: secret, atomically: true, encoding: .utf8)
        let cases = [
            ("loop", #"<!DOCTYPE tmx [<!ENTITY a "&b;"><!ENTITY b "&a;">]>"#, "&a;", "entity reference loop"),
            ("external", #"<!DOCTYPE tmx [<!ENTITY e SYSTEM "\#(secret.path)">]>"#, "&e;", "the entity reference &e; is not allowed"),
            ("internal", #"<!DOCTYPE tmx [<!ENTITY u "<tu/>">]>"#, "&u;", "the entity reference &u; is not allowed"),
        ]
        for (name, doctype, segment, message) in cases {
            let url = folder.appendingPathComponent("\(name).tmx")
            try TMXReaderSafetyTests.memory(segment: segment, doctype: doctype).write(to: url, atomically: true, encoding: .utf8)
            #expect(performing: { _ = try TMXStatistics(contentsOf: url) }, throws: { error in
                let error = error as! TMXError
                return error.message.contains(message) && error.line > 0 && error.description.hasPrefix(url.path + ":")
            })
        }
    }

    /// The scan needs no `XML_PARSE_HUGE` itself, but still says when a segment is over libxml2's
    /// 10 MB limit, as reading the units does.
    @Test func aSegmentOver10MBIsNoted() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("huge.tmx")
        try TMXReaderSafetyTests.memory(segment: "<ph x=\"1\"/>" + String(repeating: "é", count: 5_500_000) + "<ph x=\"2\"/>.")
            .write(to: url, atomically: true, encoding: .utf8)
        let statistics = try TMXStatistics(contentsOf: url)
        #expect(statistics.neededHugeOption)
        #expect(statistics.units == 2 && statistics.unitsWithMarkup == 1)
        #expect(Self.figures(statistics) == Self.figures(try TMXStatistics(reading: url)))
        // Just under the limit: not noted.
        try TMXReaderSafetyTests.memory(segment: String(repeating: "é", count: 4_900_000))
            .write(to: url, atomically: true, encoding: .utf8)
        #expect(!(try TMXStatistics(contentsOf: url)).neededHugeOption)
    }
}
