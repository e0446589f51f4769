/// The source terms and pairs of some glossaries, for marking candidates as already known.
struct KnownTerms {
    private var sources: Set<String> = []
    private var pairs: Set<String> = []

    init(_ glossaries: [Glossary], from source: String, to target: String) {
        for entry in glossaries.flatMap(\.entries) {
            let targets = entry.terms(in: target).map { TermNormalizer.key($0.text) }
            for term in entry.terms(in: source) {
                let key = TermNormalizer.key(term.text)
                sources.insert(key)
                for other in targets { pairs.insert(key + "\t" + other) }
            }
        }
    }

    func contains(source: String) -> Bool { sources.contains(TermNormalizer.key(source)) }

    func contains(source: String, target: String) -> Bool {
        pairs.contains(TermNormalizer.key(source) + "\t" + TermNormalizer.key(target))
    }
}
