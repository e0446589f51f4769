extension Document {
    /// A document of one sentence (or block) a line, as in the gold segmentation of the benchmark
    /// sets (`bitext align --presegmented`): every line is a block of its own, classified from its
    /// text as the plain-text reader classifies a line (menu lines, date lines and language links
    /// are boilerplate, a short capitalised line without final punctuation is a heading, the first
    /// one the title, a second copy of a title or heading is boilerplate), and a caption's text
    /// after a photo label is a caption (``Block/kind``). An empty line stays an empty paragraph.
    public init(lines: [String]) {
        var blocks: [Block] = []
        var titleAllowed = true
        for (index, line) in lines.enumerated() {
            let text = line.trimmedWhitespace
            var (kind, boilerplate) = text.isEmpty ? (BlockKind.paragraph, false) : BlockClassifier.classify(text, titleAllowed: titleAllowed)
            // A line is a sentence unless it clearly is not: in books, a line without final
            // punctuation is mostly dialogue (`Il dit : « Viens. »`, `Et puis…`), and a line of
            // punctuation ("!", "…") a sentence the translation merges with its neighbour.
            if [.title, .heading, .caption].contains(kind), !BlockClassifier.endsWithLetterOrDigit(text) { kind = .paragraph }
            if boilerplate, !text.contains(where: { $0.isLetter || $0.isNumber }), !BlockClassifier.isSeparatorLine(text) {
                (kind, boilerplate) = (.paragraph, false)
            }
            if !text.isEmpty, !boilerplate, kind != .caption { titleAllowed = false }
            blocks.append(Block(index: index, kind: kind, text: text, isBoilerplate: boilerplate, line: index + 1))
        }
        // A heading that nothing follows is not one: it is a text cut off mid-sentence.
        if let last = blocks.indices.last, blocks[last].kind == .heading { blocks[last].kind = .paragraph }
        BlockClassifier.markRepeatedHeadings(&blocks)
        BlockClassifier.markCaptionTexts(&blocks)
        self.init(path: nil, format: .plainText, encoding: .utf8, blocks: blocks, warnings: [])
    }

    /// Whether a line is page furniture (a menu line, a language link, a crawler's date…): the
    /// document is a web page's text, whose boilerplate is kept apart, not a book's.
    public var hasPageFurniture: Bool {
        blocks.contains { $0.kind == .boilerplate && $0.text.contains { $0.isLetter || $0.isNumber } }
    }
}
