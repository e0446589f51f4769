@testable import BitextServer
import Testing
import TMX

/// The sentences of a multi-sentence bead side, recovered by the real segmenter for the review.
struct ReviewAlignmentSentencesTests {
    @Test func cutsWhenTheCountMatchesTheBead() {
        let text = "Le plan crée un réseau. Il établit aussi une liste « commune ». 12 pays l'ont signé."
        #expect(ReviewAlignment.sentences(of: text, language: "fr", expected: 3) == [
            "Le plan crée un réseau.", "Il établit aussi une liste « commune ».", "12 pays l'ont signé.",
        ])
    }

    /// Abbreviations and initials do not end a sentence (the old heuristic cut after "Mr." and so
    /// kept this text whole).
    @Test func abbreviationsDoNotEndASentence() {
        let text = "Mr. Smith met the U.N. delegates. They agreed."
        #expect(ReviewAlignment.sentences(of: text, language: "en", expected: 2) == ["Mr. Smith met the U.N. delegates.", "They agreed."])
        let french = "M. Dupont a rencontré le Secrétaire général de l'ONU. Ils ont signé l'accord."
        #expect(ReviewAlignment.sentences(of: french, language: "fr-FR", expected: 2).count == 2)
    }

    @Test func keepsTheTextWholeWhenTheCountDiffers() {
        let text = "The plan follows. It was signed by 12 countries."
        #expect(ReviewAlignment.sentences(of: text, language: "en", expected: 3) == [text])
        #expect(ReviewAlignment.sentences(of: "One sentence only.", language: "en", expected: 1) == ["One sentence only."])
        #expect(ReviewAlignment.sentences(of: "", language: "en", expected: 1) == [])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        let text = "“We act now,” he said. “Borders do not stop criminals.” The plan follows."
        #expect(ReviewAlignment.sentences(of: text, language: "en", expected: 3)
            == ["“We act now,” he said.", "“Borders do not stop criminals.”", "The plan follows."])
    }
}
