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
                let values = (features ?? []).map(fixed4).joined(separator: ", ")
                return "[\(Array(bead.source)), \(Array(bead.target)), \(fixed4(bead.confidence)), [\(values)]]"
            }
            print("{\"beads\": [\(beads.joined(separator: ", "))]}")
        }
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
