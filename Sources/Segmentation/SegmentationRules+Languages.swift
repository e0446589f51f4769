extension SegmentationRules {
    /// The names of the rule lists that apply to `language`, in order (what
    /// ``rules(forLanguage:)`` joins).
    public func ruleListNames(forLanguage language: String) -> [String] {
        var names: [String] = []
        for map in languageMaps where Self.languagePattern(map.pattern, matches: language) {
            names.append(map.ruleListName)
            if !cascade { break }
        }
        return names
    }

    /// Whether `language` has rules of its own, not only the lists every language falls back to
    /// (those that `und`, the undetermined language, also gets).
    public func hasOwnRules(forLanguage language: String) -> Bool {
        let names = ruleListNames(forLanguage: language)
        return !names.isEmpty && names != ruleListNames(forLanguage: "und")
    }

    /// The language patterns that have rules of their own, as codes where they are a code followed
    /// by `.*` (`en, fr, es, de, it, pt, ar` for Bitext's rules).
    public var ownRuleLanguages: [String] {
        languageMaps.map(\.pattern).filter { !Self.languagePattern($0, matches: "und") }
            .map { $0.hasSuffix(".*") ? String($0.dropLast(2)) : $0 }
    }

    /// What a language without rules of its own is segmented with, for messages:
    /// `the rules for any language ('Default')`, or `no rules (one segment per block)`.
    public var fallbackDescription: String {
        let names = ruleListNames(forLanguage: "und")
        return names.isEmpty
            ? "no rules (one segment per block)"
            : "the rules for any language (\(names.map { "'\($0)'" }.joined(separator: ", ")))"
    }
}
