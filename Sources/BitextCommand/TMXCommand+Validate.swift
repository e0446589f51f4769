import ArgumentParser
import Foundation
import TMX

extension TMXCommand {
    /// `bitext tmx validate FILE…`.
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that memories are well-formed and valid TMX 1.4b.",
            discussion: """
                Checks well-formedness, validity against the TMX 1.4b DTD shipped in tmx/tmx14.dtd \
                (built in; the file's own DOCTYPE is never loaded), and the pairing of inline codes \
                (bpt/ept), which the DTD cannot check. Prints one problem per line as \
                path:line:column: message and exits with status 1 when any file has a problem. \
                Validation streams: memory use does not depend on the size of the file.
                """)

        @Argument(help: "TMX files to check.", completion: .file(extensions: ["tmx"]))
        var files: [String]

        @Flag(help: "Print the results as JSON.")
        var json = false

        func run() async throws {
            let (report, valid) = Self.report(files: files.map { URL(fileURLWithPath: $0) }, json: json)
            print(report)
            if !valid { throw ExitCode(1) }
        }

        /// One file's result.
        struct FileResult: Codable {
            var path: String
            var valid: Bool
            var problems: [String]
        }

        /// The report for `files` and whether all are valid.
        static func report(files: [URL], json: Bool) -> (String, Bool) {
            let results = files.map { file -> FileResult in
                do throws(TMXError) {
                    let problems = try TMXValidator.validate(contentsOf: file)
                    return FileResult(path: file.relativePath, valid: problems.isEmpty, problems: problems.map(\.description))
                } catch {
                    return FileResult(path: file.relativePath, valid: false, problems: [error.description])
                }
            }
            let valid = results.allSatisfy(\.valid)
            if json { return ((try? TMXCommand.json(results)) ?? "[]", valid) }
            let lines = results.flatMap { result in
                result.valid ? ["\(result.path): valid TMX 1.4b"] : result.problems
            }
            return (lines.joined(separator: "\n"), valid)
        }
    }
}
