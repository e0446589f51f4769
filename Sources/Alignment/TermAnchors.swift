/// Glossary terms as evidence for the aligner, counted for the whole term: a sentence of one
/// version that contains a term of a glossary entry and a sentence of the other version that
/// contains a term of the same entry in its language share one matched word.
///
/// ``Lexicon/addTerm(source:target:sourceLanguage:targetLanguage:)`` pairs the words of a term
/// with those of its translation everywhere in the documents (`law enforcement` → `application de
/// la loi` makes every "enforcement" match every "application"), which moved correct pairs of the
/// releases; a whole-term match only links the sentences that name the concept. The aligner
/// sees the match as one word that both sentences have (a marker of the entry written into each
/// sentence that contains one of its terms, before its first word), so it weighs like any other shared word.
///
/// ```swift
/// var terms = TermAnchors()
/// terms.add(sourceTerms: ["Red Notice"], targetTerms: ["notice rouge"], sourceLanguage: "en", targetLanguage: "fr")
/// let alignment = SentenceAligner(options: options).align(source: english, target: french, terms: terms)
/// ```
public struct TermAnchors: Sendable, Hashable {
    /// The terms of each entry (concept) in the source and the target language, as folded content words.
    private var entries: [Entry] = []

    private struct Entry: Sendable, Hashable {
        var source: [[String]]
        var target: [[String]]
    }

    /// No terms.
    public init() {}

    /// Whether no entry has a term on both sides.
    public var isEmpty: Bool { entries.isEmpty }

    /// The number of entries with a term on both sides.
    public var count: Int { entries.count }

    /// Adds a glossary entry: its terms in the source and in the target language (synonyms of one
    /// concept; any of one side matches any of the other). Terms of function words only are left out.
    public mutating func add(sourceTerms: [String], targetTerms: [String], sourceLanguage: String?, targetLanguage: String?) {
        let source = Self.terms(sourceTerms, language: sourceLanguage)
        let target = Self.terms(targetTerms, language: targetLanguage)
        guard !source.isEmpty, !target.isEmpty else { return }
        entries.append(Entry(source: source, target: target))
    }

