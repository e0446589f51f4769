/// Decides which consecutive lines of one paragraph belong to the same block.
///
/// In releases every line break is a boundary (a heading, a dateline, a bullet, a caption, a menu
/// item each sit on their own line), except in hard-wrapped text, where a line that runs on into
/// the next (the next starts in lower case, or the text is wrapped at a fixed width) is joined.
struct LineJoiner {
    /// The width the text is wrapped at, or `nil` when it is not hard-wrapped.
    var wrapWidth: Int?

    /// Recognises hard-wrapped text: most lines are close to one width of at most 100 characters,
    /// and paragraphs have several lines.
    init(lines: [String]) {
        let lengths = lines.map { $0.trimmingCharacters(in: .whitespaces).count }.filter { $0 > 0 }
        guard lengths.count >= 4, let longest = lengths.max(), (40...100).contains(longest) else {
            wrapWidth = nil
            return
        }
        let nearWidth = lengths.filter { $0 >= longest - 25 }.count
        wrapWidth = nearWidth * 2 >= lengths.count ? longest : nil
    }

    /// A joiner for lines that are never hard-wrapped (`<br>` in HTML, line breaks in Word).
    init() { wrapWidth = nil }

    /// Whether `next` continues the block that `previous` ends.
    func continues(_ previous: String, _ next: String) -> Bool {
        let before = previous.trimmingCharacters(in: .whitespaces)
        let after = next.trimmingCharacters(in: .whitespaces)
        guard !before.isEmpty, !after.isEmpty, !BlockClassifier.isListItem(after) else { return false }
        if let wrapWidth {
            if before.count >= wrapWidth - 25 { return true }
            if next.first == " " || next.first == "\t", BlockClassifier.isListItem(before) { return true }
        }
        guard let first = after.first, first.isLowercase, let last = before.last else { return false }
        return (last.isLetter || ",-–(".contains(last)) && !BlockClassifier.isBoilerplate(before)
    }

    /// The groups of consecutive lines that form one block each, as index ranges into `lines`.
    func blocks(of lines: [String]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in lines.indices.dropFirst() where !continues(lines[index - 1], lines[index]) {
            ranges.append(start..<index)
            start = index
        }
        if !lines.isEmpty { ranges.append(start..<lines.count) }
        return ranges
    }
}
