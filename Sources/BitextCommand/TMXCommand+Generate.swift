import ArgumentParser
import Foundation
import TMX

extension TMXCommand {
    /// `bitext tmx generate --units N -o OUT`: a synthetic EN/FR memory for benchmarks
    /// (`scripts/bench-tmx`). Hidden: it is a measuring tool, not a user feature.
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a synthetic English/French memory of N units (for benchmarks).",
            shouldDisplay: false)

        @Option(help: "How many units to write.")
        var units = 1_000_000

        @Option(help: "The number of the first unit (two memories overlap where their numbers do).")
        var start = 0

        @Option(name: .shortAndLong, help: "The TMX file to write.")
        var output: String

        func run() async throws {
            let began = Date()
            let url = URL(fileURLWithPath: output)
            let writer = try TMXWriter(url: url, header: .bitext(sourceLanguage: "en"))
            for index in start..<(start + units) { try writer.write(Self.unit(index)) }
            try writer.finish()
            let seconds = Date().timeIntervalSince(began)
            let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            let megabytes = Double(bytes) / 1_000_000
            print(String(format: "wrote %d units, %.1f MB in %.2f s: %.1f MB/s, %.0f units/s",
                         units, megabytes, seconds, megabytes / seconds, Double(units) / seconds))
        }

        private static let subjects = [
            ("Police in 14 countries", "Les polices de 14 pays"),
            ("Customs officers", "Les douaniers"),
            ("Investigators from the regional bureau", "Les enquêteurs du bureau régional"),
            ("Border officers", "Les agents des frontières"),
        ]
        private static let verbs = [
            ("seized", "ont saisi"), ("identified", "ont identifié"), ("traced", "ont retrouvé"),
            ("recovered", "ont récupéré"),
        ]
        private static let objects = [
            ("stolen vehicles and forged travel documents", "des véhicules volés et des documents de voyage falsifiés"),
            ("illicit firearms hidden in shipping containers", "des armes illicites cachées dans des conteneurs"),
            ("suspects wanted under red notices", "des suspects recherchés par notice rouge"),
            ("cultural goods reported missing", "des biens culturels signalés disparus"),
        ]

        /// A deterministic unit, about 410 bytes once written.
        static func unit(_ index: Int) -> TranslationUnit {
            let subject = subjects[index % 4], verb = verbs[index / 4 % 4], object = objects[index / 16 % 4]
            let date = Date(timeIntervalSince1970: 1_700_000_000 + Double(index * 60))
            return TranslationUnit(
                id: String(index + 1),
                variants: [
                    TMXVariant(language: "en", segment: TMXSegment("\(subject.0) \(verb.0) \(object.0) (case \(index)).")),
                    TMXVariant(language: "fr", segment: TMXSegment("\(subject.1) \(verb.1) \(object.1) (affaire \(index)).")),
                ],
                attributes: TMXAttributes(creationDate: date),
                properties: [TMXProperty(type: "x-release", value: "PR-\(index / 10)")])
        }
    }
}