    private static func terms(_ texts: [String], language: String?) -> [[String]] {
        var seen = Set<[String]>()
        return texts.map { contentKeys(of: $0, language: language) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The folded content words of a text, in order, in the form that terms are compared in
    /// (a final plural `s` or `x` dropped, `-ies` as `-y`).
    static func contentKeys(of text: String, language: String?) -> [String] {
        let functionWords = language.flatMap { FunctionWords.lists[$0] } ?? []
        return Lexicon.words(of: text).filter { word in
            !functionWords.contains(word) && (word.count > 1 || word.first?.isNumber == true)
        }.map(key)
    }

    private static func key(_ word: String) -> String {
        guard word.count > 3 else { return word }
        if word.hasSuffix("ies") { return word.dropLast(3) + "y" }
        if word.hasSuffix("s") || word.hasSuffix("x") { return String(word.dropLast()) }
        return word
    }

    /// The marker word of entry `index`: two Latin letters and ideographs (a word no release
    /// writes, too short for the aligner's cognate prefixes, long enough for identical-word matches).
    static func marker(_ index: Int) -> String {
        var text = "qz"
        var rest = index
        repeat {
            text.unicodeScalars.append(Unicode.Scalar(0x4E00 + UInt32(rest % 20_000))!)
            rest /= 20_000
        } while rest > 0
        return text
    }

    /// A sentence without the markers ``marked(source:target:sourceLanguage:targetLanguage:)`` put
    /// before it: what the model reads for traits of the sentence's own start (a lowercase start
    /// continues the sentence before it; the marker's `qz` must not make every marked sentence one).
    static func unmarked(_ sentence: String) -> Substring {
        var rest = Substring(sentence)
        while rest.hasPrefix("qz"), let space = rest.firstIndex(of: " ") {
            let ideographs = rest[rest.index(rest.startIndex, offsetBy: 2)..<space].unicodeScalars
            guard !ideographs.isEmpty, ideographs.allSatisfy({ (0x4E00..<0x4E00 + 20_000).contains($0.value) }) else { break }
            rest = rest[rest.index(after: space)...]
        }
        return rest
    }

    /// The most sentences of a version in which an entry's terms may occur for the entry to count:
    /// a term that a document names in many sentences tells little about which of them pair (like a
    /// frequent word), one named once or twice is an anchor. On the releases, markers for terms
    /// named in many sentences merged sentences that name them (`un-sg`).
    static let maximumSentences = 2

    /// The two versions with the marker of each entry put before every sentence that contains one
    /// of its terms (once per entry), for the entries whose terms occur on both sides in at most
    /// ``maximumSentences`` sentences each.
    func marked(source: [String], target: [String], sourceLanguage: String?,
                targetLanguage: String?) -> (source: [String], target: [String]) {
        guard !entries.isEmpty else { return (source, target) }
        let sourceFound = found(in: source, language: sourceLanguage, isSource: true)
        let targetFound = found(in: target, language: targetLanguage, isSource: false)
        func counts(_ found: [[Int]]) -> [Int: Int] {
            var counts: [Int: Int] = [:]
            for entries in found { for entry in entries { counts[entry, default: 0] += 1 } }
            return counts
        }
        let sourceCounts = counts(sourceFound), targetCounts = counts(targetFound)
        let anchors = Set(sourceCounts.keys.filter { entry in
            sourceCounts[entry]! <= Self.maximumSentences && (1...Self.maximumSentences).contains(targetCounts[entry] ?? 0)
        })
        func mark(_ sentences: [String], _ found: [[Int]]) -> [String] {
            zip(sentences, found).map { sentence, entries in
                let markers = entries.filter(anchors.contains).map(Self.marker)
                // At the start: the end of a sentence tells a cut-off page (the final-fragment rule).
                return markers.isEmpty ? sentence : markers.joined(separator: " ") + " " + sentence
            }
        }
        return (mark(source, sourceFound), mark(target, targetFound))
    }

    /// The entries (indices) whose terms of one side each sentence contains, once each.
    private func found(in sentences: [String], language: String?, isSource: Bool) -> [[Int]] {
        var byFirst: [String: [(entry: Int, words: [String])]] = [:]
        for (index, entry) in entries.enumerated() {
            for words in isSource ? entry.source : entry.target { byFirst[words[0], default: []].append((index, words)) }
        }
        return sentences.map { sentence in
            let words = Self.contentKeys(of: sentence, language: language)
            // Left to right, the longest term at each place: a term inside a longer one (`transnational
            // organized crime` in `United Nations Convention against Transnational Organized Crime`) is
            // the longer one's, not a second match.
            var found: [Int] = []
            var start = 0
            while start < words.count {
                let terms = (byFirst[words[start]] ?? []).filter { term in
                    words.count - start >= term.words.count && words[start..<(start + term.words.count)].elementsEqual(term.words)
                }
                guard let longest = terms.max(by: { $0.words.count < $1.words.count }) else {
                    start += 1
                    continue
                }
                if !found.contains(longest.entry) { found.append(longest.entry) }
                start += longest.words.count
            }
            return found
        }
    }
}

extension SentenceAligner {
    /// Aligns like ``align(source:target:sourceBlocks:targetBlocks:)``, with glossary terms as
    /// whole-term evidence (``TermAnchors``).
    public func align(source: [String], target: [String], sourceBlocks: [Int]? = nil, targetBlocks: [Int]? = nil,
                      terms: TermAnchors) -> SentenceAlignment {
        alignWithFeatures(source: source, target: target, sourceBlocks: sourceBlocks, targetBlocks: targetBlocks, terms: terms).alignment
    }

    /// ``alignWithFeatures(source:target:sourceBlocks:targetBlocks:)`` with glossary terms.
    func alignWithFeatures(source: [String], target: [String], sourceBlocks: [Int]?, targetBlocks: [Int]?,
                           terms: TermAnchors) -> (alignment: SentenceAlignment, features: [[Double]?]) {
        let marked = terms.marked(source: source, target: target, sourceLanguage: options.sourceLanguage,
                                  targetLanguage: options.targetLanguage)
        return alignWithFeatures(source: marked.source, target: marked.target, sourceBlocks: sourceBlocks, targetBlocks: targetBlocks)
    }
}
