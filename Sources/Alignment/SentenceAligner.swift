import Foundation

/// Aligns two versions of a text sentence by sentence, with a confidence for every bead.
///
/// The search runs twice. The first pass aligns with lengths, identical words, cognates and the
/// dictionaries; its pairs give the length variance, the match rates and a lexicon learned from the
/// document (IBM Model 1 trained both ways on the first pass's pairs, as in Moore's aligner). The
/// second pass re-aligns in a narrow band
/// around the first path with everything learned and computes each bead's posterior probability,
/// from which, with the bead's words and lengths, ``ConfidenceModel`` makes its confidence. Time and
/// memory grow linearly with the length of the documents.
public struct SentenceAligner: Sendable {
    /// The settings.
    public var options: AlignmentOptions

    /// Creates an aligner.
    public init(options: AlignmentOptions = AlignmentOptions()) {
        self.options = options
    }

    /// The share of 1-0 and 0-1 beads in a first pass at which the skip cost is left as it is.
    static let typicalOmissionRate = 0.15
    /// Above this many lattice cells the first pass searches a band around the length diagonal.
    static let fullSearchLimit = 1_000_000
    /// Cells per row of the first pass's band on long documents: half-width 100 down to 20.
    static let bandCellBudget = 1_000_000

    /// Aligns `source` with `target` (one sentence per element). `sourceBlocks`/`targetBlocks` give
    /// the paragraph (block) index of each sentence when known; they act as anchors where both
    /// versions have the same number of blocks.
    public func align(source: [String], target: [String],
                      sourceBlocks: [Int]? = nil, targetBlocks: [Int]? = nil) -> SentenceAlignment {
        alignWithFeatures(source: source, target: target, sourceBlocks: sourceBlocks, targetBlocks: targetBlocks).alignment
    }

    /// Aligns like ``align(source:target:sourceBlocks:targetBlocks:)`` and also returns, for each bead,
    /// the inputs of its confidence (nil for 1-0 and 0-1 beads), for fitting the confidence model.
    @_spi(Benchmark)
    public func alignWithFeatures(source: [String], target: [String], sourceBlocks: [Int]? = nil,
                                  targetBlocks: [Int]? = nil) -> (alignment: SentenceAlignment, features: [[Double]?]) {
        var warnings: [String] = []
        if source.isEmpty || target.isEmpty {
            if source.isEmpty { warnings.append("the source version has no sentences") }
            if target.isEmpty { warnings.append("the target version has no sentences") }
            let beads = source.indices.map { Bead(source: $0..<($0 + 1), target: 0..<0, confidence: 1) }
                + target.indices.map { Bead(source: source.count..<source.count, target: $0..<($0 + 1), confidence: 1) }
            return (SentenceAlignment(beads: beads, warnings: warnings,
                                      sourceLanguage: options.sourceLanguage, targetLanguage: options.targetLanguage),
                    beads.map { _ in nil })
        }
        let sourceSide = SideFeatures(sentences: source, language: options.sourceLanguage)
        let targetSide = SideFeatures(sentences: target, language: options.targetLanguage)
        warnings += Self.inputWarnings(source: source, target: target, sourceSide: sourceSide, targetSide: targetSide)

        let (lexicon, hasDictionary) = documentLexicon(sourceSide, targetSide)
        let n = source.count, m = target.count
        var matcher = Matcher(source: sourceSide, target: targetSide, lexicon: lexicon)

        // Pass 1: the whole lattice when small, else a band around the length diagonal.
        let band1: SearchBand
        var firstTypes = AlignmentModel.beadTypes.count
        if (n + 1) * (m + 1) <= Self.fullSearchLimit {
            band1 = .full(n: n, m: m)
        } else {
            // Long documents: a narrower band and only 1-1, 1-0, 0-1, 2-1, 1-2 in the first pass.
            firstTypes = 5
            let diagonal = Self.lengthDiagonal(sourceSide.lengths, targetSide.lengths)
            let width = max(20, min(100, Self.bandCellBudget / (n + 1)))
            band1 = .around(lower: diagonal, upper: diagonal, width: width, m: m)
        }
        var model = makeModel(band: band1, sourceSide, targetSide, matcher, sourceBlocks, targetBlocks)
        model.setRates(match: 0.4, random: Self.randomRate(sourceSide, targetSide, matcher))
        let first = BandedSearch.run(model: model, band: band1, posteriors: false, typeCount: firstTypes)

        // Learn from the first pass.
        // Statistics from at most 5,000 beads, evenly spread, keep long documents linear and fast.
        let sample = Self.evenSample(first, limit: 5_000)
        let oneToOne = sample.filter { $0.source.count == 1 && $0.target.count == 1 }
        if options.learnsLexicon {
            // With the pairs learned from other documents (a batch, a memory) when there are some, and
            // their graded links where no dictionary is installed (with one they did not help).
            let learned = TranslationModel(pairsOf: sample, sourceSide, targetSide)
                .lexicon(threshold: Float(options.weights.translationThreshold))
                .merging(Self.pooledTranslations(options.pooledLexicon, sourceSide, targetSide)) { Array(Set($0 + $1)).sorted() }
            let graded = hasDictionary ? [:] : Self.pooledLinks(options.pooledLinks, sourceSide, targetSide)
            if !learned.isEmpty || !graded.isEmpty {
                matcher = Matcher(source: sourceSide, target: targetSide, lexicon: lexicon, learned: learned, graded: graded)
            }
        }
        let band2 = Self.band(around: first, n: n, m: m, width: max(2, options.weights.refineBand))
        model = makeModel(band: band2, sourceSide, targetSide, matcher, sourceBlocks, targetBlocks)
        let randomRate = Self.randomRate(sourceSide, targetSide, matcher)
        let matchRate = Self.matchRate(of: oneToOne, sourceSide, targetSide, matcher)
        model.setRates(match: matchRate, random: randomRate)
        if let variance = Self.lengthVariance(of: oneToOne, sourceSide, targetSide, ratio: model.ratio) {
            model.variance = variance
        }
        // Omissions: dearer when the first pass found fewer than usual. Never cheaper: a first pass
        // with little lexical evidence (no dictionary) leaves too many sentences out, and cheaper
        // omissions would feed that.
        let omissions = Double(first.count { $0.source.isEmpty || $0.target.isEmpty })
        let omissionRate = (omissions + 1.5) / (Double(first.count) + 10)
        model.adjustSkipCost(by: options.weights.adaptiveSkip * min(2, max(0, log(Self.typicalOmissionRate / omissionRate))))
        // A version cut off mid-sentence: its last sentence pairs with the sentence it begins.
        let (second, fragmentPair) = Self.pairingFragment(BandedSearch.run(model: model, band: band2, posteriors: true),
                                                          source: source, target: target, model: model, matcher: matcher)
        // Confidence: a logistic model over the posterior, the words and the lengths of a pair (a pair
        // that the search had to make but whose words do not match is weak); omissions keep their posterior.
        var features: [[Double]?] = []
        let beads = second.indices.map { index -> Bead in
            let step = second[index]
            guard !step.source.isEmpty, !step.target.isEmpty else {
                features.append(nil)
                return Bead(source: step.source, target: step.target, confidence: step.posterior)
            }
            let bead = confidenceFeatures(step, model: model, matcher: matcher)
            features.append(bead.vector)
            let confidence = ConfidenceModel.confidence(bead)
            return Bead(source: step.source, target: step.target,
                        confidence: index == fragmentPair ? min(confidence, Self.fragmentConfidence) : confidence)
        }
        // Unrelated versions: the words of the pairs match hardly more often than those of random pairs.
        var matched = 0.0, total = 0.0
        for step in Self.evenSample(second, limit: 5_000) where !step.source.isEmpty && !step.target.isEmpty {
            let result = Self.matches(step.source, step.target, sourceSide, targetSide, matcher)
            matched += result.matched
            total += result.total
        }
        let pairRate = total > 0 ? matched / total : 0
        if pairRate < max(0.15, 2 * randomRate + 0.05) {
            warnings.append("the versions share few words (\(Int((100 * pairRate).rounded())) % of the words of paired sentences match, \(Int((100 * randomRate).rounded())) % by chance): they may not be translations of each other")
        }
        return (SentenceAlignment(beads: beads, warnings: warnings,
                                  sourceLanguage: sourceSide.language, targetLanguage: targetSide.language),
                features)
    }

