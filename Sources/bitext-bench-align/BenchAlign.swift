@_spi(Benchmark) import Alignment
import Foundation

/// `bitext-bench-align`: aligns many pre-segmented document pairs in one process (the dictionaries
/// are read once), for tuning and evaluating the model quickly. Reads lines `LANGS<TAB>SOURCE<TAB>TARGET`
/// (`de,fr<TAB>test0.de<TAB>test0.fr`) on standard input and prints, for each, one JSON line
/// `{"beads": [[[source…], [target…], confidence, [confidence features…]], …]}`. `scripts/eval-alignment --bench` uses it.
@main
enum BenchAlign {
    static func main() {
        var options = AlignmentOptions()
        for argument in CommandLine.arguments.dropFirst() {
            if argument == "--no-dictionary" {
                options.usesInstalledDictionaries = false
            } else if argument.hasPrefix("--weight=") {
                let parts = argument.dropFirst("--weight=".count).split(separator: "=")
                guard parts.count == 2, let value = Double(parts[1]), options.weights.set(String(parts[0]), to: value) else {
                    fail("unknown weight `\(argument)`")
                }
            } else {
                fail("usage: bitext-bench-align [--no-dictionary] [--weight=NAME=VALUE…] < LANGS<TAB>SOURCE<TAB>TARGET lines")
            }
        }
        while let line = readLine() {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3 else { fail("expected LANGS<TAB>SOURCE<TAB>TARGET, got `\(line)`") }
            let languages = fields[0].split(separator: ",").map(String.init)
            var documentOptions = options
            documentOptions.sourceLanguage = languages.first
            documentOptions.targetLanguage = languages.last
            let source = sentences(fields[1]), target = sentences(fields[2])
            let (alignment, features) = SentenceAligner(options: documentOptions)
                .alignLinesWithFeatures(source: source, target: target)
            let beads = zip(alignment.beads, features).map { bead, features in
                let values = (features ?? []).map { String(format: "%.4f", $0) }.joined(separator: ", ")
                return "[\(Array(bead.source)), \(Array(bead.target)), \(String(format: "%.4f", bead.confidence)), [\(values)]]"
            }
            print("{\"beads\": [\(beads.joined(separator: ", "))]}")
        }
    }

    static func sentences(_ path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("\(path): cannot read") }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("bitext-bench-align: \(message)\n".utf8))
        exit(2)
    }
}
