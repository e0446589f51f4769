import ArgumentParser

/// `bitext glossary`: list, edit, import and export glossaries.
struct GlossaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "List, edit, import and export glossaries.",
        shouldDisplay: false
    )

    func run() async throws {
        throw ValidationError("`bitext glossary` is not available yet.")
    }
}
