@_spi(Benchmark) import Alignment
import Foundation

/// `bitext-bench-align`: aligns many pre-segmented document pairs in one process (the dictionaries
/// are read once), for tuning and evaluating the model quickly. Reads lines `LANGS<TAB>SOURCE<TAB>TARGET`
/// (`de,fr<TAB>test0.de<TAB>test0.fr`) on standard input and prints, for each, one JSON line
/// `{"beads": [[[source…], [target…], confidence, [confidence features…]], …]}`. `scripts/eval-alignment --bench` uses it.
/// `--pool`: the documents of a language pair are aligned again with one lexicon learned from all of
/// them (``LexiconPool``: its lexicon and, where no dictionary is installed, its graded links; `--no-pool-links`:
/// the lexicon only), those of `--context=FILE` (same line format) joining the pool unprinted.
/// `--coverage`: lines carry a fourth field, the gold beads; prints `{"coverage": [gold, neighbours]}`
/// (``SentenceAligner/lexicalCoverage(source:target:gold:)``) instead of beads.
@main
enum BenchAlign {
    static func main() {
        var options = AlignmentOptions()
        var pools = false, poolLinks = true, threshold = 0.7, cooccurrences = 2, coverage = false
        var contextFiles: [String] = []
        for argument in CommandLine.arguments.dropFirst() {
            if argument == "--no-dictionary" {
                options.usesInstalledDictionaries = false
            } else if argument == "--coverage" {
                coverage = true
            } else if argument == "--pool" {
                pools = true
            } else if argument == "--no-pool-links" {
                poolLinks = false
            } else if argument.hasPrefix("--pool-threshold="), let value = Double(argument.dropFirst("--pool-threshold=".count)) {
                threshold = value
            } else if argument.hasPrefix("--pool-cooccurrences="), let value = Int(argument.dropFirst("--pool-cooccurrences=".count)) {
                cooccurrences = value
            } else if argument.hasPrefix("--context=") {
                contextFiles.append(String(argument.dropFirst("--context=".count)))
            } else if argument.hasPrefix("--weight=") {
                let parts = argument.dropFirst("--weight=".count).split(separator: "=")
                guard parts.count == 2, let value = Double(parts[1]), options.weights.set(String(parts[0]), to: value) else {
                    fail("unknown weight `\(argument)`")
                }
            } else {
                fail("usage: bitext-bench-align [--no-dictionary] [--pool] [--no-pool-links] [--pool-threshold=P] [--pool-cooccurrences=N] [--context=FILE…] [--weight=NAME=VALUE…] < LANGS<TAB>SOURCE<TAB>TARGET lines")
            }
        }
        var documents: [DocumentPair] = []
        while let line = readLine() { documents.append(document(line, printed: true)) }
        for file in contextFiles {
            guard let data = FileManager.default.contents(atPath: file), let text = String(validating: data, as: UTF8.self)
            else { fail("\(file): cannot read") }
            documents += LineReader.trimmedLines(text).filter { !$0.isEmpty }.map { document($0, printed: false) }
        }
        var documentOptions = documents.map { _ in options }
        var results = documents.map { aligned($0, options) }
        // Documents of the same language pair are aligned again with one lexicon learned from all of them.
        if pools {
            let groups = Dictionary(grouping: documents.indices) { documents[$0].languages }
            for (languages, members) in groups where members.count > 1 {
                var pool = LexiconPool(sourceLanguage: languages.first, targetLanguage: languages.last)
                for index in members { pool.add(results[index].0, source: documents[index].source, target: documents[index].target) }
                var pooledOptions = options
                (pooledOptions.pooledLexicon, pooledOptions.pooledLinks) = pool.learn(threshold: threshold, minimumCooccurrences: cooccurrences)
                if !poolLinks { pooledOptions.pooledLinks = TranslationLinks() }
                for index in members where documents[index].printed {
                    documentOptions[index] = pooledOptions
                    results[index] = aligned(documents[index], pooledOptions)
                }
            }
        }
        for (index, (document, (alignment, features))) in zip(documents, results).enumerated() where document.printed {
            if coverage {
                guard let goldPath = document.gold, let data = FileManager.default.contents(atPath: goldPath),
                      let entries = try? VecalignFormat.parseEntries(String(decoding: data, as: UTF8.self))
                else { fail("--coverage: no gold for a document") }
                // Gold beads whose indices are not consecutive (rare) count as their whole span.
                let gold = entries.map { entry in
                    Bead(source: (entry.entry.source.min() ?? 0)..<((entry.entry.source.max() ?? -1) + 1),
                         target: (entry.entry.target.min() ?? 0)..<((entry.entry.target.max() ?? -1) + 1))
                }
                var options = documentOptions[index]
                options.sourceLanguage = document.languages.first
                options.targetLanguage = document.languages.last
                let shares = SentenceAligner(options: options).lexicalCoverage(source: document.source, target: document.target, gold: gold)
                print("{\"coverage\": [\(fixed4(shares.gold)), \(fixed4(shares.neighbours))]}")
                continue
            }
            let beads = zip(alignment.beads, features).map { bead, features in
                let values = (features ?? []).map(fixed4).joined(separator: ", ")
                return "[\(Array(bead.source)), \(Array(bead.target)), \(fixed4(bead.confidence)), [\(values)]]"
            }
            print("{\"beads\": [\(beads.joined(separator: ", "))]}")
        }
    }

    /// A document pair to align: its languages and sentences, and whether its alignment is printed
    /// (documents of `--context` files only feed the pooled lexicon).
    struct DocumentPair {
        var languages: [String]
        var source: [String]
        var target: [String]
        var printed: Bool
        /// The gold alignment (vecalign format), an optional fourth field, for `--coverage`.
        var gold: String?
    }

    static func aligned(_ document: DocumentPair, _ options: Alignment.AlignmentOptions) -> (SentenceAlignment, [[Double]?]) {
        var documentOptions = options
        documentOptions.sourceLanguage = document.languages.first
        documentOptions.targetLanguage = document.languages.last
        return SentenceAligner(options: documentOptions).alignLinesWithFeatures(source: document.source, target: document.target)
    }

    static func document(_ line: String, printed: Bool) -> DocumentPair {
        let fields = line.split(separator: "\t").map(String.init)
        guard fields.count == 3 || fields.count == 4 else { fail("expected LANGS<TAB>SOURCE<TAB>TARGET[<TAB>GOLD], got `\(line)`") }
        return DocumentPair(languages: fields[0].split(separator: ",").map(String.init),
                            source: sentences(fields[1]), target: sentences(fields[2]), printed: printed,
                            gold: fields.count == 4 ? fields[3] : nil)
    }

    /// The lines of a file, each trimmed of whitespace and newlines at both ends.
    static func sentences(_ path: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self)
        else { fail("\(path): cannot read") }
        return LineReader.trimmedLines(text)
    }

    /// `value` with four decimals, as `String(format: "%.4f", value)` prints it, without Foundation's
    /// formatter (C's `vsnprintf` in the C locale).
    static func fixed4(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            let count = withVaList([value]) { vsnprintf(buffer.baseAddress, 64, "%.4f", $0) }
            guard count > 0, count < 64, let start = buffer.baseAddress else { return String(format: "%.4f", value) }
            return String(cString: start)
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("bitext-bench-align: \(message)\n".utf8))
        exit(2)
    }
}
