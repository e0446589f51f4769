import ArgumentParser

/// `bitext lookup`: show how a sentence, phrase or word was translated before.
struct LookupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show how a sentence, phrase or word was translated before.",
        shouldDisplay: false
    )

    func run() async throws {
        throw ValidationError("`bitext lookup` is not available yet.")
    }
}
