/// One segment of a text: usually a sentence, or a title, menu line, bullet or caption.
public struct Sentence: Sendable, Hashable {
    /// The segment's text, trimmed of surrounding whitespace (inner whitespace kept as is).
    public var text: String
    /// Where the trimmed text lies in the segmented string, in Unicode scalars (code points).
    public var range: Range<Int>
    /// The same place in UTF-16 code units (as in `NSString` and JavaScript).
    public var utf16Range: Range<Int>

    public init(text: String, range: Range<Int>, utf16Range: Range<Int>) {
        self.text = text
        self.range = range
        self.utf16Range = utf16Range
    }
}

/// A segment of a document made of blocks (paragraphs, headings, list items…).
public struct BlockSentence: Sendable, Hashable {
    /// Index of the block in the document, from 0.
    public var blockIndex: Int
    /// The block's kind as the document reader names it (`paragraph`, `heading`, …).
    public var blockKind: String
    /// The segment, with offsets inside its block.
    public var sentence: Sentence

    public init(blockIndex: Int, blockKind: String, sentence: Sentence) {
        self.blockIndex = blockIndex
        self.blockKind = blockKind
        self.sentence = sentence
    }
}
