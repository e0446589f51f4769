import Foundation

extension TermExtractor {
    /// How a source term sits among the other source terms of the memory: how many longer terms
    /// contain it, and whether it contains a shorter one (a span one word too long).
    struct Nesting {
        private var containing: [String: Int] = [:]
        private var keys: Set<String>
        /// The keys that contain a shorter key, found while counting.
        private var containingShorter: Set<String> = []

        /// Nesting of `keys` (source term keys, words separated by spaces).
        init(_ keys: [String]) {
            self.keys = Set(keys)
            for key in self.keys {
                for part in Self.parts(of: key) where self.keys.contains(part) {
                    containing[part, default: 0] += 1
                    containingShorter.insert(key)
                }
            }
        }

        /// How many longer keys contain `key`, and whether `key` contains a shorter key.
        func of(_ key: String) -> (insideLonger: Int, containsShorter: Bool) {
            (containing[key] ?? 0, keys.contains(key) ? containingShorter.contains(key) : Self.parts(of: key).contains { keys.contains($0) })
        }

        /// The contiguous word sequences of `key` shorter than it.
        private static func parts(of key: String) -> Set<String> {
            let words = key.split(separator: " ")
            guard words.count > 1 else { return [] }
            var parts: Set<String> = []
            for start in words.indices {
                for end in start..<words.count where end - start + 1 < words.count {
                    parts.insert(words[start...end].joined(separator: " "))
                }
            }
            return parts
        }
    }

    /// The ranking features of a pair (``TermRanker/names``).
    static func features(
        _ tally: Tally, heuristic: Double, alignment: Double, dice: Double, sourceUnits: Int,
        nesting: (insideLonger: Int, containsShorter: Bool),
        targetLanguage: TermLanguage
    ) -> TermRanker.Features {
        func flag(_ value: Bool) -> Double { value ? 1 : 0 }
        let links = Double(tally.links)
        return TermRanker.Features(values: [
            log(heuristic + 0.001),
            alignment,
            dice,
            log2(links),
            Double(tally.nestedLinks) / links,
            flag(tally.sourceWords == 1 && tally.targetWords == 1),
            flag(tally.namedSource || tally.namedTarget),
            flag(tally.acronyms),
            Double(abs(tally.sourceWords - tally.targetWords)),
            flag(max(tally.sourceWords, tally.targetWords) > 4),
            flag(tally.traits.coordinated),
            flag(tally.traits.startsOnAdjective),
            flag(tally.traits.wholeUnit),
            flag(tally.traits.endsOnParticiple),
            flag(tally.traits.endsOnName),
            flag(tally.traits.verbPhrase),
            flag(tally.traits.ownedByName),
            log(1 + Double(nesting.insideLonger)),
            flag(nesting.containsShorter),
            log(Double(max(sourceUnits, tally.links)) / links),
            flag(tally.targetForms.max { ($0.value, $1.key) < ($1.value, $0.key) }
                .map { targetLanguage.isPrepositionalPhrase(TermTokenizer.tokens($0.key)) } ?? false),
        ])
    }
}

extension TermExtractor {
    /// The ranking features of every pair extracted from `units`, one TSV row each: `1` or `0` (the
    /// pair is or is not in `gold`), the features in the order of their names (first row, `#`), the
    /// source and the target. `scripts/fit-term-ranker` fits ``TermRanker`` on these rows.
    public func rankingFeatures(_ gold: [(source: String, target: String)], in units: [AlignedUnit]) -> String {
        let analysis = analyse(units)
        let goldKeys = Set(gold.map { TermNormalizer.key($0.source) + "\t" + TermNormalizer.key($0.target) })
        var rows = "# label\t" + TermRanker.names.joined(separator: "\t") + "\tsource\ttarget\n"
        for (scored, features) in zip(analysis.scored, analysis.features) {
            let candidate = scored.candidate
            let label = goldKeys.contains(TermNormalizer.key(candidate.source) + "\t" + TermNormalizer.key(candidate.target))
            rows += (label ? "1" : "0") + "\t" + features.values.map { String(format: "%.6f", $0) }.joined(separator: "\t")
                + "\t\(candidate.source)\t\(candidate.target)\n"
        }
        return rows
    }
}
