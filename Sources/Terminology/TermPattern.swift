import Foundation

/// The monolingual term candidates of one text, found with a language's patterns: runs of content
/// words linked by prepositions (`N A`, `N de N`, `N à la N`, `A N`, `N of N`, `N’s N`), bounded by
/// stop words and punctuation, plus capitalised titles without their postposed adjective.
struct TermPattern {
    /// One occurrence: the indices of its tokens (consecutive, or with one gap for a dropped adjective
    /// or a coordination's other conjunct).
    struct Occurrence: Hashable {
        var tokens: [Int]
        /// The comparison key of the base form (singular content words, folded).
        var key: String
        /// The base form as written (original case and accents).
        var baseForm: String
        /// The words as written, number kept (`droits humains` where the base form is `droit humain`).
        var writtenForm: String
        /// How many content words it has.
        var contentWords: Int

        /// Whether it is one conjunct of a coordination with what the conjuncts share
        /// (``distributing(_:_:)``): linked like a written span.
        var isDistributed = false

        /// Whether a word was left out (a title's modifier): such an occurrence is only ever used in
        /// place of the full one, never linked on its own.
        var isGapped: Bool { !isDistributed && tokens.count > 1 && tokens.last! - tokens.first! + 1 != tokens.count }
    }

    let language: TermLanguage
    var maximumTokens = 12
    var maximumContentWords = 8

    /// Every candidate occurrence in `tokens`.
    func occurrences(in tokens: [TermToken]) -> [Occurrence] {
        let words = Words(tokens, language)
        var found: [Occurrence] = []
        for start in tokens.indices where words.isContent[start] {
            var linkers = 0, content = 1
            var index = start
            if let occurrence = occurrence(words, Array(start...start)) { found.append(occurrence) }
            while index + 1 < tokens.count, index + 1 - start < maximumTokens {
                index += 1
                let token = tokens[index], previous = tokens[index - 1]
                if words.isContent[index] {
                    content += 1
                    guard content <= maximumContentWords else { break }
                    let span = Array(start...index)
                    if let occurrence = occurrence(words, span) { found.append(occurrence) }
                    if let shared = distributing(words, span), var occurrence = occurrence(words, shared) {
                        occurrence.isDistributed = true
                        found.append(occurrence)
                    }
                    if language.postposedAdjectives, let gapped = droppingAdjective(words, span),
                        let occurrence = occurrence(words, gapped)
                    {
                        found.append(occurrence)
                    }
                } else if token.isWord, language.linkers.contains(token.key),
                    words.isContent[index - 1] || (["et", "and"].contains(previous.key) && token.key.hasPrefix("d"))
                {
                    linkers += 1
                    guard linkers <= 3 else { break }
                } else if token.isWord, language.articles.contains(token.key), language.linkers.contains(previous.key),
                    !previous.isElision, !["et", "and", "y", "und"].contains(previous.key)
                {
                    continue
                } else {
                    break
                }
            }
        }
        return found
    }

    /// One conjunct of a coordination of two lower-case words with what both share, in any language:
    /// the words before it (`sexual exploitation and abuse` → `sexual abuse`, `documents de voyage
    /// volés et perdus` → `documents de voyage perdus`) or the complement after it (`sexual
    /// exploitation and trafficking of children` → `sexual exploitation of children`).
    private func distributing(_ words: Words, _ span: [Int]) -> [Int]? {
        let tokens = words.tokens
        let conjunctions = span.filter { Self.conjunctions.contains(tokens[$0].key) }
        guard conjunctions.count == 1, let and = conjunctions.first, let start = span.first, let end = span.last,
            and - 1 >= start, and + 1 <= end, words.isContent[and - 1], words.isContent[and + 1],
            !tokens[and - 1].isCapitalized, !tokens[and + 1].isCapitalized
        else { return nil }
        if end == and + 1, and - 2 >= start, words.isContent[and - 2] { return Array(start...(and - 2)) + [end] }
        if end >= and + 3, language.linkers.contains(tokens[and + 2].key) { return Array(start...(and - 1)) + Array((and + 2)...end) }
        return nil
    }

    private static let conjunctions: Set<String> = ["et", "and", "y", "und"]

    /// `Ministre française des Droits des femmes` → `Ministre des Droits des femmes`: a capitalised
    /// head, one lower-case adjective, then a linker.
    private func droppingAdjective(_ words: Words, _ span: [Int]) -> [Int]? {
        let tokens = words.tokens
        guard span.count >= 4, tokens[span[0]].isCapitalized, !tokens[span[1]].isCapitalized,
            words.isContent[span[1]], language.linkers.contains(tokens[span[2]].key)
        else { return nil }
        return [span[0]] + span[2...]
    }

