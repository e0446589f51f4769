/// A piece of segment content: text, or an inline element.
public enum TMXInline: Sendable, Hashable {
    /// Character data, exactly as in the file (all whitespace is significant in TMX).
    case text(String)
    /// An inline element with its own content.
    case element(TMXInlineElement)
}
