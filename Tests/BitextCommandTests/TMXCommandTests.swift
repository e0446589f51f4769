import ArgumentParser
import Foundation
import TMX
import TestSupport
import Testing

@testable import BitextCommand

@Suite struct TMXCommandTests {
    static let example = SharedData.packageRoot.appendingPathComponent("tmx/example.tmx")

    @Test func everySubcommandParsesAndHasHelp() throws {
        let info = try Bitext.parseAsRoot(["tmx", "info", "--json", "a.tmx", "b.tmx"])
        #expect((info as? TMXCommand.Info)?.files == ["a.tmx", "b.tmx"])
        #expect((info as? TMXCommand.Info)?.json == true)
        let merge = try Bitext.parseAsRoot(["tmx", "merge", "a.tmx", "b.tmx", "-o", "c.tmx"])
        #expect((merge as? TMXCommand.Merge)?.output == "c.tmx")
        let convert = try Bitext.parseAsRoot(["tmx", "convert", "a.tmx", "--output", "a.csv"])
        #expect((convert as? TMXCommand.Convert)?.output == "a.csv")
        for command in [TMXCommand.Info.self, TMXCommand.Validate.self, TMXCommand.Merge.self, TMXCommand.Convert.self]
            as [any ParsableCommand.Type]
        {
            #expect(Bitext.helpMessage(for: command).contains("USAGE: bitext tmx"))
        }
        #expect(throws: (any Error).self) { try Bitext.parseAsRoot(["tmx", "merge", "a.tmx"]) }  // no -o
    }

    @Test func infoDescribesTheExampleMemory() throws {
        let text = try TMXCommand.Info.report(files: [Self.example], json: false)
        #expect(text.contains("  units       4"))
        #expect(text.contains("  variants    12: en (4), es (4), fr-FR (4)"))
        #expect(text.contains("  properties  x-release (5)"))
        #expect(text.contains("  dates       20261102T090000Z … 20261103T141500Z"))
        #expect(text.contains("  markup      2 units with inline codes"))
        let json = try TMXCommand.Info.report(files: [Self.example], json: true)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(decoded?.first?["units"] as? Int == 4)
        #expect((decoded?.first?["variantsPerLanguage"] as? [String: Int])?["fr-FR"] == 4)
    }

