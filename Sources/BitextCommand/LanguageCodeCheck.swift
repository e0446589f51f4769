import ArgumentParser
import Segmentation
import TMX

/// Checks the language codes given on the command line (`segment --lang`, `align --langs`): a
/// code that is not a BCP 47 tag is refused; one Bitext does not know is used as given, with a
/// warning that says what Bitext falls back to for it.
enum LanguageCodeCheck {
    /// Whether `code` is a well-formed BCP 47 tag (``TMX/LanguageTag/isWellFormed``).
    static func isWellFormed(_ code: String) -> Bool { LanguageTag(code).isWellFormed }

    /// Whether Bitext knows the language: its primary subtag is one of the ISO 639-1 codes it reads
    /// in file names (``AlignJob/languageCodes``).
    static func isKnown(_ code: String) -> Bool {
        AlignJob.languageCode(code.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "") != nil
    }

    /// Refuses a code that is not a BCP 47 tag, naming the option it came from.
    static func validate(_ code: String, option: String) throws {
        guard isWellFormed(code) else {
            throw ValidationError("\(option): '\(code)' is not a language code (BCP 47: en, fr, pt-BR, zh-Hant…)")
        }
    }

    /// `unknown language code 'zz': <fallback> (known: …)` for a code Bitext does not know
    /// and `rules` have no rules of their own for; nil otherwise.
    static func warning(for code: String, rules: SegmentationRules, fallback: String) -> String? {
        guard !isKnown(code), !rules.hasOwnRules(forLanguage: code) else { return nil }
        let withRules = rules.ownRuleLanguages
        let others = AlignJob.languageCodes.subtracting(withRules).count
        return "unknown language code '\(code)': \(fallback) (known: \(withRules.joined(separator: ", ")) and \(others) other ISO 639-1 codes)"
    }
}