    private func occurrence(_ text: Words, _ indices: [Int]) -> Occurrence? {
        let words = indices.map { text.tokens[$0] }
        guard let last = indices.last, text.isContent[last], !language.linkers.contains(text.tokens[last].key) else { return nil }
        let content = indices.count { text.isContent[$0] }
        // Lower-case terms go to the singular: every word before the first linker in French-like
        // languages (`réseaux sociaux` → `réseau social`), the last word in English (`member countries`).
        let lowercase = !(words.first?.isCapitalized ?? false)
        var forms = words.map(\.text)
        if lowercase {
            let firstLinker = words.firstIndex { language.linkers.contains($0.key) } ?? words.count
            // Words coordinated (`stolen and lost travel documents`, `volés et perdus`) do not end the head.
            let firstPreposition = words.firstIndex { language.linkers.contains($0.key) && !Self.conjunctions.contains($0.key) } ?? words.count
            switch language.code {
            case "en", "de":
                if firstPreposition == words.count { forms[forms.count - 1] = text.singularText(indices[forms.count - 1]) }
                if firstLinker < words.count, firstLinker > 0 { forms[firstLinker - 1] = text.singularText(indices[firstLinker - 1]) }
            default:
                for index in 0..<firstPreposition where !words[index].isCapitalized && text.isContent[indices[index]] {
                    forms[index] = text.singularText(indices[index])
                }
                agreeingWithTheHead(words, indices, text, firstLinker: firstPreposition, &forms)
            }
        }
        // English possessive at the start or end of a term: `INTERPOL’s General Secretariat` →
        // `INTERPOL General Secretariat`, `Government of Canada’s` → `Government of Canada`.
        if language.code == "en" {
            for index in Set([0, forms.count - 1]) where forms[index].hasSuffix("’s") || forms[index].hasSuffix("'s") {
                // Only an organisation's acronym at the start (`INTERPOL’s`), not `Women’s Rights`.
                if index == 0, index != forms.count - 1, !forms[0].dropLast(2).allSatisfy(\.isUppercase) { continue }
                forms[index] = String(forms[index].dropLast(2))
            }
        }
        func joined(_ forms: [String]) -> String {
            var text = ""
            for (offset, form) in forms.enumerated() {
                if offset > 0, !words[offset - 1].isElision { text += " " }
                text += form
            }
            return text
        }
        // The grouping key puts every content word in the singular, whatever the case: a term at the
        // start of a sentence (`Social networks`) groups with the same term elsewhere.
        // Hyphens are dropped from it (`Co-ordination` and `Coordination`).
        var key = indices.map { text.keys[$0] }.joined(separator: " ")
        if key.utf8.contains(UInt8(ascii: "-")) { key = key.replacingOccurrences(of: "-", with: "") }
        return Occurrence(
            tokens: indices, key: key, baseForm: joined(forms), writtenForm: joined(words.map(\.text)), contentWords: content)
    }

    /// In French-like languages, the lower-case words after a complement written in the singular agree
    /// with a plural head and go to the singular with it: `documents de voyage volés et perdus` →
    /// `document de voyage volé et perdu`, `systèmes de communication mondiaux` → `système de
    /// communication mondial`; after a plural complement they may agree with it and stay as written
    /// (`notices visant des personnes recherchées`). They end at the next linker but `et`.
    private func agreeingWithTheHead(_ words: [TermToken], _ indices: [Int], _ text: Words, firstLinker: Int, _ forms: inout [String]) {
        guard firstLinker > 0, firstLinker < words.count, forms[0] != words[0].text,
              let complement = words.indices.dropFirst(firstLinker + 1).first(where: { text.isContent[indices[$0]] }),
              !words[complement].isCapitalized, text.singularText(indices[complement]) == words[complement].text
        else { return }
        for index in words.indices.dropFirst(complement + 1) {
            if language.linkers.contains(words[index].key), !Self.conjunctions.contains(words[index].key) { return }
            if text.isContent[indices[index]], !words[index].isCapitalized { forms[index] = text.singularText(indices[index]) }
        }
    }

    /// What the patterns ask of each token, computed once per token rather than once per span.
    private struct Words {
        let tokens: [TermToken]
        /// Whether each token may start or end a term.
        let isContent: [Bool]
        /// The grouping key of each token: its singular for a content word, its folded form otherwise.
        let keys: [String]
        private let language: TermLanguage

        init(_ tokens: [TermToken], _ language: TermLanguage) {
            self.tokens = tokens
            self.language = language
            isContent = tokens.indices.map { language.isContent(tokens, at: $0) }
            keys = zip(tokens, isContent).map { token, content in content ? language.singular(token.key) : token.key }
        }

        /// The singular of token `index` as written.
        func singularText(_ index: Int) -> String { language.singular(tokens[index].text) }
    }
}
