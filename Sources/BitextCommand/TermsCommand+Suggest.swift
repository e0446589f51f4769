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
                feminine forms, and one word inserted inside a term. Prints the line, the text found,
                and the translations (approved first); forbidden translations and forbidden source terms
                are flagged. A term inside a longer one is listed after it, marked (inside: …), unless
                --no-nested is given.
                """
        )

        @Argument(help: "The release (.txt, .html or .docx).")
        var file: String

        @Option(help: ArgumentHelp("The language of the release.", valueName: "lang"))
        var from = "fr"

        @Option(help: ArgumentHelp("The language of the translations to show.", valueName: "lang"))
        var to = "en"

        @Option(name: .customLong("glossary"), help: ArgumentHelp("Glossary files or folders to use (default: every glossary in glossaries/).", valueName: "path"))
        var glossaries: [String] = []

        @Option(help: "Also mark the strong candidates of a list written by `bitext terms extract`.")
        var candidates: String?

        @Option(help: "How many of the first (best) candidates to use with --candidates.")
        var top = 50

        @Flag(inversion: .prefixedNo, help: "List the terms found inside a longer term too (`Abou Dhabi` inside `police judiciaire d’Abou Dhabi`).")
        var nested = true

        @Flag(help: "One JSON object a line per occurrence (file, line, column, text, term, translations, forbidden, status, approximate) instead of the text report; a nested term has `inside`.")
        var json = false

        func validate() throws {
            try GlossaryCommand.Languages.requireDifferent(from, to)
        }

        func run() async throws {
            let lines = try json ? marks().map(Self.jsonLine) : report()
            for line in lines { print(line) }
            printError("\(lines.count) term occurrences in \(file)")
        }

        /// One line per occurrence: `file:line: text found  (term: …)  →  translations  [not: …]`.
        func report() throws -> [String] {
            try marks().map { mark in
                let place = mark.line > 0 ? "\(mark.line)" : "¶\(mark.paragraph ?? 0)"
                var line = "\(file):\(place): \(mark.text)"
                if mark.approximate { line += "  (term: \(mark.term))" }
                if let inside = mark.inside { line += "  (inside: \(inside))" }
                if mark.status == TermStatus.forbidden.rawValue { line += "  FORBIDDEN source term" }
                let translations = zip(mark.translations, mark.candidate).map { $0 + ($1 ? " (candidate)" : "") }
                line += "  →  " + (translations.isEmpty ? "(no \(to) translation)" : translations.joined(separator: " | "))
                if !mark.forbidden.isEmpty { line += "  [not: " + mark.forbidden.joined(separator: ", ") + "]" }
                return line
            }
        }

        /// One occurrence of a glossary term in the release, as `--json` prints it.
        struct Mark: Codable, Equatable {
            /// The release file.
            var file: String
            /// 1-based line of the file where the text found starts (0 for a Word document).
            var line: Int
            /// 1-based column (in characters) of that line; for HTML, of the block's text; 0 for a Word document.
            var column: Int
            /// 1-based paragraph of a Word document (nil for text and HTML).
            var paragraph: Int?
            /// The text as found.
            var text: String
            /// The glossary term it matched (base form).
            var term: String
            /// The translations, approved first.
            var translations: [String]
            /// Whether each translation is only a candidate.
            var candidate: [Bool]
            /// The translations the glossary forbids.
            var forbidden: [String]
            /// The status of the source term.
            var status: String
            /// Whether matching needed tolerance beyond case and accents.
            var approximate: Bool
            /// For a term inside a longer one, the text of the longer one.
            var inside: String?
        }

        private static func jsonLine(_ mark: Mark) -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(mark)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        }

        /// Every occurrence of a glossary term in the release, in text order.
        func marks() throws -> [Mark] {
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
            var marks: [Mark] = []
            for block in document.blocks {
                let startColumn = Self.column(of: block, in: document)
                var outer: TermOccurrence?
                for occurrence in matcher.occurrences(in: block.text, includingNested: nested) {
                    if !occurrence.isNested { outer = occurrence }
                    // Text and HTML blocks know their line; Word paragraphs are numbered instead.
                    let known = block.line > 0
                    let column = occurrence.line == 1 ? occurrence.column + startColumn - 1 : occurrence.column
                    marks.append(Mark(
                        file: file, line: known ? block.line + occurrence.line - 1 : 0, column: known ? column : 0,
                        paragraph: known ? nil : block.index + 1, text: occurrence.text, term: occurrence.term.text,
                        translations: occurrence.translations.map(\.text),
                        candidate: occurrence.translations.map { occurrence.entry.status(of: $0) == .candidate },
                        forbidden: occurrence.forbidden.map(\.text), status: occurrence.status.rawValue,
                        approximate: occurrence.isApproximate, inside: occurrence.isNested ? outer?.text : nil))
                }
            }
            return marks
        }

        /// The 1-based column where a plain-text block starts on its first line (a block cut after a
        /// crawler's date prefix starts inside its line); 1 when unknown.
        private static func column(of block: Block, in document: Document) -> Int {
            guard let text = document.sourceText, let range = block.sourceRange,
                let start = text.utf16.index(text.startIndex, offsetBy: range.lowerBound, limitedBy: text.endIndex)
            else { return 1 }
            let lineStart = text[..<start].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
            return text[lineStart..<start].count + 1
        }
    }
}
