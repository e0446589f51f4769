import Alignment
import ArgumentParser
import Foundation
import Segmentation

/// `bitext align`: align the language versions of releases sentence by sentence.
struct AlignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the language versions of releases sentence by sentence.",
        discussion: """
            The versions are release files (.txt, .html, .docx): each is read, its boilerplate \
            left out and its text split into sentences, the blocks serving as anchors. \
            With --presegmented, each file holds one sentence per line (a blank line separates \
            paragraphs only with --paragraphs). Beads come out with a confidence in [0, 1].
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tmx, vecalign, tsv, json
    }

    @Argument(help: "The versions: source first, then target.")
    var files: [String]

    @Flag(help: "The files hold one sentence per line (as in the benchmark sets).")
    var presegmented = false

    @Flag(help: "With --presegmented: blank lines separate paragraphs, used as anchors.")
    var paragraphs = false

    @Option(help: "Languages of the versions, e.g. en,fr (guessed when left out).")
    var langs: String?

    @Option(help: "Output format: tmx (the default with -o NAME.tmx), vecalign (beads, the default otherwise), tsv (score, bead, source, target) or json.")
    var format: Format?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Leave out pairs whose confidence is below this value (tmx, tsv and json).")
    var minConfidence: Double = 0

    @Flag(help: "TMX: also write sentences without counterpart (1-0, 0-1) as one-variant units.")
    var keepUnaligned = false

    @Flag(help: "Do not use the dictd dictionaries installed under /usr/share/dictd.")
    var noDictionary = false

    @Option(help: ArgumentHelp("Set a model weight, e.g. skip=2.5 (for evaluations).", visibility: .hidden))
    var weight: [String] = []

    func validate() throws {
        guard files.count == 2 else {
            throw ValidationError("give exactly two versions (source and target); got \(files.count)")
        }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        if outputFormat == .tmx && output == nil {
            throw ValidationError("TMX output needs a file: -o memory.tmx (or choose --format vecalign|tsv|json)")
        }
    }

    /// The chosen format, or the default for the output file.
    var outputFormat: Format {
        format ?? (output?.lowercased().hasSuffix(".tmx") == true ? .tmx : .vecalign)
    }

    func run() async throws {
        var options = AlignmentOptions()
        if let langs {
            let codes = langs.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces).lowercased() }
            guard codes.count == files.count, codes.allSatisfy({ !$0.isEmpty }) else {
                throw ValidationError("--langs needs one language per file, e.g. en,fr")
            }
            options.sourceLanguage = codes[0]
            options.targetLanguage = codes[1]
        }
        options.usesInstalledDictionaries = !noDictionary
        for setting in weight {
            let parts = setting.split(separator: "=")
            guard parts.count == 2, let value = Double(parts[1]), options.weights.set(String(parts[0]), to: value) else {
                throw ValidationError("--weight expects NAME=NUMBER with a known weight name, got `\(setting)`")
            }
        }
        let source: (sentences: [String], blocks: [Int]?)
        let target: (sentences: [String], blocks: [Int]?)
        if presegmented {
            let a = try PresegmentedText(contentsOf: files[0], paragraphs: paragraphs)
            let b = try PresegmentedText(contentsOf: files[1], paragraphs: paragraphs)
            source = (a.sentences, paragraphs ? a.blocks : nil)
            target = (b.sentences, paragraphs ? b.blocks : nil)
        } else {
            let segmenter = Segmenter()
            let a = try SegmentedDocument(contentsOf: files[0], language: options.sourceLanguage, segmenter: segmenter)
            let b = try SegmentedDocument(contentsOf: files[1], language: options.targetLanguage, segmenter: segmenter)
            options.sourceLanguage = a.language
            options.targetLanguage = b.language
            source = (a.sentences, a.blocks)
            target = (b.sentences, b.blocks)
        }
        let aligner = SentenceAligner(options: options)
        let alignment = aligner.align(source: source.sentences, target: target.sentences,
                                      sourceBlocks: source.blocks, targetBlocks: target.blocks)
        for warning in alignment.warnings {
            FileHandle.standardError.write(Data("warning: \(files[0]) ↔ \(files[1]): \(warning)\n".utf8))
        }
        if outputFormat == .tmx, let output {
            let memory = AlignmentMemory(
                documentName: files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " | "),
                minConfidence: minConfidence, keepUnaligned: keepUnaligned)
            let added = try memory.append(alignment, source: source.sentences, target: target.sentences,
                                          to: URL(fileURLWithPath: output))
            FileHandle.standardError.write(Data("\(output): \(added) units added\n".utf8))
            return
        }
        let text = render(alignment, source: source.sentences, target: target.sentences)
        try OutputFile.write(text, to: output)
    }

    private func render(_ alignment: SentenceAlignment, source: [String], target: [String]) -> String {
        switch outputFormat {
        case .tmx, .vecalign:
            return VecalignFormat.format(alignment.beads)
        case .tsv:
            return alignment.beads.filter { !$0.isPair || $0.confidence >= minConfidence }.map { bead in
                let s = bead.source.map { source[$0] }.joined(separator: " ")
                let t = bead.target.map { target[$0] }.joined(separator: " ")
                return "\(String(format: "%.3f", bead.confidence))\t\(bead.kind)\t\(tsvField(s))\t\(tsvField(t))\n"
            }.joined()
        case .json:
            let beads = alignment.beads.filter { !$0.isPair || $0.confidence >= minConfidence }.map { bead in
                JSONBead(source: Array(bead.source), target: Array(bead.target), kind: bead.kind,
                         confidence: (bead.confidence * 1000).rounded() / 1000,
                         sourceText: bead.source.map { source[$0] }.joined(separator: " "),
                         targetText: bead.target.map { target[$0] }.joined(separator: " "))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let document = JSONAlignment(warnings: alignment.warnings, beads: beads)
            return (String(data: (try? encoder.encode(document)) ?? Data(), encoding: .utf8) ?? "") + "\n"
        }
    }

    private func tsvField(_ text: String) -> String {
        text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    private struct JSONAlignment: Encodable {
        var warnings: [String]
        var beads: [JSONBead]
    }

    private struct JSONBead: Encodable {
        var source: [Int]
        var target: [Int]
        var kind: String
        var confidence: Double
        var sourceText: String
        var targetText: String
    }
}
