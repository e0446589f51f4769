import Foundation

/// A release read from a file: its text as ordered ``Block``s, with how it was read.
///
/// The blocks are in reading order. Each is a unit no sentence crosses (a paragraph, a heading, a
/// list item, a menu line…); the segmentation stage splits blocks into sentences, and the alignment
/// stage leaves out the blocks whose ``Block/isBoilerplate`` is set.
public struct Document: Sendable, Hashable {
    /// The file the document was read from, or `nil` when it came from memory.
    public var path: String?
    /// The format the document was read as.
    public var format: DocumentFormat
    /// The character encoding detected or declared (UTF-8 for `.docx`).
    public var encoding: TextEncoding
    /// The blocks, in reading order; ``Block/index`` is the position in this array.
    public var blocks: [Block]
    /// What was odd but not fatal (an undeclared encoding guessed, a page without a body…),
    /// one sentence each.
    public var warnings: [String]
    /// For plain text: the decoded text (byte-order mark removed, line ends normalised to `\n`),
    /// which ``Block/sourceRange`` refers to. `nil` for HTML and Word documents.
    public var sourceText: String?

    /// Creates a document.
    public init(
        path: String? = nil, format: DocumentFormat, encoding: TextEncoding, blocks: [Block],
        warnings: [String] = [], sourceText: String? = nil
    ) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.blocks = blocks
        self.warnings = warnings
        self.sourceText = sourceText
    }

    /// The blocks that carry the release's own text (boilerplate left out).
    public var contentBlocks: [Block] {
        blocks.filter { !$0.isBoilerplate }
    }
}
