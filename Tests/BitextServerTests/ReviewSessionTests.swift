@testable import BitextServer
import Foundation
import TestSupport
import Testing
import TMX

/// Sessions on real memories of `../shared`: what the review does not touch is written back as read.
struct ReviewSessionTests {
    static func copy(_ source: URL) throws -> URL {
        let folder = try SharedData.temporaryDirectory()
        let url = folder.appendingPathComponent(source.lastPathComponent)
        try FileManager.default.copyItem(at: source, to: url)
        return url
    }

    @Test(.requiresSharedData) func savingKeepsUntouchedUnitsWithTheirMarkup() throws {
        let source = SharedData.url("interop/tmx/lisa-ImportTest2A-0index.tmx")
        let url = try Self.copy(source)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let original = try TMXDocument.read(contentsOf: source)
        var session = try ReviewSession(path: "tmx/" + url.lastPathComponent, url: url, maxUnits: 1000)
        #expect(session.alignment.rows.count == original.units.count)
        try session.apply(.confirm(row: 0))
        let written = try session.save(force: false)
        let saved = try TMXDocument.read(contentsOf: url)
        #expect(written == original.units.count)
        #expect(Array(saved.units.dropFirst()) == Array(original.units.dropFirst()))
        #expect(saved.units[0].properties(ofType: "x-reviewed") == ["yes"])
        #expect(saved.units[0].variants.map(\.segment) == original.units[0].variants.map(\.segment))
    }

    /// A memory made from the gold alignment of a real release (English–French), with the beads
    /// as `x-bead`: the rows follow the beads and a merge of two one-sided beads gives one pair.
    @Test(.requiresSharedData) func goldAlignmentOfARealRelease() throws {
        let folder = SharedData.url("corpus/releases/interpol-2009-PR028")
        let english = try String(contentsOf: folder.appendingPathComponent("en.sent"), encoding: .utf8).split(separator: "\n").map(String.init)
        let french = try String(contentsOf: folder.appendingPathComponent("fr.sent"), encoding: .utf8).split(separator: "\n").map(String.init)
        let beads = try String(contentsOf: folder.appendingPathComponent("gold.align"), encoding: .utf8)
            .split(separator: "\n").map { line in
                line.split(separator: ":").map { side in
                    side.filter { $0.isNumber || $0 == "," }.split(separator: ",").compactMap { Int($0) }
                }
            }
        let units = beads.map { bead in
            var variants: [TMXVariant] = []
            if !bead[0].isEmpty { variants.append(TMXVariant(language: "en", segment: TMXSegment(bead[0].map { english[$0] }.joined(separator: " ")))) }
            if !bead[1].isEmpty { variants.append(TMXVariant(language: "fr", segment: TMXSegment(bead[1].map { french[$0] }.joined(separator: " ")))) }
            let kind = bead[0].isEmpty || bead[1].isEmpty ? (bead[0].isEmpty ? "0-\(bead[1].count)" : "\(bead[0].count)-0") : "\(bead[0].count)-\(bead[1].count)"
            return TranslationUnit(variants: variants, properties: [TMXProperty(type: "x-bead", value: kind), TMXProperty(type: "x-score", value: "0.5")])
        }
        let directory = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("pr028.tmx")
        _ = try TMXDocument(header: .bitext(sourceLanguage: "en"), units: units).write(to: url)

        var session = try ReviewSession(path: "tmx/pr028.tmx", url: url, maxUnits: 1000)
        let rows = session.alignment.rows
        #expect(rows.count == beads.count)
        #expect(rows.map { $0.cells[0].joined(separator: " ") } == beads.map { $0[0].map { english[$0] }.joined(separator: " ") })
        let oneSided = try #require(rows.firstIndex { $0.cells[0].isEmpty })
        let englishOnly = try #require(rows.firstIndex { $0.cells[1].isEmpty })
        #expect(!rows[oneSided].isPair && !rows[englishOnly].isPair)
        // Merging the first French-only bead into the bead before it yields one pair.
        try session.apply(.merge(row: oneSided, direction: .previous))
        #expect(session.alignment.rows.count == beads.count - 1)
        #expect(session.alignment.rows[oneSided - 1].isPair)
        _ = try session.save(force: false)
        #expect(try TMXDocument.read(contentsOf: url).units.count == beads.count - 1)
    }
}
