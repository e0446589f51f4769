import ArgumentParser

/// `bitext segment`: split a release into sentences.
struct SegmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a release into sentences.",
        shouldDisplay: false
    )

    func run() async throws {
        throw ValidationError("`bitext segment` is not available yet.")
    }
}
