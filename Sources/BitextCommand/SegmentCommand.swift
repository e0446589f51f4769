import ArgumentParser
import Documents
import Foundation
import Segmentation

/// `bitext segment`: split a release into sentences.
struct SegmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a release (.txt, .html, .docx) into sentences, one per line.",
        discussion: """
            The language comes from --lang, else from a tag in the path (release.fr.txt, release_fr.html, \
            fr/release.docx), else from the text. Bitext's own SRX rules are used unless --srx names \
            another SRX 1.0/2.0 file (Java-dialect regexes are translated). With --json, each line is a JSON \
            object: the block's index and kind, whether it is page boilerplate, the segment's offsets \
            (Unicode code points) in its block, and its text.
            """
    )

    @Argument(help: "The release to segment (.txt, .html, .docx).")
    var file: String

    @Option(name: .customLong("lang"), help: "Language code (en, fr, es, de, it, pt, ar, …).")
    var language: String?

    @Option(help: "An SRX file to use instead of Bitext's rules.")
    var srx: String?

    @Flag(help: "One JSON object per segment instead of its text.")
    var json = false

    @Flag(help: "Print to standard error the processor time reading and segmenting took (MB/s).")
    var timing = false

    func validate() throws {
        if let language { try LanguageCodeCheck.validate(language, option: "--lang") }
    }

    func run() async throws {
        let result = try render()
        for message in result.messages {
            FileHandle.standardError.write(Data("\(message)\n".utf8))
        }
        FileHandle.standardOutput.write(Data(result.output.utf8))
    }

    /// The command's standard output, and its warnings and timing lines for standard error.
    func render() throws -> (output: String, messages: [String]) {
        let readStart = clock()
        let document = try DocumentReader.read(contentsOf: URL(fileURLWithPath: file))
        let readTime = clock() - readStart
        var messages = document.warnings.map { "warning: \(file): \($0)" }
        let segmenter = try srx.map { path throws(SegmentationError) in
            try Segmenter(rules: SegmentationRules(contentsOf: URL(fileURLWithPath: path)))
        } ?? Segmenter()
        if let language, let warning = LanguageCodeCheck.warning(
            for: language, rules: segmenter.rules, fallback: "segmenting with \(segmenter.rules.fallbackDescription)") {
            messages.append("warning: \(warning)")
        }
        let language = language ?? detectedLanguage(of: document, messages: &messages)
        let blocks = document.blocks.map { (kind: $0.kind.rawValue, text: $0.text) }
        let segmentStart = clock()
        let items = segmenter.segment(blocks: blocks, language: language)
        let segmentTime = clock() - segmentStart
        if timing { messages.append(Self.timingLine(blocks: blocks, read: readTime, segment: segmentTime)) }
        var output = SegmentOutput()
        for item in items {
            if json {
                output.writeJSON(item, isBoilerplate: document.blocks[item.blockIndex].isBoilerplate)
            } else {
                output.writeLine(item.sentence.text)
            }
        }
        return (output.text, messages)
    }

    /// Processor time (not wall-clock time, which other processes inflate).
    private static func timingLine(blocks: [(kind: String, text: String)], read: clock_t, segment: clock_t) -> String {
        let bytes = Double(blocks.reduce(0) { $0 + $1.text.utf8.count })
        func rate(_ ticks: clock_t) -> String {
            let seconds = Double(ticks) / Double(CLOCKS_PER_SEC)
            return String(format: "%.3f s, %.1f MB/s", seconds, bytes / 1e6 / max(seconds, 1e-9))
        }
        return "timing (CPU): \(Int(bytes)) bytes of text; read \(rate(read)); segment \(rate(segment))"
    }

    private func detectedLanguage(of document: Document, messages: inout [String]) -> String {
        let sample = document.blocks.prefix(200).map(\.text).joined(separator: "\n")
        if let language = LanguageDetector.detect(path: file, text: sample) { return language }
        messages.append("warning: \(file): language not recognised, using the default rules (give --lang)")
        return "und"
    }
}
