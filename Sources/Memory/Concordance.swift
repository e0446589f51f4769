/// Every unit whose source contains a phrase, grouped by distinct translation.
public struct Concordance: Sendable, Hashable, Codable {
    /// One unit containing the phrase.
    public struct Hit: Sendable, Hashable, Codable {
        /// The language of the segment containing the phrase.
        public var sourceLanguage: String
        /// The segment, the phrase highlighted.
        public var source: HighlightedText
        /// The translation, the span rendering the phrase highlighted when it is known.
        public var translation: MemoryTranslation
        /// Where the unit comes from.
        public var origin: UnitOrigin
        /// Whether the segment holds the phrase in another form only (another inflection, one word
        /// inserted; see ``NearMatching``): the highlight covers the words matched.
        public var isNear = false
    }

    /// The units sharing one translation of the phrase.
    public struct Group: Sendable, Hashable, Codable {
        /// The language of the translations.
        public var language: String
        /// The translation of the phrase (the span of the first hit), or the whole translation when no
        /// span rendering the phrase was found.
        public var rendering: String
        /// How many units have this translation.
        public var count: Int
        /// The units (the first ones, up to the example limit).
        public var hits: [Hit]
        /// Where the highlighted span comes from: `hint` (glossary or lexicon), `identical`,
        /// `association` (co-occurrence in the memory), or nil when no span is highlighted.
        public var spanEvidence: String?
    }

    /// The phrase looked up.
    public var phrase: String
    /// The number of units containing the phrase (a lower bound when `isTruncated`), near hits included.
    public var totalHits: Int
    /// How many of them are near hits (another inflection, one word inserted), found only when the
    /// exact hits did not fill the limit.
    public var nearHits = 0
    /// Whether only the first units were grouped.
    public var isTruncated: Bool
    /// The groups: those holding an exact hit first, then by count; in each, exact hits first.
    public var groups: [Group]
}
