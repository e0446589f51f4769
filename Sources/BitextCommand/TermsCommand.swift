import ArgumentParser

/// `bitext terms`: extract term candidates from memories and mark known terms in a release.
struct TermsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Extract term candidates from memories and mark known terms in a release.",
        shouldDisplay: false
    )

    func run() async throws {
        throw ValidationError("`bitext terms` is not available yet.")
    }
}
