import ArgumentParser

/// `bitext align`: align the language versions of releases sentence by sentence.
struct AlignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the language versions of releases sentence by sentence.",
        shouldDisplay: false
    )

    func run() async throws {
        throw ValidationError("`bitext align` is not available yet.")
    }
}
