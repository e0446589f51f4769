import ArgumentParser
import Foundation
import Terminology

/// `bitext glossary`: list, edit, import and export glossaries.
struct GlossaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "List, edit, import and export glossaries (TBX, OmegaT TSV, CSV).",
        discussion: """
            Glossaries live in glossaries/ (any .tbx, .tsv, .txt, .tab or .csv file there). TBX v2 and v3 are
            read; TBX v3 (TBX-Basic, DCA) is written. Every rewrite is atomic.
            """,
        subcommands: [List.self, Add.self, Remove.self, Import.self, Export.self]
    )

    /// The options every glossary subcommand shares.
    struct Languages: ParsableArguments {
        @Option(help: ArgumentHelp("Source language (also the language entries are merged on).", valueName: "lang"))
        var from = "fr"

        @Option(help: ArgumentHelp("Target language.", valueName: "lang"))
        var to = "en"

        func validate() throws {
            try GlossaryCommand.Languages.requireDifferent(from, to)
        }

        /// Refuses a language pair whose two codes name the same language (`fr`, `FR`, `fr_FR`…
        /// compared as written, case and `_` aside): every entry would pair a term with itself.
        static func requireDifferent(_ from: String, _ to: String) throws {
            func folded(_ code: String) -> String { code.lowercased().replacingOccurrences(of: "_", with: "-") }
            if folded(from) == folded(to) {
                throw ValidationError("--from and --to are the same language (\(from)): give two languages, e.g. --from fr --to en")
            }
        }
    }

    /// The glossary a subcommand edits: `glossaries/glossary.tbx` unless given.
    static let defaultGlossary = "glossaries/glossary.tbx"

    /// Reads a glossary to edit, or an empty one when the file does not exist yet.
    static func openForEditing(_ path: String, languages: Languages) throws -> (Glossary, URL) {
        let url = URL(fileURLWithPath: path)
        guard GlossaryFormat(url: url) != nil else {
            throw ValidationError("\(path): unknown glossary format (use .tbx, .tsv, .txt, .tab or .csv)")
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            return (Glossary(title: url.deletingPathExtension().lastPathComponent, language: languages.from), url)
        }
        let glossary = try GlossaryFormat.read(contentsOf: url, languages: (languages.from, languages.to))
        return (glossary, url)
    }

    /// Writes an edited glossary back in its own format and says what the rewrite could not keep.
    static func save(_ glossary: Glossary, to url: URL, languages: Languages) throws {
        guard let format = GlossaryFormat(url: url) else { return }
        let skipped = try format.write(glossary, to: url, languages: [languages.from, languages.to])
        report(glossary.notKept, skipped: skipped, url: url, languages: languages)
    }

    /// Says on standard error what a rewrite could not keep.
    static func report(_ notKept: [GlossaryWarning], skipped: Int, url: URL, languages: Languages) {
        for warning in notKept { printError("note: \(warning): it was not written back") }
        if skipped > 0 { printError("note: \(skipped) entries lack \(languages.from) or \(languages.to) and were not written to \(url.path)") }
    }
}

/// Prints a line on standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

extension GlossaryCommand {
    /// `bitext glossary list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the entries of glossaries, with duplicates, conflicts and what was read past.")

        @Argument(help: "Glossary files (default: every glossary in glossaries/).")
        var files: [String] = []

        @OptionGroup var languages: Languages

        @Flag(help: "Show every warning, not only the first ten per file.")
        var verbose = false

        func run() async throws {
            let urls = GlossaryStore.files(files)
            guard !urls.isEmpty else { throw ValidationError("no glossary: glossaries/ is empty or missing, and no file was given") }
            for url in urls {
                let glossary = try GlossaryFormat.read(contentsOf: url, languages: (languages.from, languages.to))
                print("\(url.relativePath): \(glossary.entries.count) entries; languages \(glossary.languages.joined(separator: ", "))"
                    + (glossary.title.map { "; \"\($0)\"" } ?? ""))
                for entry in glossary.entries {
                    let sources = entry.terms(in: languages.from), targets = entry.terms(in: languages.to)
                    var line = "  "
                    if !sources.isEmpty, !targets.isEmpty {
                        line += sources.map { describe($0, in: entry) }.joined(separator: " | ") + "  →  "
                            + targets.map { describe($0, in: entry) }.joined(separator: " | ")
                    } else {
                        line += entry.languages.map { section in
                            section.language + ": " + section.terms.map { describe($0, in: entry) }.joined(separator: " | ")
                        }.joined(separator: "; ")
                    }
                    if let note = entry.note { line += "  — \(note)" }
                    if let source = entry.source { line += "  [source: \(source)]" }
                    print(line)
                }
                let problems = glossary.problems(from: languages.from, to: languages.to).map { GlossaryWarning(path: url.path, message: $0.message) }
                let warnings = problems + glossary.warnings
                for warning in verbose ? warnings : Array(warnings.prefix(10)) { printError("warning: \(warning)") }
                if !verbose && warnings.count > 10 { printError("warning: … and \(warnings.count - 10) more (--verbose)") }
            }
        }

