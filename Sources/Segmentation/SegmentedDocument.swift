import Documents

/// A release document, read by the Documents stage, split into sentences: the input of the aligner.
///
/// By default the boilerplate blocks (menus, share buttons, crawler date lines) are left out, so
/// that they never reach a memory. With `includingBoilerplate` they are segmented too, each
/// sentence flagged in ``isBoilerplate``, so that an aligner can pair the chrome both versions
/// share (date lines, "All news") and keep it apart from the release's text. The index of each
/// sentence's block serves the aligner as a paragraph anchor.
public struct SegmentedDocument: Sendable, Hashable {
    /// The sentences, white-space runs collapsed to one space; empty sentences are dropped.
    public var sentences: [String] = []
    /// The block (0-based, among the blocks segmented) of each sentence.
    public var blocks: [Int] = []
    /// The kind of each sentence's block (title, heading, paragraph…).
    public var kinds: [BlockKind] = []
    /// Whether each sentence comes from a block the reader marks as page boilerplate (always
    /// false unless the document was segmented `includingBoilerplate`).
    public var isBoilerplate: [Bool] = []
    /// The language the document was segmented as.
    public var language: String

    /// Segments the content blocks of `document` (and its boilerplate blocks too when
    /// `includingBoilerplate`) as `language`, or as the language detected from its path
    /// (`PR144.fr.html`, `fr/PR144.txt`) and then its content text.
    ///
    /// - Throws: `SegmentationError` when no language is given and none can be detected.
    public init(_ document: Document, language given: String?, segmenter: Segmenter,
                includingBoilerplate: Bool = false) throws(SegmentationError) {
        let content = document.contentBlocks
        guard let language = given
            ?? LanguageDetector.detect(path: document.path, text: content.map(\.text).joined(separator: "\n")) else {
            throw SegmentationError(
                path: document.path,
                message: "cannot tell the language"
            )
        }
        self.language = language
        let kept = includingBoilerplate ? document.blocks : content
        let segments = segmenter.segment(blocks: kept.map { (kind: $0.kind.rawValue, text: $0.text) }, language: language)
        for segment in segments {
            let collapsed = segment.sentence.text
                .split(whereSeparator: { $0.isWhitespace })
                .joined(separator: " ")
            guard !collapsed.isEmpty else { continue }
            sentences.append(collapsed)
            blocks.append(segment.blockIndex)
            kinds.append(kept[segment.blockIndex].kind)
            isBoilerplate.append(kept[segment.blockIndex].isBoilerplate)
        }
    }
}
