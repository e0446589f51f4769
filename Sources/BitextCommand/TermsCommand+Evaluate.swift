import ArgumentParser
import Foundation
import Terminology
import XMLKit

extension TermsCommand {
    /// `bitext terms evaluate`: P@50 and recall of the candidates against the gold term lists.
    struct Evaluate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Score term extraction against the gold terms.tsv of release folders.",
            discussion: """
                Builds a memory from the gold pairs (en.sent, fr.sent, gold.align) of the release folders,
                extracts fr→en candidates and prints the precision of the top 50 and the recall of the gold
                pairs, for all folders together and for each folder alone.
                """
        )

        @Argument(help: "Release folders (each with en.sent, fr.sent, gold.align, terms.tsv).")
        var releases: [String]

        @Option(help: "Precision cut-off.")
        var top = 50

        @Option(name: .customLong("min-freq"), help: "Minimum number of units a pair is linked in.")
        var minimumFrequency = 1

        @Flag(help: "List the missed gold pairs and the wrong top candidates.")
        var verbose = false

        @Flag(help: "For every gold pair, say where it ranks or why it is missed.")
        var why = false

        @Flag(help: "Measure the baseline instead: co-occurrence (Dice) only, no word alignment inside units.")
        var baseline = false

        @Flag(name: .customLong("no-dictionary"), help: "Do not use the FreeDict dictionaries even when they are installed.")
        var noDictionary = false

        @Option(name: .customLong("features"), help: "Also write the ranking features of every pair, with its gold label, to this TSV (for scripts/fit-term-ranker).")
        var featuresPath: String?

        @Option(help: "A name for this set of releases in the output.")
        var label = "releases"

        func run() async throws {
            let folders = releases.map { ReleaseFolder(url: URL(fileURLWithPath: $0)) }
            var extractor = TermExtractor(from: "fr", to: "en", minimumFrequency: minimumFrequency)
            extractor.usesWordAlignment = !baseline
            extractor.usesDictionaries = !noDictionary
            var allUnits: [AlignedUnit] = [], allGold: [(source: String, target: String)] = []
            var perRelease: [(String, TermEvaluation)] = []
            for folder in folders {
                let units = try folder.units(), gold = try folder.goldTerms()
                allUnits += units
                allGold += gold
                perRelease.append((folder.name, TermEvaluation(candidates: extractor.extract(from: units), gold: gold, cutoff: top)))
            }
            let candidates = extractor.extract(from: allUnits)
            let overall = TermEvaluation(candidates: candidates, gold: allGold, cutoff: top)
            for (name, evaluation) in perRelease {
                print(String(format: "  %-48@ P@%d %.2f  recall %.2f  (%d candidates, %d gold)",
                             name as NSString, top, evaluation.precisionAtCutoff, evaluation.recall,
                             evaluation.candidateCount, evaluation.goldCount))
            }
            print(String(format: "%@: %d releases, %d units: P@%d %.2f  recall %.2f  (%d candidates, %d gold pairs)",
                         label as NSString, folders.count, allUnits.count, top, overall.precisionAtCutoff, overall.recall,
                         overall.candidateCount, overall.goldCount))
            if let featuresPath {
                try AtomicFile.write(Data(extractor.rankingFeatures(allGold, in: allUnits).utf8), to: URL(fileURLWithPath: featuresPath))
            }
            if why {
                print("gold pairs:")
                for line in extractor.diagnose(allGold, in: allUnits) { print("  " + line) }
            }
            if verbose {
                print("wrong in the top \(top):")
                for candidate in overall.wrongTop { print("  \(candidate.source) → \(candidate.target)  \(candidate.score) ×\(candidate.frequency)") }
                print("missed:")
                for pair in overall.missed { print("  \(pair.source) → \(pair.target)") }
            }
        }
    }
}
