import Alignment
import Memory
import Terminology

extension RenderingEvidence {
    /// The term extractor's stop words (a single letter, as `d` and `l` of `d’`, `l’`, counts as one too)
    /// and the FreeDict dictionaries installed under `/usr/share/dictd` (`dict-freedict-fra-eng`…),
    /// each read when first needed and then shared by the process; a word is looked up as written and as
    /// its singular. Without dictionaries only spelling links the words.
    public static let installed = RenderingEvidence(
        isFunctionWord: { word, language in
            word.count <= 1 || TermLanguages.shared[language].isStopWord(word)
        },
        translations: { word, from, to in
            guard let dictionary = DictdDictionary.installed(source: from, target: to) else { return [] }
            let singular = TermLanguages.shared[from].singularForm(word)
            return dictionary.translations(of: word) + (singular == word ? [] : dictionary.translations(of: singular))
        })
}
