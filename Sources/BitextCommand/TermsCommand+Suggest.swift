import ArgumentParser

extension TermsCommand {
    /// `bitext terms suggest`: mark glossary terms in a new release.
    struct Suggest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "suggest",
            abstract: "Mark every glossary term found in a new release, with its approved translations."
        )

        func run() async throws {
            throw ValidationError("not available yet")
        }
    }
}