        private func describe(_ term: Term, in entry: GlossaryEntry) -> String {
            let status = entry.status(of: term)
            return term.text + (status == .approved ? "" : " (\(status.rawValue))")
        }
    }

    /// `bitext glossary add`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a term pair (or accept a candidate) into a glossary.",
            discussion: "An entry that already has the source term gets the target as a synonym (or its status updated).")

        @Argument(help: "The source term, in base form.")
        var source: String

        @Argument(help: "The target term, in base form.")
        var target: String

        @OptionGroup var languages: Languages

        @Option(help: "candidate, approved or forbidden.")
        var status: TermStatus = .approved

        @Option(help: "A note on the translation.")
        var note: String?

        @Option(name: .customLong("source"), help: "Where the pair comes from (a memory, a release, a colleague).")
        var origin: String?

        @Option(name: .customLong("glossary"), help: "The glossary to edit.")
        var glossary = GlossaryCommand.defaultGlossary

        func run() async throws {
            let acceptance = try Glossary.accept(
                source: source, target: target, from: languages.from, to: languages.to, status: status, note: note,
                origin: origin, into: URL(fileURLWithPath: glossary))
            GlossaryCommand.report(acceptance.notKept, skipped: acceptance.skipped, url: URL(fileURLWithPath: glossary), languages: languages)
            print("\(acceptance.merged ? "updated" : "added"): \(source.trimmingCharacters(in: .whitespacesAndNewlines)) → "
                + "\(target.trimmingCharacters(in: .whitespacesAndNewlines)) (\(status.rawValue)) in \(glossary)")
        }
    }

    /// `bitext glossary remove`.
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove the entries that have a term.")

        @Argument(help: "The term (compared without case, accents or extra spaces).")
        var term: String

        @Option(help: "Only entries that have the term in this language.")
        var language: String?

        @Option(name: .customLong("glossary"), help: "The glossary to edit.")
        var glossary = GlossaryCommand.defaultGlossary

        @OptionGroup var languages: Languages

        func run() async throws {
            guard FileManager.default.fileExists(atPath: glossary) else { throw ValidationErrorWithPlace(path: glossary, line: 0, message: "no such glossary") }
            var (edited, url) = try GlossaryCommand.openForEditing(glossary, languages: languages)
            let removed = edited.remove(term: term, language: language)
            guard removed > 0 else { throw ValidationErrorWithPlace(path: glossary, line: 0, message: "no entry has the term \"\(term)\"") }
            try GlossaryCommand.save(edited, to: url, languages: languages)
            print("removed \(removed) \(removed == 1 ? "entry" : "entries") with \"\(term)\" from \(glossary)")
        }
    }

    /// `bitext glossary import`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge glossaries (TBX, TSV, CSV, or a candidate list from `bitext terms extract`) into one.")

        @Argument(help: "Files to import.")
        var files: [String]

        @Option(name: .customLong("into"), help: "The glossary to merge into.")
        var glossary = GlossaryCommand.defaultGlossary

        @Option(help: "Give every imported entry this status (default: keep the file's).")
        var status: TermStatus?

        @OptionGroup var languages: Languages

        func run() async throws {
            var (edited, url) = try GlossaryCommand.openForEditing(glossary, languages: languages)
            for file in files {
                let imported = try GlossaryFormat.read(contentsOf: URL(fileURLWithPath: file), languages: (languages.from, languages.to))
                var added = 0, merged = 0
                for var entry in imported.entries {
                    if let status {
                        entry.status = status
                        for section in entry.languages.indices {
                            for term in entry.languages[section].terms.indices { entry.languages[section].terms[term].status = nil }
                        }
                    }
                    if entry.source == nil { entry.source = URL(fileURLWithPath: file).lastPathComponent }
                    if edited.add(entry, mergingOn: languages.from) { merged += 1 } else { added += 1 }
                }
                edited.warnings += imported.warnings
                print("\(file): \(added) entries added, \(merged) merged into existing ones")
            }
            try GlossaryCommand.save(edited, to: url, languages: languages)
            for problem in edited.problems(from: languages.from, to: languages.to) { printError("warning: \(url.path): \(problem.message)") }
        }
    }

    /// `bitext glossary export`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write glossaries as one TBX v3, OmegaT TSV or CSV file (chosen by the extension of -o).")

        @Argument(help: "Glossary files (default: every glossary in glossaries/).")
        var files: [String] = []

        @Option(name: .shortAndLong, help: "The file to write (.tbx, .tsv, .txt, .tab or .csv).")
        var output: String

        @OptionGroup var languages: Languages

        func run() async throws {
            let url = URL(fileURLWithPath: output)
            guard let format = GlossaryFormat(url: url) else {
                throw ValidationError("\(output): unknown glossary format (use .tbx, .tsv, .txt, .tab or .csv)")
            }
            let glossaries = try GlossaryStore.load(files, languages: (languages.from, languages.to))
            guard !glossaries.isEmpty else { throw ValidationError("no glossary: glossaries/ is empty or missing, and no file was given") }
            var merged = Glossary(title: glossaries.count == 1 ? glossaries[0].title : "Glossaries exported by Bitext",
                                  language: glossaries[0].language)
            for glossary in glossaries { merged.entries += glossary.entries }
            let skipped = try format.write(merged, to: url, languages: [languages.from, languages.to])
            print("\(merged.entries.count - skipped) entries written to \(output)" + (skipped > 0 ? " (\(skipped) lack \(languages.from) or \(languages.to))" : ""))
        }
    }
}

extension TermStatus: ExpressibleByArgument {}
