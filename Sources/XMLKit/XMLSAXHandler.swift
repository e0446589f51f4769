/// What an ``XMLSAXScanner`` tells as it parses: start tags, end tags and references to entities
/// declared in the document's DTD (never expanded). Text, comments and processing instructions
/// are parsed (and checked for well-formedness) but not reported: a scan that only counts
/// elements and reads attributes does not pay for them.
///
/// Every method may throw to stop the scan: the error is what ``XMLSAXScanner/scan(_:)`` throws.
/// The values given are valid only during the call (they point into libxml2's buffers).
public protocol XMLSAXHandler: AnyObject {
    /// A start tag (an empty element `<x/>` is a start tag with ``XMLSAXElement/isEmpty``,
    /// followed at once by its end tag).
    func startElement(_ element: XMLSAXElement) throws(XMLError)
    /// An end tag, given by its local name.
    func endElement(_ localName: XMLInternedName) throws(XMLError)
    /// A reference to an entity the document declares (`&name;`, neither one of the five XML
    /// entities nor a character reference), at `line`.
    func entityReference(_ name: String, line: Int) throws(XMLError)
    /// Whether the handler has read what it needs: the scan stops after the current end tag,
    /// without reading (or checking) the rest of the file.
    var isFinished: Bool { get }
}
