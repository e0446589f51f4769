import ArgumentParser
import Foundation
import Memory

/// `bitext index`: rebuild the lookup index of the translation memories.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Rebuild the lookup index of the translation memories.",
        discussion: """
            The index lives in .bitext-index/ beside the memories (or in ~/.cache/bitext when their folder \
            is read-only). `bitext lookup` creates and updates it by itself; this command rebuilds it, or \
            with --status only brings it up to date and shows it.
            """
    )

    @OptionGroup var memories: LookupCommand.MemoryOptions

    @Flag(help: "Only update what changed and show the state of each index.")
    var status = false

    func run() throws {
        let start = Date()
        let library = try memories.openLibrary(rebuild: !status)
        for index in library.indexes {
            print("\(LookupCommand.MemoryOptions.display(index.memory)): \(index.unitCount) units, \(index.languages.joined(separator: " ")), index \(Self.megabytes(index.sizeOnDisk))")
        }
        if !status {
            print("\(library.indexes.count) memor\(library.indexes.count == 1 ? "y" : "ies") indexed in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
        }
        if !library.problems.isEmpty { throw ExitCode.failure }
    }

    static func megabytes(_ bytes: Int64) -> String {
        bytes < 1_000_000 ? "\(bytes / 1000) kB" : String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
