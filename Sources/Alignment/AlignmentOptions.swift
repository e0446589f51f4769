import Foundation

/// Settings of a ``SentenceAligner``. The defaults suit any language pair; the model estimates the
/// length ratio, its variance and the lexical match rates from the input itself.
public struct AlignmentOptions: Sendable, Hashable {
    /// ISO 639-1 code of the source version (`en`); guessed from its function words when nil.
    public var sourceLanguage: String?
    /// ISO 639-1 code of the target version (`fr`); guessed from its function words when nil.
    public var targetLanguage: String?
    /// Extra translations, e.g. glossary entries (source → target).
    public var lexicon = Lexicon()
    /// Whether to use the dictd dictionaries installed in ``dictionaryDirectory`` (FreeDict).
    public var usesInstalledDictionaries = true
    /// Where dictd dictionaries are installed.
    public var dictionaryDirectory = URL(fileURLWithPath: "/usr/share/dictd")
    /// Whether to learn a lexicon from a first alignment of the documents and re-align with it.
    public var learnsLexicon = true
    /// Word pairs learned from other documents of the same language pair (``LexiconPool``: a batch,
    /// an existing memory), used like those learned from the document itself (folded words).
    public var pooledLexicon = Lexicon()
    /// The graded links of the same pooled model (``LexiconPool/learn(threshold:minimumCooccurrences:linkFloor:linksPerWord:)``):
    /// partial matches for the words no lexicon entry matches, used only where no dictionary is
    /// installed for the language pair (with one they did not help).
    public var pooledLinks = TranslationLinks()
    /// Weights of the model (see the README's section on alignment for what each one does).
    public var weights = Weights()

    /// Creates default options.
    public init() {}

    /// The weights of the alignment model, in units of log-probability.
    public struct Weights: Sendable, Hashable {
        /// Multiplies the lexical log-likelihood ratio (matched vs. unmatched words).
        public var lexical = 4.0
        /// Multiplies the length cost (Gale–Church log-probability).
        public var length = 1.0
        /// Bonus for pairing sentences at all (per pair bead): the break-even point against 1-0 + 0-1.
        public var pairBonus = 2.0
        /// Cost of leaving one sentence unaligned (1-0 or 0-1).
        public var skip = 2.5
        /// Extra cost of a 1-0 or 0-1 bead per unit of evidence (× `lexical`) that the sentence left out
        /// matches a sentence of the other side next to where it is left out.
        public var presence = 1.0
        /// The most evidence that `presence` counts (a single shared name must not forbid an omission).
        public var presenceCap = 0.6
        /// How much the skip cost of the second pass rises when the first pass left out fewer
        /// sentences than usual (0: not at all; 1: by the log of the ratio, at most 2; it never falls).
        public var adaptiveSkip = 3.0
        /// Extra cost of a 2-1 or 1-2 bead.
        public var merge = 3.5
        /// Extra cost of a 2-2 bead.
        public var merge22 = 8.0
        /// Extra cost of 3-1, 1-3 and longer beads.
        public var mergeLong = 8.0
        /// The least IBM Model 1 translation probability, in each direction, of a word pair of the
        /// lexicon learned from the first pass.
        public var translationThreshold = 0.5
        /// Extra cost of a 1-0 (0-1) bead that does not follow another 1-0 (0-1) bead: a sentence left
        /// out alone between pairs is most often part of a merge or of a weak pair, while real
        /// omissions (captions, menus, a dropped passage) come in runs. 0: one search state.
        public var omissionRun = 1.0
        /// Extra cost of a bead whose first sentence, on either side, starts with a lowercase letter.
        public var continuation = 2.0
        /// Cost of a bead that crosses a paragraph (block) boundary that both versions share.
        public var block = 3.0
        /// Half-width (sentences) of the search band around the first pass's path.
        public var refineBand = 8
        /// Temperature of the posterior probabilities that become confidences.
        public var temperature = 1.0

        /// Default weights.
        public init() {}

        /// Sets a weight by name (`lexical`, `skip`…); returns false for an unknown name.
        public mutating func set(_ name: String, to value: Double) -> Bool {
            switch name {
            case "lexical": lexical = value
            case "length": length = value
            case "pairBonus": pairBonus = value
            case "skip": skip = value
            case "presence": presence = value
            case "presenceCap": presenceCap = value
            case "adaptiveSkip": adaptiveSkip = value
            case "merge": merge = value
            case "merge22": merge22 = value
            case "mergeLong": mergeLong = value
            case "translationThreshold": translationThreshold = value
            case "omissionRun": omissionRun = value
            case "continuation": continuation = value
            case "block": block = value
            case "refineBand": refineBand = Int(value)
            case "temperature": temperature = value
            default: return false
            }
            return true
        }
    }
}
