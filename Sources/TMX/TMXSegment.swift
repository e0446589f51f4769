/// The content of a `<seg>`: text with inline markup kept as structure.
public struct TMXSegment: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Text and inline elements, in order.
    public var content: [TMXInline]

    /// Creates a segment from its content.
    public init(content: [TMXInline]) {
        self.content = content
    }

    /// Creates a segment of plain text (no markup).
    public init(_ text: String) {
        content = text.isEmpty ? [] : [.text(text)]
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// The translatable text, for matching: text and highlighted (`hi`) text, without the native
    /// codes of `bpt`, `ept`, `it`, `ph` and `ut` (nor their `sub` flows).
    public var plainText: String {
        var result = ""
        Self.appendPlainText(of: content, to: &result)
        return result
    }

    private static func appendPlainText(of content: [TMXInline], to result: inout String) {
        for piece in content {
            switch piece {
            case .text(let text): result += text
            case .element(let element):
                if element.kind == .hi || element.kind == nil { appendPlainText(of: element.content, to: &result) }
            }
        }
    }

    /// Whether the segment has markup.
    public var hasMarkup: Bool {
        content.contains { if case .element = $0 { true } else { false } }
    }

    /// All inline elements, nested ones included, in document order.
    public var inlineElements: [TMXInlineElement] {
        var result: [TMXInlineElement] = []
        func visit(_ content: [TMXInline]) {
            for case .element(let element) in content {
                result.append(element)
                visit(element.content)
            }
        }
        visit(content)
        return result
    }

    /// Whether the segment has no content at all.
    public var isEmpty: Bool { content.isEmpty }

    public var description: String { plainText }
}
