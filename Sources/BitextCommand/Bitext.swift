import ArgumentParser

/// The `bitext` command: align, store, look up and mine translations of press releases.
public struct Bitext: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Align, store and look up the translations of multilingual press releases.",
        version: "0.1.0",
        subcommands: [
            SegmentCommand.self,
            AlignCommand.self,
            TMXCommand.self,
            LookupCommand.self,
            IndexCommand.self,
            GlossaryCommand.self,
            TermsCommand.self,
            ServeCommand.self,
        ]
    )

    public init() {}
}
