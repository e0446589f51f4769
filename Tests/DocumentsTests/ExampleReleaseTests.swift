import Foundation
import Testing
import TestSupport
@testable import Documents

/// The bundled example release reads the same in its three formats.
@Suite struct ExampleReleaseTests {
    @Test(arguments: ["en", "fr", "es"])
    func theThreeFormatsGiveTheSameContent(_ language: String) throws {
        let text = try DocumentReader.read(contentsOf: Fixtures.example(language, "txt"))
        let page = try DocumentReader.read(contentsOf: Fixtures.example(language, "html"))
        let word = try DocumentReader.read(contentsOf: Fixtures.example(language, "docx"))
        #expect([text.format, page.format, word.format] == [.plainText, .html, .docx])
        for document in [text, page, word] { #expect(document.warnings.isEmpty) }

        /// The content, list markers left out (Word and HTML draw them, text writes them).
        func content(_ document: Document) -> [String] {
            document.contentBlocks.map { $0.kind == .listItem && $0.text.hasPrefix("- ") ? String($0.text.dropFirst(2)) : $0.text }
        }
        #expect(content(page) == content(text))
        #expect(content(word) == content(text))
        #expect(page.contentBlocks.map(\.kind) == text.contentBlocks.map(\.kind))
        #expect(word.contentBlocks.map(\.kind) == text.contentBlocks.map(\.kind))
        #expect(text.contentBlocks.map(\.kind) == [
            .title, .heading, .caption, .paragraph, .paragraph, .quote, .paragraph, .paragraph,
            .listItem, .listItem, .listItem, .paragraph, .paragraph, .paragraph,
        ])
        // The page's menus, language links, share bar and footer are gone or marked.
        #expect(page.blocks.filter(\.isBoilerplate).count == 2)
        #expect(page.blocks.filter(\.isBoilerplate).map(\.kind) == [.boilerplate, .date])
    }
}
