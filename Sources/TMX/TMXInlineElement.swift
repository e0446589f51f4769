/// An inline element of a segment (`bpt`, `ept`, `it`, `ph`, `hi`, `sub`, `ut`), kept as
/// structure with its attributes (`i`, `x`, `type`, `pos`, `assoc`…) and content.
///
/// The content of `bpt`, `ept`, `it`, `ph` and `ut` is the native code (`<b>` as text) and may
/// hold `sub` elements; `hi` and `sub` hold translatable text. Elements TMX does not define are
/// kept too (with ``kind`` `nil`) so that nothing is lost.
public struct TMXInlineElement: Sendable, Hashable {
    /// The TMX inline elements.
    public enum Kind: String, Sendable, CaseIterable {
        /// Begin of a paired native code.
        case bpt
        /// End of a paired native code.
        case ept
        /// Isolated code whose partner is in another segment.
        case it
        /// Standalone (placeholder) code.
        case ph
        /// Highlighted text (a term, do-not-translate…).
        case hi
        /// Sub-flow text inside a code (alt text, footnote).
        case sub
        /// Unknown code (deprecated).
        case ut
    }

    /// The element name as written.
    public var name: String
    /// The attributes, in document order.
    public var attributes: [TMXAttribute]
    /// The content: text and nested elements.
    public var content: [TMXInline]

    /// Creates an inline element.
    public init(_ kind: Kind, attributes: [TMXAttribute] = [], content: [TMXInline] = []) {
        self.init(name: kind.rawValue, attributes: attributes, content: content)
    }

    /// Creates an inline element of any name.
    public init(name: String, attributes: [TMXAttribute] = [], content: [TMXInline] = []) {
        self.name = name
        self.attributes = attributes
        self.content = content
    }

    /// The kind, or `nil` for an element TMX does not define.
    public var kind: Kind? { Kind(rawValue: name) }

    /// The value of an attribute (`i`, `x`, `type`, `pos`…).
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
