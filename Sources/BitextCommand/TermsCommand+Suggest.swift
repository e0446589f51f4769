import ArgumentParser
import Documents
import Foundation
import Terminology

extension TermsCommand {
    /// `bitext terms suggest`: mark glossary terms in a new release.
    struct Suggest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "suggest",
            abstract: "Mark every glossary term found in a new release, with its approved translations.",
            discussion: """
                Matching ignores case and accents and tolerates elision (d’/de, l’), articles, plural and
                feminine forms, and one word inserted inside a term. Prints line:column, the text found,
                and the translations (approved first); forbidden translations and forbidden source terms
                are flagged.
                """
        )

        @Argument(help: "The release (.txt, .html or .docx).")
        var file: String

        @Option(help: "The language of the release.")
        var from = "fr"

        @Option(help: "The language of the translations to show.")
        var to = "en"

        @Option(name: .customLong("glossary"), help: "Glossary files or folders to use (default: every glossary in glossaries/).")
        var glossaries: [String] = []

        @Option(help: "Also mark the strong candidates of a list written by `bitext terms extract`.")
        var candidates: String?

        @Option(help: "How many of the first (best) candidates to use with --candidates.")
        var top = 50

        func run() async throws {
            let lines = try report()
            for line in lines { print(line) }
            printError("\(lines.count) term occurrences in \(file)")
        }

        /// One line per occurrence: `file:line: text found  (term: …)  →  translations  [not: …]`.
        func report() throws -> [String] {
            var sources = try GlossaryStore.load(glossaries, languages: (from, to))
            if let candidates {
                var list = try GlossaryFormat.read(contentsOf: URL(fileURLWithPath: candidates), languages: (from, to))
                list.entries = Array(list.entries.prefix(top)).map { entry in
                    var entry = entry
                    entry.status = .candidate
                    return entry
                }
                sources.append(list)
            }
            let matcher = TermMatcher(glossaries: sources, language: from, targetLanguage: to)
            guard matcher.termCount > 0 else {
                let places = (glossaries.isEmpty ? ["glossaries/"] : glossaries) + (candidates.map { [$0] } ?? [])
                throw ValidationError("\(places.joined(separator: ", ")): no \(from) term in the glossaries: nothing to look for (add some with `bitext glossary add` or --glossary)")
            }
            let document: Document
            do { document = try DocumentReader.read(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw ValidationError("\(error)")
            }
            var lines: [String] = []
            for block in document.blocks {
                for occurrence in matcher.occurrences(in: block.text) {
                    // Text and HTML blocks know their line; Word paragraphs are numbered instead.
                    let place = block.line > 0 ? "\(block.line + occurrence.line - 1)" : "¶\(block.index + 1)"
                    var line = "\(file):\(place): \(occurrence.text)"
                    if occurrence.isApproximate { line += "  (term: \(occurrence.term.text))" }
                    if occurrence.status == .forbidden { line += "  FORBIDDEN source term" }
                    let translations = occurrence.translations.map { term in
                        term.text + (occurrence.entry.status(of: term) == .candidate ? " (candidate)" : "")
                    }
                    line += "  →  " + (translations.isEmpty ? "(no \(to) translation)" : translations.joined(separator: " | "))
                    if !occurrence.forbidden.isEmpty { line += "  [not: " + occurrence.forbidden.map(\.text).joined(separator: ", ") + "]" }
                    lines.append(line)
                }
            }
            return lines
        }
    }
}
