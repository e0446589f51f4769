import ArgumentParser
import Foundation
import TMX

extension TMXCommand {
    /// `bitext tmx merge IN… -o OUT`.
    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge memories into one, keeping identical units once.",
            discussion: """
                Units with the same texts in the same languages are kept once, with the attributes \
                of the one changed last, the earliest creation date, the highest usage count and \
                the props and notes of all. Multilingual units stay whole. The header is the first \
                input's. OUT is written atomically and may be one of the inputs. Memory use does \
                not depend on the size of the inputs: units are sorted in runs on disk, in a \
                hidden folder beside OUT that is removed at the end.
                """)

        @Argument(help: "TMX files to merge.", completion: .file(extensions: ["tmx"]))
        var inputs: [String]

        @Option(name: .shortAndLong, help: "The merged TMX file to write.")
        var output: String

        @Flag(help: "Print the summary as JSON.")
        var json = false

        func validate() throws {
            guard URL(fileURLWithPath: output).pathExtension.lowercased() == "tmx" else {
                throw ValidationError("\(output): merge writes TMX: give an output ending in .tmx (then `bitext tmx convert` it to .tsv or .csv)")
            }
        }

        func run() async throws {
            print(try Self.merge(
                inputs: inputs.map { URL(fileURLWithPath: $0) }, output: URL(fileURLWithPath: output), json: json))
        }

        /// Merges and returns the summary.
        static func merge(inputs: [URL], output: URL, json: Bool) throws -> String {
            let summary = try TMXMerger.merge(inputs, into: output)
            for warning in summary.leftOut { TMXCommand.warn("warning: \(warning)") }
            if json {
                struct Report: Encodable {
                    var output: String
                    var inputs: [String]
                    var summary: TMXMerger.Summary
                }
                return try TMXCommand.json(Report(output: output.relativePath, inputs: inputs.map(\.relativePath), summary: summary))
            }
            var text = "\(output.relativePath): \(summary.kept) units from \(summary.read) read in \(inputs.count) file"
                + (inputs.count == 1 ? "" : "s") + "; \(summary.merged) duplicate\(summary.merged == 1 ? "" : "s") merged"
            if summary.empty > 0 { text += "; \(summary.empty) empty unit\(summary.empty == 1 ? "" : "s") dropped" }
            return text
        }
    }
}
