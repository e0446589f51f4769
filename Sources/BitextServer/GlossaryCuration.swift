import Foundation
import Hummingbird
import Terminology
import XMLKit

/// Glossary curation on the page: the term candidates of `bitext terms extract` over the served
/// memories, with their evidence, and the decisions on them (accept, with edits; mark forbidden;
/// reject) written into a served glossary in its own format (TBX, TSV, CSV), atomically.
///
/// Rejections (and the original pair of a candidate accepted with edits) are kept beside the
/// glossary in a hidden `.NAME.decisions.tsv`, so that they are not proposed again.
///
/// An actor: decisions are written one at a time, each reading the glossary as it is on disk.
actor GlossaryCuration {
    /// What the extraction is asked.
    struct Query: Sendable {
        var from: String
        var to: String
        /// The glossary decisions go into (API path).
        var glossary: String
        var minimumFrequency = 1
        var limit = 100
        /// Whether decided candidates are listed too.
        var all = false
    }

    /// A unit where a candidate pair was linked.
    struct Example: Codable, Sendable {
        var id: String
        var source: String
        var target: String
    }

    /// A candidate and its evidence, with what is known or decided about it.
    struct Candidate: Codable, Sendable {
        var source: String
        var target: String
        var score: Double
        var frequency: Int
        var dice: Double
        var alignment: Double
        var examples: [Example]
        /// `pair` when a served glossary holds this pair, `source` when it holds the source term only.
        var known: String?
        /// The decision recorded in the chosen glossary: `approved`, `forbidden`, `candidate`
        /// (a status in the glossary), `rejected`, `edited` (accepted as another pair), or
        /// `translated` (the glossary approves another translation of its source term: the extractor
        /// may list two translations of a term, and accepting one decides the other).
        var decision: String?
    }

    /// The answer of `GET /api/terms`: the candidates when the extraction is done, or `running`
    /// with its progress (no candidates yet: ask again).
    struct CandidateList: Codable, ResponseEncodable {
        /// `done` or `running`.
        var status = "done"
        /// Where the running extraction is (nil when done).
        var progress: Progress?
        var from: String
        var to: String
        var glossary: String
        var memories: [String]
        /// The aligned units read from the memories.
        var units: Int
        /// How many candidates were extracted, and how many are still to decide.
        var total: Int
        var undecided: Int
        var candidates: [Candidate]
        var problems: [String]
    }

    /// The body of `POST /api/glossary/decide`.
    struct Decision: Codable, Sendable {
        /// The glossary (API path); created when it does not exist.
        var glossary: String
        var from: String
        var to: String
        /// The candidate as proposed.
        var source: String
        var target: String
        /// `accept`, `forbid` or `reject`.
        var decision: String
        /// The pair as accepted, when the curator edited it.
        var editedSource: String?
        var editedTarget: String?
        var note: String?
    }

    /// A glossary entry as the page shows it.
    struct Entry: Codable, Sendable {
        struct Term: Codable, Sendable {
            var text: String
            var status: String
        }

        var sources: [Term]
        var targets: [Term]
        var note: String?
        var origin: String?
    }

    /// The answer of `GET /api/glossary` and of a decision.
    struct GlossaryState: Codable, ResponseEncodable {
        var path: String
        var format: String
        var exists: Bool
        var entries: [Entry]
        /// What reading or writing could not keep, and the duplicates and conflicts between entries.
        var warnings: [String]
        /// After a decision: what was done (`added`, `updated`, `rejected`).
        var change: String?
    }

    let files: ServedFiles
    /// The last extraction, by its key (languages, minimum frequency, and each memory's path, size
    /// and modification time): used until a memory changes.
    var cache: (key: [String], extracted: Extracted)?
    /// The extraction running in the background (one at a time), and where it is.
    var job: (key: [String], progress: Progress, started: Date)?
    /// The extraction that failed, reported once to the next request for its key.
    var failure: (key: [String], error: ServerError)?

    init(files: ServedFiles) {
        self.files = files
    }

    // MARK: Candidates

    /// The candidates of the served memories for a language pair, with what the chosen glossary
    /// says about them.
    func candidates(_ query: Query) throws(ServerError) -> CandidateList {
        try Self.checkLanguages(query.from, query.to)
        let url = try glossaryURL(query.glossary)
        guard let extracted = try extraction(from: query.from, to: query.to, minimumFrequency: query.minimumFrequency) else {
            return CandidateList(
                status: "running", progress: currentProgress, from: query.from, to: query.to, glossary: query.glossary,
                memories: [], units: 0, total: 0, undecided: 0, candidates: [], problems: [])
        }
        let glossary = try read(url, from: query.from, to: query.to)
        var known = files.stamps(kind: "glossary").filter { $0.url != url }.compactMap { try? read($0.url, from: query.from, to: query.to) }
        known.append(glossary)
        let decisions = Self.readDecisions(beside: url, from: query.from, to: query.to)
        let keyed = Self.pairIndex(of: known, from: query.from, to: query.to)
        let own = Self.pairIndex(of: [glossary], from: query.from, to: query.to)
        let approvedSources = Set(own.pairs.compactMap { pair, status in
            status == .approved ? String(pair.prefix { $0 != "\t" }) : nil
        })
        let all = extracted.candidates.map { candidate -> Candidate in
            let source = TermNormalizer.key(candidate.source), target = TermNormalizer.key(candidate.target)
            let pair = source + "\t" + target
            return Candidate(
                source: candidate.source, target: candidate.target,
                score: Self.rounded(candidate.score), frequency: candidate.frequency,
                dice: Self.rounded(candidate.dice), alignment: Self.rounded(candidate.alignment),
                examples: candidate.examples.map { Example(id: $0.id, source: $0.source, target: $0.target) },
                known: keyed.pairs[pair] != nil ? "pair" : keyed.sources.contains(source) ? "source" : nil,
                decision: own.pairs[pair]?.rawValue ?? decisions[pair] ?? (approvedSources.contains(source) ? "translated" : nil))
        }
        let undecided = all.filter { $0.decision == nil }
        return CandidateList(
            from: query.from, to: query.to, glossary: query.glossary, memories: extracted.memories,
            units: extracted.units, total: all.count, undecided: undecided.count,
            candidates: Array((query.all ? all : undecided).prefix(query.limit)), problems: extracted.problems)
    }

    // MARK: Glossary

    /// A glossary's entries (an empty glossary when the file does not exist yet).
    func glossary(_ path: String, from: String, to: String) throws(ServerError) -> GlossaryState {
        try Self.checkLanguages(from, to)
        let url = try glossaryURL(path)
        return state(path: path, url: url, glossary: try read(url, from: from, to: to), from: from, to: to, change: nil)
    }

    /// Records a decision on a candidate and writes the glossary (or the decisions file) atomically.
    func decide(_ decision: Decision) throws(ServerError) -> GlossaryState {
        try Self.checkLanguages(decision.from, decision.to)
        let url = try glossaryURL(decision.glossary)
        let proposed = (decision.source.trimmingWhitespace, decision.target.trimmingWhitespace)
        let source = decision.editedSource?.trimmingWhitespace ?? proposed.0
        let target = decision.editedTarget?.trimmingWhitespace ?? proposed.1
        guard !proposed.0.isEmpty, !proposed.1.isEmpty, !source.isEmpty, !target.isEmpty else {
            throw ServerError(.invalidRequest, "the source and target terms must not be empty")
        }
        let proposedPair = TermNormalizer.key(proposed.0) + "\t" + TermNormalizer.key(proposed.1)
        let change: String
        switch decision.decision {
        case "reject":
            try Self.recordDecision("rejected", pair: proposedPair, beside: url, from: decision.from, to: decision.to)
            change = "rejected"
        case "accept", "forbid":
            let status: TermStatus = decision.decision == "accept" ? .approved : .forbidden
            let acceptance: Glossary.Acceptance
            do {
                acceptance = try Glossary.accept(
                    source: source, target: target, from: decision.from, to: decision.to, status: status,
                    note: decision.note.flatMap { $0.trimmingWhitespace.isEmpty ? nil : $0.trimmingWhitespace },
                    origin: "bitext serve: term candidate", into: url)
            } catch {
                throw ServerError(.file, error.description)
            }
            if TermNormalizer.key(source) + "\t" + TermNormalizer.key(target) != proposedPair {
                try Self.recordDecision("edited", pair: proposedPair, beside: url, from: decision.from, to: decision.to)
            }
            change = (acceptance.merged ? "updated: " : "added: ") + "\(source) → \(target) (\(status.rawValue))"
                + (acceptance.skipped > 0 ? "; \(acceptance.skipped) entries without both languages could not be written back" : "")
        default:
            throw ServerError(.invalidRequest, "decision must be accept, forbid or reject, not \(decision.decision)")
        }
        let written = try read(url, from: decision.from, to: decision.to)
        return state(path: decision.glossary, url: url, glossary: written, from: decision.from, to: decision.to, change: change)
    }

    private func state(path: String, url: URL, glossary: Glossary, from: String, to: String, change: String?) -> GlossaryState {
        let entries = glossary.entries.map { entry in
            Entry(
                sources: entry.terms(in: from).map { .init(text: $0.text, status: entry.status(of: $0).rawValue) },
                targets: entry.terms(in: to).map { .init(text: $0.text, status: entry.status(of: $0).rawValue) },
                note: entry.terms(in: to).compactMap(\.note).first ?? entry.note,
                origin: entry.source)
        }
        let warnings = (glossary.problems(from: from, to: to) + glossary.warnings).map(\.description)
        return GlossaryState(
            path: path, format: (GlossaryFormat(url: url) ?? .tbx).rawValue,
            exists: FileManager.default.fileExists(atPath: url.path), entries: entries, warnings: warnings, change: change)
    }

    /// The file of a glossary path: under a served folder, with a glossary's extension.
    private func glossaryURL(_ path: String) throws(ServerError) -> URL {
        let url = try files.resolve(path)
        guard GlossaryFormat(url: url) != nil, ServedFiles.glossaryExtensions.contains(url.pathExtension.lowercased()) else {
            throw ServerError(.invalidRequest, "\(path): not a glossary (use .tbx, .tsv, .txt, .utf8 or .csv)")
        }
        return url
    }

    /// Reads a glossary, or an empty one when the file does not exist yet.
    private func read(_ url: URL, from: String, to: String) throws(ServerError) -> Glossary {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return Glossary(title: url.deletingPathExtension().lastPathComponent, language: from)
        }
        do {
            return try GlossaryFormat.read(contentsOf: url, languages: (from, to))
        } catch {
            throw ServerError(.file, error.description)
        }
    }

    // MARK: Helpers

    /// The normalised `source\ttarget` pairs of glossaries, with the target term's status, and
    /// their normalised source terms.
    private static func pairIndex(of glossaries: [Glossary], from: String, to: String) -> (pairs: [String: TermStatus], sources: Set<String>) {
        var pairs: [String: TermStatus] = [:], sources: Set<String> = []
        for entry in glossaries.flatMap(\.entries) {
            let targets = entry.terms(in: to)
            for term in entry.terms(in: from) {
                let key = TermNormalizer.key(term.text)
                sources.insert(key)
                for target in targets {
                    pairs[key + "\t" + TermNormalizer.key(target.text)] = entry.status(of: target)
                }
            }
        }
        return (pairs, sources)
    }

    /// The decisions file of a glossary: `.NAME.decisions.tsv` beside it.
    private static func decisionsURL(beside glossary: URL) -> URL {
        glossary.deletingLastPathComponent().appendingPathComponent(".\(glossary.lastPathComponent).decisions.tsv")
    }

    /// The decisions recorded for a language pair, by normalised pair.
    private static func readDecisions(beside glossary: URL, from: String, to: String) -> [String: String] {
        guard let text = try? String(contentsOf: decisionsURL(beside: glossary), encoding: .utf8) else { return [:] }
        var decisions: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, fields[0] == from, fields[1] == to else { continue }
            decisions[fields[2] + "\t" + fields[3]] = fields[4]
        }
        return decisions
    }

    private static func recordDecision(_ decision: String, pair: String, beside glossary: URL, from: String, to: String) throws(ServerError) {
        let url = decisionsURL(beside: glossary)
        var text = (try? String(contentsOf: url, encoding: .utf8)) ?? "# from\tto\tsource\ttarget\tdecision (written by bitext serve)\n"
        let line = [from, to, pair, decision].joined(separator: "\t") + "\n"
        guard !text.contains(line) else { return }
        text += line
        do {
            try AtomicFile.write(Data(text.utf8), to: url)
        } catch {
            throw ServerError(.file, error.description)
        }
    }

    private static func checkLanguages(_ from: String, _ to: String) throws(ServerError) {
        for code in [from, to] where code.isEmpty || code.count > 35 || !code.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            throw ServerError(.invalidRequest, "\"\(code)\" is not a language code (from=fr&to=en)")
        }
        guard from.lowercased() != to.lowercased() else {
            throw ServerError(.invalidRequest, "the source and target languages are the same (\(from))")
        }
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
