import ArgumentParser

/// `bitext tmx …`: inspect, validate, merge and convert translation memories.
struct TMXCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tmx",
        abstract: "Inspect, validate, merge and convert TMX translation memories.",
        subcommands: []
    )
}
