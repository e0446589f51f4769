import ArgumentParser
import Foundation
import Lookup
import Memory
import Terminology

/// `bitext lookup`: show how a sentence, phrase or word was translated before.
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show how a sentence, phrase or word was translated before.",
        discussion: """
            Fuzzy matches for a sentence (match %, the words that differ highlighted, source document and \
            date) and concordance for a word or phrase (every unit containing it, case-, accent- and \
            elision-insensitive, then those holding a phrase in another inflection or with one word \
            inserted, marked near:, grouped by distinct translation with counts), from every TMX under tmx/ \
            or those given with --tm, and the entries of the glossaries (glossaries/ or --glossary) for \
            the terms of the text, which also mark the rendering of a phrase in the concordance. The index beside the memories is created on first use and updated \
            when a memory changes. Colour on a terminal, [brackets] around highlights when piped.
            """
    )

    @Argument(help: "The sentence, phrase or word to look up.")
    var text: String

    @Option(help: ArgumentHelp("The language of the text (default: any).", valueName: "lang"))
    var from: String?

    @Option(help: ArgumentHelp("The language of the translations (default: every other).", valueName: "lang"))
    var to: String?

    @OptionGroup var memories: MemoryOptions

    @Option(name: .customLong("glossary"),
            help: ArgumentHelp("Glossary files or folders to use (default: every glossary in glossaries/).", valueName: "path"))
    var glossaries: [String] = []

    @Option(help: "The lowest fuzzy match percentage shown.")
    var min = 70

    @Option(help: "The most fuzzy matches and concordance groups shown.")
    var max = 10

    @Flag(help: "Only fuzzy matches.")
    var fuzzy = false

    @Flag(help: "Only the concordance.")
    var concordance = false

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: "Colour: auto (on a terminal), always or never.")
    var color: ColorChoice = .auto

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    func validate() throws {
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ValidationError("the text to look up is empty: give a sentence, a phrase or a word")
        }
        guard (1...100).contains(min) else { throw ValidationError("--min must be between 1 and 100") }
        guard max >= 1 else { throw ValidationError("--max must be at least 1") }
    }

    func run() throws {
        let report = try report()
        if json {
            print(try report.json())
        } else {
            let colour = color == .always || (color == .auto && isatty(STDOUT_FILENO) == 1
                && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
            print(report.text(colour: colour), terminator: "")
        }
    }

    /// Looks the text up in the memories and glossaries.
    func report() throws -> LookupReport {
        let mode: LookupReport.Mode = fuzzy == concordance ? (fuzzy ? .both : .auto) : (fuzzy ? .fuzzy : .concordance)
        let query = LookupReport.Query(text: text, from: from, to: to, mode: mode, minimum: min, limit: max)
        do {
            try query.validate()
            let library = try memories.openLibrary()
            let glossary = GlossaryLookup(files: GlossaryStore.files(glossaries).map { ($0.lastPathComponent, $0) },
                                          languages: (from ?? "en", to ?? "fr"))
            for problem in glossary.problems { printError("warning: \(problem.message) — glossary skipped") }
            return try LookupReport(query, in: library, glossary: glossary)
        } catch let error as MemoryIndexError {
            throw ValidationError(error.description)
        }
    }
}
