import ArgumentParser
import Foundation
import XMLKit
import Terminology

extension TermsCommand {
    /// `bitext terms extract`: ranked bilingual term candidates from memories.
    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Extract ranked bilingual term candidates from translation memories."
        )

        @Argument(help: "Translation memories (.tmx; default: every memory in tmx/).")
        var memories: [String] = []

        @Option(name: .customLong("release"), help: "A release folder with gold pairs (en.sent, fr.sent, gold.align); repeatable.")
        var releases: [String] = []

        @Option(help: ArgumentHelp("Source language.", valueName: "lang"))
        var from = "fr"

        @Option(help: ArgumentHelp("Target language.", valueName: "lang"))
        var to = "en"

        @Option(name: .shortAndLong, help: "Write the candidates to this file (.tsv or .tbx) instead of printing them.")
        var output: String?

        @Option(name: .customLong("min-freq"), help: "Minimum number of units a pair must be linked in.")
        var minimumFrequency = 1

        @Option(help: "Show only the first N candidates.")
        var limit: Int?

        @Option(name: .customLong("glossary"), help: ArgumentHelp("Glossary files or folders whose terms are marked as known (default: every glossary in glossaries/).", valueName: "path"))
        var glossaries: [String] = []

        @Flag(name: .customLong("no-dictionary"), help: "Do not use the FreeDict dictionaries even when they are installed.")
        var noDictionary = false

        func validate() throws {
            try GlossaryCommand.Languages.requireDifferent(from, to)
        }

        func run() async throws {
            var units: [AlignedUnit] = [], languages: Set<String> = []
            for release in releases { units += try ReleaseFolder(url: URL(fileURLWithPath: release)).units() }
            let memoryURLs = memoryFiles()
            for url in memoryURLs {
                let contents = try AlignedUnit.read(memory: url, from: from, to: to)
                units += contents.units
                languages.formUnion(contents.languages.map(\.description))
            }
            guard !units.isEmpty else {
                let inputs = (memoryURLs.map(\.relativePath) + releases).joined(separator: ", ")
                if !languages.isEmpty {
                    throw ValidationErrorWithPlace(path: inputs, line: 0, message: "the memory has no unit with both \(from) and \(to): its languages are \(languages.sorted().joined(separator: ", "))")
                }
                throw ValidationErrorWithPlace(path: inputs, line: 0, message: "the memory is empty: no aligned \(from)–\(to) units to extract terms from")
            }
            printError("\(units.count) aligned units read")
            let oversized = TermExtractor.oversizedUnits(in: units)
            if oversized > 0 {
                printError("\(oversized) of them left out: a side longer than \(TermExtractor.maximumUnitBytes) bytes (a whole document in one segment)")
            }
            let known = try GlossaryStore.load(glossaries, languages: (from, to))
            var extractor = TermExtractor(from: from, to: to, minimumFrequency: minimumFrequency)
            extractor.usesDictionaries = !noDictionary
            var candidates = extractor.extract(from: units, knownIn: known)
            if let limit { candidates = Array(candidates.prefix(limit)) }
            guard let output else {
                print(TermCandidate.tsv(candidates, from: from, to: to), terminator: "")
                return
            }
            let url = URL(fileURLWithPath: output)
            if url.pathExtension.lowercased() == "tbx" {
                try GlossaryFormat.tbx.write(TermCandidate.glossary(candidates, from: from, to: to), to: url, languages: [from, to])
            } else {
                try AtomicFile.write(Data(TermCandidate.tsv(candidates, from: from, to: to).utf8), to: url)
            }
            print("\(candidates.count) candidates written to \(output)")
        }

        /// The memories given, or every `.tmx` in `tmx/` when neither memories nor releases are given.
        private func memoryFiles() -> [URL] {
            if !memories.isEmpty || !releases.isEmpty { return memories.map { URL(fileURLWithPath: $0) } }
            let folder = URL(fileURLWithPath: "tmx", isDirectory: true)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted().filter { $0.lowercased().hasSuffix(".tmx") }.map { folder.appendingPathComponent($0) }
        }
    }
}
