import Testing
@testable import Documents

/// One block a line (`bitext align --presegmented`): page lines are told from sentences, book
/// lines stay sentences.
struct DocumentLinesTests {
    @Test func aReleaseGivenOneSentenceALine() {
        let document = Document(lines: [
            "All news", "|", "2 April 2021 - Media release", "Police free 40 victims in Lyon", "Police free 40 victims in Lyon",
            "LYON, France – Police freed 40 victims of trafficking today.", "PR12 - Photo-1", "Officers at the scene.",
            "PR12 - Photo-2", "A seized car.",
        ])
        #expect(document.blocks.map(\.kind) == [.boilerplate, .boilerplate, .date, .title, .heading, .paragraph, .caption, .caption,
                                                .caption, .caption])
        // The second copy of the headline is page furniture.
        #expect(document.blocks.map(\.isBoilerplate) == [true, true, true, false, true, false, false, false, false, false])
        #expect(document.blocks.map(\.index) == Array(0..<10))
    }

    @Test func bookLinesStaySentences() {
        let document = Document(lines: ["Il dit : « Viens. »", "!", "Et puis…", "", "Chapitre 3", "Elle partit."])
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph, .paragraph, .heading, .paragraph])
        #expect(document.blocks.allSatisfy { !$0.isBoilerplate })
    }

    /// A paragraph after a photo label is a caption only inside a gallery (another label after it,
    /// or the end of the document).
    @Test func captionTextsOfAGallery() {
        let document = Document(lines: ["Police free 40 victims", "Photo 1", "The officers left at dawn.", "They came back at noon."])
        #expect(document.blocks.map(\.kind) == [.title, .caption, .paragraph, .paragraph])
    }
}
