import CLibXML2
import Foundation

/// A streaming XML writer over libxml2's `xmlTextWriter`, writing UTF-8 to a temporary file that
/// replaces the destination only when ``finish()`` succeeds (see ``AtomicFile``).
///
/// The writer never indents by itself (indentation would insert whitespace into mixed content):
/// callers lay out structural elements with ``whitespace(_:)``. Characters that XML 1.0 forbids
/// are removed from text and attribute values and counted in ``removedCharacterCount``, so that
/// libxml2 can always read what it wrote. Not thread-safe.
public final class XMLStreamWriter {
    /// The destination and its temporary file.
    public let file: AtomicFile
    /// How many characters that XML 1.0 forbids were removed so far.
    public private(set) var removedCharacterCount = 0
    private var writer: xmlTextWriterPtr?

    /// Starts writing `url` (through a temporary file in the same folder).
    public init(writingTo url: URL) throws(XMLError) {
        LibXML2.initialize()
        file = try AtomicFile(destination: url)
        guard let writer = xmlNewTextWriterFilename(file.temporaryURL.path, 0) else {
            file.discard()
            throw XMLError(path: url.relativePath, message: "cannot create \(file.temporaryURL.path)")
        }
        self.writer = writer
        xmlTextWriterSetIndent(writer, 0)
    }

    deinit {
        if let writer {
            xmlFreeTextWriter(writer)
            file.discard()
        }
    }

    private func check(_ result: Int32) throws(XMLError) {
        if result < 0 {
            throw XMLError(path: file.destination.path, message: "cannot write (is the disk full?)")
        }
    }

    private func handle() throws(XMLError) -> xmlTextWriterPtr {
        guard let writer else { throw XMLError(path: file.destination.path, message: "the writer is already closed") }
        return writer
    }

    /// Writes the XML declaration (version 1.0, UTF-8).
    public func startDocument() throws(XMLError) {
        try check(xmlTextWriterStartDocument(try handle(), "1.0", "UTF-8", nil))
    }

    /// Writes `<!DOCTYPE name SYSTEM "systemID">`.
    public func documentType(name: String, systemID: String) throws(XMLError) {
        let writer = try handle()
        let result = name.withXMLChars { name in
            systemID.withXMLChars { systemID in xmlTextWriterWriteDTD(writer, name, nil, systemID, nil) }
        }
        try check(result)
    }

    /// Opens an element; attributes follow with ``attribute(_:_:)``.
    public func startElement(_ name: String) throws(XMLError) {
        let writer = try handle()
        try check(name.withXMLChars { xmlTextWriterStartElement(writer, $0) })
    }

    /// Writes an attribute of the element just opened (escaped, illegal characters removed).
    public func attribute(_ name: String, _ value: String) throws(XMLError) {
        let writer = try handle()
        let clean = cleaned(value)
        let result = name.withXMLChars { name in clean.withXMLChars { xmlTextWriterWriteAttribute(writer, name, $0) } }
        try check(result)
    }

    /// Writes character data (escaped, illegal characters removed).
    public func text(_ text: String) throws(XMLError) {
        guard !text.isEmpty else { return }
        let writer = try handle()
        try check(cleaned(text).withXMLChars { xmlTextWriterWriteString(writer, $0) })
    }

    /// Writes layout whitespace between elements as is (only spaces, tabs and line breaks).
    public func whitespace(_ whitespace: String) throws(XMLError) {
        let writer = try handle()
        try check(whitespace.withXMLChars { xmlTextWriterWriteRaw(writer, $0) })
    }

    /// Writes a comment.
    public func comment(_ text: String) throws(XMLError) {
        let writer = try handle()
        let clean = cleaned(text).replacingOccurrences(of: "--", with: "- -")
        try check(clean.withXMLChars { xmlTextWriterWriteComment(writer, $0) })
    }

    /// Closes the innermost open element (`<x/>` when it has no content).
    public func endElement() throws(XMLError) {
        try check(xmlTextWriterEndElement(try handle()))
    }

    /// Closes the innermost open element with an end tag even when it has no content.
    public func fullEndElement() throws(XMLError) {
        try check(xmlTextWriterFullEndElement(try handle()))
    }

    /// Closes every open element, flushes, and renames the temporary file over the destination.
    public func finish() throws(XMLError) {
        let writer = try handle()
        let ended = xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        self.writer = nil
        guard ended >= 0 else {
            file.discard()
            throw XMLError(path: file.destination.path, message: "cannot write (is the disk full?)")
        }
        try file.commit()
    }

    /// Abandons the output: the temporary file is removed and the destination left as it was.
    public func discard() {
        if let writer { xmlFreeTextWriter(writer) }
        writer = nil
        file.discard()
    }

    private func cleaned(_ text: String) -> String {
        let (clean, removed) = XMLCharacters.removingIllegal(from: text)
        removedCharacterCount += removed
        return clean
    }
}

extension String {
    /// Calls `body` with the string as a NUL-terminated `xmlChar` buffer.
    func withXMLChars<Result>(_ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}
