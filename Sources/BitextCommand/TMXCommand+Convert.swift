import ArgumentParser
import Foundation
import TMX

extension TMXCommand {
    /// `bitext tmx convert IN -o OUT`.
    struct Convert: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert between TMX, TSV and CSV, or rewrite any TMX as UTF-8 TMX 1.4b.",
            discussion: """
                The formats follow the file extensions (.tmx, .tsv/.tab, .csv). Tables have one \
                column per language and a header row of language codes; they hold plain text, so \
                inline codes are dropped (and counted). TMX to TMX rewrites TMX 1.1–1.4, UTF-16 or \
                odd language codes as UTF-8 TMX 1.4b with nothing lost: attributes TMX does not \
                define are kept, which leaves such a file invalid against the DTD. With --valid, \
                they move into <prop type="x-attr-NAME"> on headers, units and variants and are \
                dropped (and counted) on inline codes, notes and props. OUT is written atomically.
                """)

        @Argument(help: "The file to convert.", completion: .file(extensions: ["tmx", "tsv", "csv"]))
        var input: String

        @Option(name: .shortAndLong, help: "The file to write.")
        var output: String

        @Flag(help: "TMX to TMX: write only what the TMX 1.4b DTD declares (see above).")
        var valid = false

        @Flag(help: "Print the summary as JSON.")
        var json = false

        func validate() throws {
            let kinds = (try Kind(URL(fileURLWithPath: input)), try Kind(URL(fileURLWithPath: output)))
            if valid, kinds != (.tmx, .tmx) { throw ValidationError("--valid only applies to TMX to TMX") }
            if kinds.0 != .tmx, kinds.1 != .tmx { throw ValidationError("convert a table to TMX first: one of IN and OUT must be .tmx") }
        }

        func run() async throws {
            print(try Self.convert(
                input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output), valid: valid, json: json))
        }

        enum Kind: Equatable {
            case tmx
            case table(TMXTable.Format)

            init(_ url: URL) throws {
                switch url.pathExtension.lowercased() {
                case "tmx": self = .tmx
                case "tsv", "tab": self = .table(.tsv)
                case "csv": self = .table(.csv)
                default:
                    throw ValidationError("\(url.relativePath): unknown format: use the extension .tmx, .tsv or .csv")
                }
            }
        }

        struct Report: Encodable {
            var input: String
            var output: String
            var units: Int
            var languages: [String]
            var unitsWithMarkupFlattened = 0
            var variantsLeftOut = 0
            var removedCharacters = 0
            var attributesMovedToProperties = 0
            var attributesDropped = 0
        }

        /// Converts and returns the summary.
        static func convert(input: URL, output: URL, valid: Bool = false, json: Bool) throws -> String {
            var report: Report
            let kinds = (try Kind(input), try Kind(output))
            if valid, kinds != (.tmx, .tmx) { throw ValidationError("--valid only applies to TMX to TMX") }
            var conformance = TMXDTDConformance()
            switch kinds {
            case (.tmx, .tmx):
                let reader = try TMXReader(contentsOf: input)
                let writer = try TMXWriter(url: output, header: valid ? conformance.conforming(reader.header) : reader.header)
                var languages: [LanguageTag] = []
                var leftOut: [String] = []
                do {
                    while let unit = try reader.next() {
                        for language in unit.languages where !languages.contains(language) { languages.append(language) }
                        try writer.write(valid ? conformance.conforming(unit) : unit)
                    }
                    // Placed before the output may replace the input (`convert a.tmx -o a.tmx`).
                    leftOut = reader.leftOutWarnings()
                    try writer.finish()
                } catch {
                    writer.discard()
                    throw error
                }
                for warning in leftOut { TMXCommand.warn("warning: \(warning)") }
                report = Report(input: input.relativePath, output: output.relativePath, units: writer.unitCount,
                                languages: languages.map(\.description), removedCharacters: writer.removedCharacterCount,
                                attributesMovedToProperties: conformance.moved, attributesDropped: conformance.dropped)
            case (.tmx, .table(let format)):
                let summary = try TMXTable.write(memory: input, to: output, format: format)
                report = Report(input: input.relativePath, output: output.relativePath, units: summary.rows, languages: summary.languages,
                                unitsWithMarkupFlattened: summary.unitsWithMarkupFlattened,
                                variantsLeftOut: summary.variantsLeftOut)
            case (.table(let format), .tmx):
                let summary = try TMXTable.convert(table: input, format: format, to: output)
                report = Report(input: input.relativePath, output: output.relativePath, units: summary.rows, languages: summary.languages,
                                removedCharacters: summary.removedCharacters)
            case (.table, .table):
                throw ValidationError("convert a table to TMX first: one of IN and OUT must be .tmx")
            }
            TMXCommand.reportRemovedCharacters(report.removedCharacters, in: output.relativePath)
            if json { return try TMXCommand.json(report) }
            var text = "\(output.relativePath): \(report.units) unit\(report.units == 1 ? "" : "s") in "
                + "\(report.languages.count) language\(report.languages.count == 1 ? "" : "s") (\(report.languages.joined(separator: ", ")))"
            if report.unitsWithMarkupFlattened > 0 {
                text += "; inline codes dropped from \(report.unitsWithMarkupFlattened) unit\(report.unitsWithMarkupFlattened == 1 ? "" : "s")"
            }
            if report.attributesMovedToProperties > 0 {
                text += "; \(report.attributesMovedToProperties) attribute\(report.attributesMovedToProperties == 1 ? "" : "s") TMX does not define moved into <prop type=\"x-attr-…\">"
            }
            if report.attributesDropped > 0 {
                text += "; \(report.attributesDropped) attribute\(report.attributesDropped == 1 ? "" : "s") TMX does not define dropped from inline codes, notes or props"
            }
            if report.variantsLeftOut > 0 {
                text += "; \(report.variantsLeftOut) extra variant\(report.variantsLeftOut == 1 ? "" : "s") of a language already in the unit left out"
            }
            return text
        }
    }
}
