/// The contents of an SRX 2.0 (or 1.0) file: named rule lists and the map from language codes
/// to them.
public struct SegmentationRules: Sendable, Hashable {
    /// One `<languagemap>`: codes matching `pattern` (a regex over the whole code, any case)
    /// use the rule list `ruleListName`.
    public struct LanguageMap: Sendable, Hashable {
        public var pattern: String
        public var ruleListName: String

        public init(pattern: String, ruleListName: String) {
            self.pattern = pattern
            self.ruleListName = ruleListName
        }
    }

    /// `cascade="yes"`: the rules of every matching map, in map order; otherwise the first only.
    public var cascade: Bool
    /// `<languagerule>` lists by `languagerulename`.
    public var ruleLists: [String: [SegmentationRule]]
    /// `<maprules>`, in order.
    public var languageMaps: [LanguageMap]
    /// Where the rules came from (a path, or a name for built-in rules).
    public var source: String

    public init(
        cascade: Bool, ruleLists: [String: [SegmentationRule]], languageMaps: [LanguageMap], source: String
    ) {
        self.cascade = cascade
        self.ruleLists = ruleLists
        self.languageMaps = languageMaps
        self.source = source
    }
}
