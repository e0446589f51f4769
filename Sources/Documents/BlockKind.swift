/// What a ``Block`` is in its document.
public enum BlockKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The release's headline.
    case title
    /// A subtitle or section heading.
    case heading
    /// A paragraph of running text.
    case paragraph
    /// An item of a bulleted or numbered list (its bullet, if written, is kept in the text).
    case listItem
    /// A photo caption or credit.
    case caption
    /// A quotation set apart (`<blockquote>`, Word's Quote style, a paragraph opening with a quote).
    case quote
    /// A line that only gives the release's date ("14 November 2013 - Media release").
    case date
    /// Page furniture that is nothing else: a menu line, "Share", "Print", a language link.
    case boilerplate
}
