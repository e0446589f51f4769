/// One block of a document: a unit of text that no sentence crosses.
public struct Block: Sendable, Hashable {
    /// The position of the block in ``Document/blocks`` (0-based).
    public var index: Int
    /// What the block is (title, paragraph, list item…).
    public var kind: BlockKind
    /// The text, trimmed. For plain text it is exactly the source slice ``sourceRange`` (hard-wrapped
    /// lines joined into one block keep their `\n`); for HTML and Word, runs of spaces and line
    /// ends of the markup are collapsed to one space. No-break spaces and tabs are kept.
    public var text: String
    /// Whether the block is page furniture rather than the release's text: menu and share lines,
    /// language links, crawler and page date lines, archive notices, "Back to top". The aligner
    /// leaves these out of the memory.
    public var isBoilerplate: Bool
    /// The 1-based line of the source where the block starts, or 0 when unknown (Word documents).
    public var line: Int
    /// For plain text: the block's range in ``Document/sourceText``, in UTF-16 code units.
    public var sourceRange: Range<Int>?

    /// Creates a block.
    public init(
        index: Int, kind: BlockKind, text: String, isBoilerplate: Bool = false, line: Int = 0,
        sourceRange: Range<Int>? = nil
    ) {
        self.index = index
        self.kind = kind
        self.text = text
        self.isBoilerplate = isBoilerplate || kind == .boilerplate
        self.line = line
        self.sourceRange = sourceRange
    }
}
