import ArgumentParser
import Foundation
import Terminology

extension TermsCommand {
    /// `bitext terms extract`: ranked bilingual term candidates from memories.
    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Extract ranked bilingual term candidates from translation memories."
        )

        @Option(name: .customLong("release"), help: "A release folder with gold pairs (en.sent, fr.sent, gold.align); repeatable.")
        var releases: [String] = []

        @Option(help: "Source language.")
        var from = "fr"

        @Option(help: "Target language.")
        var to = "en"

        @Option(name: .shortAndLong, help: "Write the candidates to this file (.tsv or .tbx) instead of printing them.")
        var output: String?

        @Option(name: .customLong("min-freq"), help: "Minimum number of units a pair must be linked in.")
        var minimumFrequency = 1

        @Option(help: "Show only the first N candidates.")
        var limit: Int?

        @Option(name: .customLong("glossary"), help: "Glossaries whose terms are marked as known (default: every glossary in glossaries/).")
        var glossaries: [String] = []

        func run() async throws {
            var units: [AlignedUnit] = []
            for release in releases { units += try ReleaseFolder(url: URL(fileURLWithPath: release)).units() }
            guard !units.isEmpty else { throw ValidationError("the memory is empty: no aligned units to extract terms from") }
            let known = try GlossaryStore.load(glossaries, languages: (from, to))
            var candidates = TermExtractor(from: from, to: to, minimumFrequency: minimumFrequency).extract(from: units, knownIn: known)
            if let limit { candidates = Array(candidates.prefix(limit)) }
            guard let output else {
                print(TermCandidate.tsv(candidates, from: from, to: to), terminator: "")
                return
            }
            let url = URL(fileURLWithPath: output)
            if url.pathExtension.lowercased() == "tbx" {
                try GlossaryFormat.tbx.write(TermCandidate.glossary(candidates, from: from, to: to), to: url, languages: [from, to])
            } else {
                try GlossaryFile.writeAtomically(Data(TermCandidate.tsv(candidates, from: from, to: to).utf8), to: url)
            }
            print("\(candidates.count) candidates written to \(output)")
        }
    }
}
