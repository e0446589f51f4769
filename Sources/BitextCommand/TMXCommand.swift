import ArgumentParser
import Foundation
import TMX

/// `bitext tmx …`: inspect, validate, merge and convert translation memories.
struct TMXCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tmx",
        abstract: "Inspect, validate, merge and convert TMX translation memories.",
        subcommands: [Info.self, Validate.self, Merge.self, Convert.self, Generate.self]
    )
}

extension TMXCommand {
    /// Prints `text` to standard error (warnings that must not mix with data on standard output).
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Reports characters the writer had to drop.
    static func reportRemovedCharacters(_ count: Int, in path: String) {
        if count > 0 {
            warn("warning: \(path): removed \(count) character\(count == 1 ? "" : "s") that XML 1.0 forbids")
        }
    }

    /// JSON as the commands print it: sorted keys, ISO 8601 dates, pretty-printed.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