    /// The given lexicon with the installed dictionaries' translations of the words of two versions,
    /// and whether a dictionary is installed for the language pair.
    func documentLexicon(_ sourceSide: SideFeatures, _ targetSide: SideFeatures) -> (lexicon: Lexicon, hasDictionary: Bool) {
        var lexicon = options.lexicon, hasDictionary = false
        if options.usesInstalledDictionaries, let s = sourceSide.language, let t = targetSide.language, s != t,
           let installed = Lexicon.installed(
               source: s, target: t,
               sourceWords: sourceSide.vocabulary.indices.filter { !sourceSide.isNumber[$0] }.map { sourceSide.vocabulary[$0] },
               targetWords: targetSide.vocabulary.indices.filter { !targetSide.isNumber[$0] }.map { targetSide.vocabulary[$0] },
               directory: options.dictionaryDirectory) {
            lexicon.merge(installed)
            hasDictionary = true
        }
        return (lexicon, hasDictionary)
    }

    private func confidenceFeatures(_ step: BandedSearch.Step, model: AlignmentModel,
                                    matcher: Matcher) -> ConfidenceModel.Features {
        let words = Self.matches(step.source, step.target, model.source, model.target, matcher)
        let sourceLength = step.source.reduce(0) { $0 + model.source.lengths[$1] }
        let targetLength = step.target.reduce(0) { $0 + model.target.lengths[$1] }
        return ConfidenceModel.Features(
            posterior: step.posterior, evidence: model.lexicalEvidence(source: step.source, target: step.target),
            matchedShare: words.total > 0 ? words.matched / words.total : 0.5, words: words.total,
            lengthCost: model.lengthCost(sourceLength, targetLength),
            isOneToOne: step.source.count == 1 && step.target.count == 1)
    }

    private func makeModel(band: SearchBand, _ sourceSide: SideFeatures, _ targetSide: SideFeatures, _ matcher: Matcher,
                           _ sourceBlocks: [Int]?, _ targetBlocks: [Int]?) -> AlignmentModel {
        let pairs = PairTable(band: band, maxSide: AlignmentModel.maxSide, sourceSide: sourceSide,
                              targetSide: targetSide, matcher: matcher)
        return AlignmentModel(source: sourceSide, target: targetSide, pairs: pairs, weights: options.weights,
                              sourceBlocks: sourceBlocks, targetBlocks: targetBlocks)
    }
}

