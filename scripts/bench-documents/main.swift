// Throughput of Bitext's document readers (release build), on the files given as arguments.
// Used by scripts/bench-documents/run; prints one line per format.
import Documents
import Foundation

let rounds = 20
var byFormat: [DocumentFormat: [Data]] = [:]
for path in CommandLine.arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    guard let format = DocumentFormat(fileExtension: url.pathExtension) else { continue }
    byFormat[format, default: []].append(try Data(contentsOf: url))
}
for format in DocumentFormat.allCases {
    guard let files = byFormat[format] else { continue }
    let clock = ContinuousClock()
    var bytes = 0, blocks = 0
    let elapsed = try clock.measure {
        for _ in 0..<rounds {
            for data in files {
                blocks += try DocumentReader.read(data: data, format: format).blocks.count
                bytes += data.count
            }
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(String(format: "bitext  %-5@ %3d files %8d bytes  %6d blocks  %7.2f MB/s",
                 format.rawValue, files.count, bytes / rounds, blocks / rounds, Double(bytes) / seconds / 1e6))
}
