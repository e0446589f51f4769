/// Aligned sentence pairs of many documents of one language pair (a batch, an existing memory),
/// from which IBM Model 1 learns one lexicon for all of them.
///
/// A document has only 100-300 sentences: too few for a word seen twice to be learned. A batch of
/// documents of the same language pair (a yearbook, an archive of releases) pools their pairs:
/// align each document once, ``add(_:source:target:)`` its alignment, then align them all again
/// with ``learn(threshold:minimumCooccurrences:linkFloor:linksPerWord:)`` as
/// ``AlignmentOptions/pooledLexicon`` and ``AlignmentOptions/pooledLinks``.
/// The units of an existing memory join the pool through ``add(memory:)`` (a TMX file) or
/// ``add(source:target:)`` (one unit).
///
/// ```swift
/// var pool = LexiconPool(sourceLanguage: "de", targetLanguage: "fr")
/// for (source, target) in documents { pool.add(aligner.align(source: source, target: target), source: source, target: target) }
/// (options.pooledLexicon, options.pooledLinks) = pool.learn()
/// ```
public struct LexiconPool: Sendable {
    /// ISO 639-1 code of the source side (its function words are left out); nil: guessed per text.
    public let sourceLanguage: String?
    /// ISO 639-1 code of the target side; nil: guessed per text.
    public let targetLanguage: String?
    private var sourceVocabulary: [String] = []
    private var sourceIDs: [String: Int32] = [:]
    private var targetVocabulary: [String] = []
    private var targetIDs: [String: Int32] = [:]
    private var beads: [(source: [Int32], target: [Int32])] = []
    /// The pairs of texts already in the pool: a pair seen again (a memory that holds the batch's own
    /// pairs) is not counted twice.
    private var seen = Set<PairText>()

    private struct PairText: Hashable {
        var source: String
        var target: String
    }

    /// Creates an empty pool for a language pair.
    public init(sourceLanguage: String?, targetLanguage: String?) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
    }

    /// The number of distinct sentence pairs in the pool.
    public var pairCount: Int { beads.count }

    /// Adds the pairs (beads with sentences on both sides) of an alignment of `source` with `target`,
    /// the sentences it indexes.
    public mutating func add(_ alignment: SentenceAlignment, source: [String], target: [String]) {
        let pairs = alignment.beads.filter { $0.isPair && $0.source.upperBound <= source.count && $0.target.upperBound <= target.count }
        add(sources: pairs.map { $0.source.map { source[$0] }.joined(separator: " ") },
            targets: pairs.map { $0.target.map { target[$0] }.joined(separator: " ") },
            sourceLanguage: sourceLanguage ?? alignment.sourceLanguage,
            targetLanguage: targetLanguage ?? alignment.targetLanguage)
    }

    /// Adds one translation unit (e.g. of an existing memory): a source text and its translation.
    public mutating func add(source: String, target: String) {
        add(sources: [source], targets: [target], sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    private mutating func add(sources: [String], targets: [String], sourceLanguage: String?, targetLanguage: String?) {
        let new = sources.indices.filter { seen.insert(PairText(source: sources[$0], target: targets[$0])).inserted }
        guard !new.isEmpty else { return }
        let sources = new.map { sources[$0] }, targets = new.map { targets[$0] }
        let sourceSide = SideFeatures(sentences: sources, language: sourceLanguage)
        let targetSide = SideFeatures(sentences: targets, language: targetLanguage)
        let sourceMap = sourceSide.vocabulary.map { Self.id(of: $0, vocabulary: &sourceVocabulary, ids: &sourceIDs) }
        let targetMap = targetSide.vocabulary.map { Self.id(of: $0, vocabulary: &targetVocabulary, ids: &targetIDs) }
        for index in sources.indices {
            let s = sourceSide.tokens[index].filter { !sourceSide.isNumber[Int($0)] }.map { sourceMap[Int($0)] }
            let t = targetSide.tokens[index].filter { !targetSide.isNumber[Int($0)] }.map { targetMap[Int($0)] }
            if !s.isEmpty, !t.isEmpty { beads.append((s, t)) }
        }
    }

    private static func id(of word: String, vocabulary: inout [String], ids: inout [String: Int32]) -> Int32 {
        if let known = ids[word] { return known }
        let id = Int32(vocabulary.count)
        vocabulary.append(word)
        ids[word] = id
        return id
    }

    /// The word pairs that IBM Model 1, trained both ways on the whole pool, gives a translation
    /// probability of at least `threshold` in each direction, seen together in at least
    /// `minimumCooccurrences` pairs (folded words, as ``Lexicon`` stores them).
    public func lexicon(threshold: Double = 0.7, minimumCooccurrences: Int = 2) -> Lexicon {
        learn(threshold: threshold, minimumCooccurrences: minimumCooccurrences).lexicon
    }

    /// The same model, trained once, as a thresholded ``lexicon(threshold:minimumCooccurrences:)``
    /// (``AlignmentOptions/pooledLexicon``) and as graded links (``AlignmentOptions/pooledLinks``):
    /// every pair seen together in at least `minimumCooccurrences` pairs whose strength
    /// √(P(t|s) P(s|t)) is at least `linkFloor`, the `linksPerWord` strongest of each source and
    /// each target word.
    public func learn(threshold: Double = 0.7, minimumCooccurrences: Int = 2, linkFloor: Double = 0.05,
                      linksPerWord: Int = 5) -> (lexicon: Lexicon, links: TranslationLinks) {
        var lexicon = Lexicon(), links = TranslationLinks()
        guard !beads.isEmpty else { return (lexicon, links) }
        let model = TranslationModel(beads: beads, sourceVocabulary: sourceVocabulary.count,
                                     targetVocabulary: targetVocabulary.count)
        for (source, targets) in model.lexicon(threshold: Float(threshold), minimumCooccurrences: Int32(minimumCooccurrences)) {
            for target in targets { lexicon.insert(source: sourceVocabulary[Int(source)], target: targetVocabulary[Int(target)]) }
        }
        for (source, targets) in model.links(floor: Float(linkFloor), perWord: linksPerWord,
                                             minimumCooccurrences: Int32(minimumCooccurrences)) {
            for link in targets {
                links.insert(source: sourceVocabulary[Int(source)], target: targetVocabulary[Int(link.target)], strength: link.strength)
            }
        }
        return (lexicon, links)
    }
}
