import ArgumentParser
import Foundation
import TMX

extension TMXCommand {
    /// `bitext tmx info FILE…`.
    struct Info: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what memories hold: units, languages, tools, dates, properties.",
            discussion: "Reads each file as a stream: memory use does not depend on its size."
        )

        @Argument(help: "TMX files to inspect.", completion: .file(extensions: ["tmx"]))
        var files: [String]

        @Flag(help: "Print the figures as JSON.")
        var json = false

        func run() async throws {
            print(try Self.report(files: files.map { URL(fileURLWithPath: $0) }, json: json))
        }

        /// The report for `files`, as text or JSON.
        static func report(files: [URL], json: Bool) throws -> String {
            var all: [TMXStatistics] = []
            for file in files { all.append(try TMXStatistics(contentsOf: file)) }
            if json { return try TMXCommand.json(all) }
            return all.map(text).joined(separator: "\n\n")
        }

        static func text(_ statistics: TMXStatistics) -> String {
            func list(_ counts: [String: Int]) -> String {
                counts.isEmpty ? "none" : counts.sorted { $0.key.lowercased() < $1.key.lowercased() }
                    .map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
            }
            let dates = [statistics.earliestDate, statistics.latestDate].compactMap { $0 }.map(TMXDate.format)
            var lines = [statistics.path]
            lines.append("  version     \(statistics.version ?? "missing")")
            lines.append("  srclang     \(statistics.sourceLanguage ?? "missing")")
            lines.append("  units       \(statistics.units)")
            lines.append("  variants    \(statistics.variants): \(list(statistics.variantsPerLanguage))")
            lines.append("  languages   \(statistics.languages.joined(separator: ", "))")
            lines.append("  tools       \(list(statistics.creationTools))")
            lines.append("  dates       \(dates.isEmpty ? "none" : dates.joined(separator: " … "))")
            lines.append("  properties  \(list(statistics.propertyTypes))")
            lines.append("  markup      \(statistics.unitsWithMarkup) unit\(statistics.unitsWithMarkup == 1 ? "" : "s") with inline codes")
            if statistics.neededHugeOption { lines.append("  note        a segment exceeds 10 MB (read with XML_PARSE_HUGE)") }
            return lines.joined(separator: "\n")
        }
    }
}
