import ArgumentParser

/// `bitext terms`: extract term candidates from memories and mark known terms in a release.
struct TermsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Extract term candidates from memories and mark known terms in a release.",
        subcommands: [Extract.self, Suggest.self, Evaluate.self]
    )
}
