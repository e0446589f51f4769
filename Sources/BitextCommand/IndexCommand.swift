import ArgumentParser

/// `bitext index`: rebuild the lookup index of the translation memories.
struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Rebuild the lookup index of the translation memories.",
        shouldDisplay: false
    )

    func run() async throws {
        throw ValidationError("`bitext index` is not available yet.")
    }
}