    @Test func infoOnABrokenFileIsAPlacedError() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("broken.tmx")
        try "<tmx version=\"1.4\"><body><tu>\n<tuv xml:lang=\"en\"><seg>x</tuv></tu></body></tmx>"
            .write(to: url, atomically: true, encoding: .utf8)
        #expect {
            _ = try TMXCommand.Info.report(files: [url], json: false)
        } throws: { error in
            "\(error)".hasPrefix(url.path + ":2:") && "\(error)".contains("mismatch")
        }
    }

    @Test(.requiresSharedData) func validateReportsEachFile() throws {
        let broken = SharedData.url("interop/tmx/weblate-missing-header-attrs.tmx")
        let (text, valid) = TMXCommand.Validate.report(files: [Self.example, broken], json: false)
        #expect(!valid)
        #expect(text.contains(Self.example.path + ": valid TMX 1.4b"))
        #expect(text.contains(broken.path + ":3:1: Element header does not carry attribute creationtool"))
        #expect(TMXCommand.Validate.report(files: [Self.example], json: true).1)
    }

    @Test func mergeKeepsIdenticalUnitsOnce() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("merged.tmx")
        let summary = try TMXCommand.Merge.merge(inputs: [Self.example, Self.example], output: output, json: false)
        #expect(summary == "\(output.path): 4 units from 8 read in 2 files; 4 duplicates merged")
        #expect(try TMXDocument.read(contentsOf: output).units == TMXDocument.read(contentsOf: Self.example).units)
    }

    /// Wrong extensions and `--valid` on tables are usage errors of `convert`, with its own usage
    /// line (they were thrown while running, under `Usage: bitext <subcommand>`).
    @Test func convertRefusesWhatItCannotDoBeforeRunning() throws {
        for (arguments, message) in [(["a.tmx", "-o", "a.xyz"], "a.xyz: unknown format: use the extension .tmx, .tsv or .csv"),
                                     (["a.tsv", "-o", "a.csv"], "one of IN and OUT must be .tmx"),
                                     (["a.tmx", "-o", "a.csv", "--valid"], "--valid only applies to TMX to TMX")] {
            #expect {
                _ = try Bitext.parseAsRoot(["tmx", "convert"] + arguments)
            } throws: { error in
                Bitext.message(for: error).contains(message) && Bitext.fullMessage(for: error).contains("bitext tmx convert <input>")
            }
        }
    }

    /// `merge` writes TMX whatever OUT is called: an OUT named `.csv` got TMX in it.
    @Test func mergeRefusesAnOutputThatIsNotTMX() throws {
        for output in ["merged.csv", "merged.tsv", "merged"] {
            #expect {
                _ = try Bitext.parseAsRoot(["tmx", "merge", "a.tmx", "-o", output])
            } throws: { error in
                Bitext.message(for: error).contains("\(output): merge writes TMX")
            }
        }
        #expect((try Bitext.parseAsRoot(["tmx", "merge", "a.tmx", "-o", "b.TMX"]) as? TMXCommand.Merge) != nil)
    }

    /// Paths are printed as the user gave them (as the README shows and `lookup` does), not made
    /// absolute: `tmx/example.tmx`, `../shared/…`.
    @Test func pathsArePrintedAsGiven() throws {
        let root = URL(fileURLWithPath: SharedData.packageRoot.path, isDirectory: true)
        let example = URL(fileURLWithPath: "tmx/example.tmx", relativeTo: root)
        #expect(try TMXCommand.Info.report(files: [example], json: false).hasPrefix("tmx/example.tmx\n  version     1.4"))
        #expect(TMXCommand.Validate.report(files: [example], json: false).0 == "tmx/example.tmx: valid TMX 1.4b")

        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("work", isDirectory: true)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let copy = URL(fileURLWithPath: "../example.tmx", relativeTo: base)
        try FileManager.default.copyItem(at: Self.example, to: copy)
        let table = URL(fileURLWithPath: "example.csv", relativeTo: base)
        #expect(try TMXCommand.Convert.convert(input: copy, output: table, json: false)
            == "example.csv: 4 units in 3 languages (en, fr-FR, es); inline codes dropped from 2 units")
        let merged = URL(fileURLWithPath: "merged.tmx", relativeTo: base)
        #expect(try TMXCommand.Merge.merge(inputs: [copy, copy], output: merged, json: false)
            == "merged.tmx: 4 units from 8 read in 2 files; 4 duplicates merged")

        // Errors too: `path:line:column` with the path as given.
        let broken = URL(fileURLWithPath: "../broken.tmx", relativeTo: base)
        try "<tmx version=\"1.4\"><body><tu>\n<tuv xml:lang=\"en\"><seg>x</tuv></tu></body></tmx>"
            .write(to: broken, atomically: true, encoding: .utf8)
        #expect { _ = try TMXCommand.Info.report(files: [broken], json: false) } throws: { "\($0)".hasPrefix("../broken.tmx:2:") }
        #expect(TMXCommand.Validate.report(files: [broken], json: false).0.hasPrefix("../broken.tmx:2:"))
        #expect { _ = try TMXDocument.read(contentsOf: broken) } throws: { "\($0)".hasPrefix("../broken.tmx:2:") }
        let missing = URL(fileURLWithPath: "missing.tmx", relativeTo: base)
        #expect { _ = try TMXCommand.Info.report(files: [missing], json: false) } throws: { "\($0)" == "missing.tmx: no such file" }
    }

    @Test func convertGoesToTablesAndBack() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tsv = folder.appendingPathComponent("example.tsv")
        let out = try TMXCommand.Convert.convert(input: Self.example, output: tsv, json: false)
        #expect(out == "\(tsv.path): 4 units in 3 languages (en, fr-FR, es); inline codes dropped from 2 units")
        let rows = try String(contentsOf: tsv, encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "en\tfr-FR\tes")
        #expect(rows.count == 5)
        let tmx = folder.appendingPathComponent("back.tmx")
        _ = try TMXCommand.Convert.convert(input: tsv, output: tmx, json: false)
        let original = try TMXDocument.read(contentsOf: Self.example)
        let back = try TMXDocument.read(contentsOf: tmx)
        #expect(back.units.map { $0.variants.map(\.plainText) } == original.units.map { $0.variants.map(\.plainText) })
        #expect(throws: ValidationError.self) {
            try TMXCommand.Convert.convert(input: tsv, output: folder.appendingPathComponent("x.doc"), json: false)
        }
    }

    @Test(.requiresSharedData) func convertRewritesOldTMXAsTMX14() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("project.tmx")
        let source = SharedData.url("interop/tmx/omegat-project_save-6.1.tmx")
        _ = try TMXCommand.Convert.convert(input: source, output: output, json: false)
        #expect(try TMXValidator.validate(contentsOf: output).isEmpty)
        #expect(try TMXDocument.read(contentsOf: output).units == TMXDocument.read(contentsOf: source).units)
    }

    /// Heartsome writes `<ph id="1">`, which TMX does not define: kept by default (the rewrite is
    /// then invalid, and says where), dropped with --valid (the rewrite is valid, and says so).
    @Test(.requiresSharedData) func convertValidWritesOnlyWhatTheDTDDeclares() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = SharedData.url("interop/tmx/heartsome-utf16le-srclang-all.tmx")
        let kept = folder.appendingPathComponent("kept.tmx"), valid = folder.appendingPathComponent("valid.tmx")
        _ = try TMXCommand.Convert.convert(input: source, output: kept, json: false)
        let problems = try TMXValidator.validate(contentsOf: kept)
        #expect(problems.map(\.message) == ["No declaration for attribute id of element ph"])
        #expect(problems.allSatisfy { $0.line > 0 && $0.column > 0 })
        let summary = try TMXCommand.Convert.convert(input: source, output: valid, valid: true, json: false)
        #expect(summary.contains("1 attribute TMX does not define dropped from inline codes, notes or props"))
        #expect(try TMXValidator.validate(contentsOf: valid).isEmpty)
        #expect(try TMXDocument.read(contentsOf: valid).units.map { $0.variants.map(\.plainText) }
            == TMXDocument.read(contentsOf: source).units.map { $0.variants.map(\.plainText) })
        #expect(throws: ValidationError.self) {
            try TMXCommand.Convert.convert(input: source, output: folder.appendingPathComponent("x.csv"), valid: true, json: false)
        }
    }
}
