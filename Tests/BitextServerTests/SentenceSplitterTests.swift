@testable import BitextServer
import Testing

struct SentenceSplitterTests {
    @Test func cutsWhenTheCountMatchesTheBead() {
        let text = "Le plan crée un réseau. Il établit aussi une liste « commune ». 12 pays l'ont signé."
        #expect(SentenceSplitter.split(text, expected: 3) == [
            "Le plan crée un réseau.", "Il établit aussi une liste « commune ».", "12 pays l'ont signé.",
        ])
    }

    @Test func keepsTheTextWholeWhenTheCountDiffers() {
        let text = "Mr. Smith met the U.N. delegates. They agreed."
        #expect(SentenceSplitter.split(text, expected: 2) == [text])
        #expect(SentenceSplitter.split("One sentence only.", expected: 1) == ["One sentence only."])
        #expect(SentenceSplitter.split("", expected: 1) == [])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        let text = "“We act now,” he said. “Borders do not stop criminals.” The plan follows."
        #expect(SentenceSplitter.candidates(text) == ["“We act now,” he said.", "“Borders do not stop criminals.”", "The plan follows."])
    }
}
