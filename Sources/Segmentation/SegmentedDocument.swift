import Documents

/// A release document, read by the Documents stage, split into sentences: the input of the aligner.
///
/// Boilerplate blocks (menus, share buttons, crawler date lines) are left out, so that they never
/// reach a memory; the index of each sentence's block serves the aligner as a paragraph anchor.
public struct SegmentedDocument: Sendable, Hashable {
    /// The sentences, white-space runs collapsed to one space; empty sentences are dropped.
    public var sentences: [String] = []
    /// The block (0-based, among the blocks kept) of each sentence.
    public var blocks: [Int] = []
    /// The language the document was segmented as.
    public var language: String

    /// Segments the content blocks of `document` as `language`, or as the language detected from
    /// its path (`PR144.fr.html`, `fr/PR144.txt`) and then its text.
    ///
    /// - Throws: `SegmentationError` when no language is given and none can be detected.
    public init(_ document: Document, language given: String?, segmenter: Segmenter) throws(SegmentationError) {
        let kept = document.contentBlocks
        let text = kept.map(\.text).joined(separator: "\n")
        guard let language = given ?? LanguageDetector.detect(path: document.path, text: text) else {
            throw SegmentationError(
                path: document.path,
                message: "cannot tell the language"
            )
        }
        self.language = language
        let segments = segmenter.segment(blocks: kept.map { (kind: $0.kind.rawValue, text: $0.text) }, language: language)
        for segment in segments {
            let collapsed = segment.sentence.text
                .split(whereSeparator: { $0.isWhitespace })
                .joined(separator: " ")
            guard !collapsed.isEmpty else { continue }
            sentences.append(collapsed)
            blocks.append(segment.blockIndex)
        }
    }
}
