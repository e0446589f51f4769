import Foundation

/// What an aligner needs to know about page boilerplate (the lines a reader marks with
/// ``Block/isBoilerplate``) to pair it across the language versions of a page.
public enum Boilerplate {
    /// Whether two boilerplate lines of two language versions can be the same line, one the
    /// translation of the other ("14 November 2013 - Media release" and "14 novembre 2013 - Media
    /// release", "All news" and "Toutes les actualités"):
    /// - neither is a language link ("Français", "Lire en : English"): each version links to the
    ///   others, so such a line never has a counterpart;
    /// - two known menu lines pair only when they say the same ("Print" and "Imprimer", not
    ///   "Print" and "Partager"), and a known menu line only with another;
    /// - they hold the same numbers (a date line pairs only with the same date);
    /// - two date lines both have a label ("- Media release") or neither has.
    public static func canPair(_ line: String, _ other: String) -> Bool {
        guard !BlockClassifier.isLanguageLink(line), !BlockClassifier.isLanguageLink(other),
              numbers(line) == numbers(other) else { return false }
        let group = BlockClassifier.menuGroups[BlockClassifier.menuKey(BlockClassifier.key(line))]
        let otherGroup = BlockClassifier.menuGroups[BlockClassifier.menuKey(BlockClassifier.key(other))]
        if group != nil || otherGroup != nil { return group == otherGroup }
        if let label = BlockClassifier.dateLabel(line), let otherLabel = BlockClassifier.dateLabel(other) {
            return label.isEmpty == otherLabel.isEmpty
        }
        return true
    }

    /// The runs of ASCII digits of a line, sorted (dates write day, month and year in different orders).
    static func numbers(_ text: String) -> [Substring] {
        text.split { !$0.isASCII || !$0.isNumber }.sorted()
    }
}
