import CLibXML2
import Foundation

/// A forward-only, streaming XML reader over libxml2's `xmlTextReader`: memory stays constant
/// whatever the size of the file, because only the current node is held.
///
/// Uses the safe options of ``LibXML2`` (no network, no DTD loading, no entity substitution).
/// libxml2 detects the encoding from the bytes (BOM, declaration), so UTF-8 and UTF-16 both work.
/// Not thread-safe: use one reader from one task.
public final class XMLStreamReader {
    /// The kinds of node the reader stops on.
    public enum NodeType: Sendable, Equatable {
        /// A start tag (or an empty element, see ``XMLStreamReader/isEmptyElement``).
        case element
        /// An end tag.
        case endElement
        /// Character data, including CDATA sections and whitespace.
        case text
        /// A reference to an entity declared in the document's DTD (never expanded).
        case entityReference
        /// Anything else: comments, processing instructions, the document type.
        case other
    }

    /// The file being read, as given (a relative path stays relative), for error messages.
    public let path: String
    /// The file being read (`path` may be relative to another folder than the current one).
    private let url: URL
    let reader: xmlTextReaderPtr
    private let errors = ErrorBox()
    /// The type of the current node (``NodeType/other`` before the first and after the last read).
    /// Cached per node: libxml2 computes it by scanning text nodes for whitespace.
    public var nodeType: NodeType { current.pointee.type }
    /// The cached node type and the count of start tags read, behind a pointer: a stored property
    /// of a class would be checked for exclusive access on every read, which costs more than the
    /// read itself on large files. Allocated once the file is open: an initialiser that throws
    /// runs no `deinit` to free it.
    private let current: UnsafeMutablePointer<Cursor>

    private struct Cursor {
        var type = NodeType.other
        /// The number of the last start tag read, in document order (negative once a subtree was
        /// skipped: the skipped tags were not counted).
        var elementNumber = 0
    }

    /// Opens a file. `options` defaults to ``LibXML2/safeParseOptions``; pass
    /// `LibXML2.safeParseOptions | XML_PARSE_HUGE` (see ``LibXML2/hugeOption``) only when a single
    /// text node is known to exceed libxml2's 10 MB limit.
    public init(contentsOf url: URL, options: Int32 = LibXML2.safeParseOptions) throws(XMLError) {
        LibXML2.initialize()
        path = url.relativePath
        self.url = url
        try XMLInputFile.check(url)
        let flags = options | Int32(XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let reader = xmlReaderForFile(url.path, nil, flags) else {
            throw XMLError(path: url.relativePath, message: "cannot open the file")
        }
        self.reader = reader
        current = UnsafeMutablePointer<Cursor>.allocate(capacity: 1)
        current.initialize(to: Cursor())
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { userData, error in
                guard let userData, let error else { return }
                Unmanaged<ErrorBox>.fromOpaque(userData).takeUnretainedValue().record(error)
            },
            Unmanaged.passUnretained(errors).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        current.deallocate()
    }

    /// Whether the last error was libxml2's protection against huge nodes, which
    /// `XML_PARSE_HUGE` lifts (see ``LibXML2/hugeOption``).
    public var failedOnSizeLimit: Bool { errors.sizeLimit }

    /// Moves to the next node. Returns `false` at the end of the document.
    /// - Throws: the first well-formedness error, with its line and column.
    @discardableResult
    public func read() throws(XMLError) -> Bool {
        let result = xmlTextReaderRead(reader)
        if result <= 0, let error = errors.first {
            throw XMLInputFile.error(path: path, file: url, line: error.line, column: error.column, message: error.message)
        }
        if result < 0 { throw XMLError(path: path, line: Int(xmlTextReaderGetParserLineNumber(reader)), column: column, message: "malformed XML") }
        let type = result == 1 ? currentType() : .other
        current.pointee.type = type
        if type == .element { current.pointee.elementNumber += 1 }
        return result == 1
    }

    /// Skips the current element's whole subtree and moves to the node after it.
    /// Returns `false` at the end of the document.
    @discardableResult
    public func skipSubtree() throws(XMLError) -> Bool {
        let result = xmlTextReaderNext(reader)
        if let error = errors.first { throw XMLError(path: path, line: error.line, column: error.column, message: error.message) }
        if result < 0 { throw XMLError(path: path, line: Int(xmlTextReaderGetParserLineNumber(reader)), column: column, message: "malformed XML") }
        current.pointee.type = result == 1 ? currentType() : .other
        current.pointee.elementNumber = Int.min
        return result == 1
    }

    /// The type of the current node. Text nodes are told from the node itself: libxml2's node
    /// type would scan their text to tell whitespace from other text, which Bitext does not need.
    private func currentType() -> NodeType {
        guard let node = xmlTextReaderCurrentNode(reader) else { return .other }
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
        case XML_ELEMENT_NODE:
            return xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) ? .endElement : .element
        default: return Self.type(of: xmlTextReaderNodeType(reader))
        }
    }

    private static func type(of raw: Int32) -> NodeType {
        switch raw {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
            Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
            .text
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue): .entityReference
        default: .other
        }
    }

    /// The qualified name of the current node (`tuv`, `xml:lang`), or "" for text.
    public var name: String {
        guard let name = xmlTextReaderConstName(reader) else { return "" }
        return String(cString: name)
    }

    /// Whether the current node's qualified name is `name`, without allocating a string.
    public func isNamed(_ name: StaticString) -> Bool {
        guard let current = xmlTextReaderConstName(reader) else { return false }
        return strcmp(UnsafeRawPointer(current).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    /// The text of the current text node (copied: libxml2's buffer lives only until the next read).
    public var value: String {
        guard let value = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: value)
    }

    /// Whether the current element is written `<name/>` (no end tag will follow).
    public var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The depth of the current node; the root element is at depth 0.
    public var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// The 1-based line of the current node (where its start tag begins), or of the parser.
    public var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = Int(xmlGetLineNo(node))
            if line > 0 { return line }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// The 1-based column the parser has reached (libxml2 reads ahead of the current node, so
    /// this is only exact for its own well-formedness errors).
    public var column: Int { Int(xmlTextReaderGetParserColumnNumber(reader)) }

    /// The attributes of the current element, in document order (namespace declarations included).
    public var attributes: [XMLAttribute] {
        var result: [XMLAttribute] = []
        guard xmlTextReaderHasAttributes(reader) == 1 else { return result }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let name = xmlTextReaderConstName(reader).map { String(cString: $0) } ?? ""
            let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            result.append(XMLAttribute(name: name, value: value))
        }
        xmlTextReaderMoveToElement(reader)
        return result
    }

    /// Calls `body` with each attribute of the current element (name, value), in document order,
    /// without building an array.
    public func forEachAttribute(_ body: (String, String) throws(XMLError) -> Void) throws(XMLError) {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return }
        defer { xmlTextReaderMoveToElement(reader) }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let name = xmlTextReaderConstName(reader).map { String(cString: $0) } ?? ""
            let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            try body(name, value)
        }
    }

    /// The encoding libxml2 detected or the document declared, once reading has started.
    public var encoding: String? {
        xmlTextReaderConstEncoding(reader).map { String(cString: $0) }
    }

    /// Where the current element's start tag is, to place an error found later (at its end tag)
    /// with ``error(_:at:)``. Costs no more than ``line``.
    public var mark: XMLStartTagMark {
        XMLStartTagMark(number: elementNumber, line: line)
    }

    /// The number of the last start tag read, in document order (not positive once a subtree was
    /// skipped).
    var elementNumber: Int { current.pointee.elementNumber }

    /// An error at the current node: at the `<` of the current element's start tag (its line and
    /// column, found by reading the file again up to it), or at the line of any other node.
    public func error(_ message: String) -> XMLError {
        guard nodeType == .element else { return XMLError(path: path, line: line, message: message) }
        return error(message, at: mark)
    }

    /// An error at the `<` of the start tag `mark` was taken from (at its line only when the file
    /// is not UTF-8 or the tag cannot be found). Reads the file again up to that tag: for errors.
    public func error(_ message: String, at mark: XMLStartTagMark) -> XMLError {
        errors([(message, mark)])[0]
    }

    /// The errors, each at the `<` of the start tag its mark was taken from, found in one more
    /// pass over the file (at libxml2's line when the file is not UTF-8 or a tag is not found).
    public func errors(_ items: [(message: String, mark: XMLStartTagMark)]) -> [XMLError] {
        XMLStartTagMark.errors(items, path: path, url: url, encoding: encoding)
    }

    /// Collects the first error libxml2 reports.
    private final class ErrorBox {
        var first: (line: Int, column: Int, message: String)?
        var sizeLimit = false

        func record(_ error: xmlErrorPtr) {
            let level = error.pointee.level
            guard first == nil, level == XML_ERR_ERROR || level == XML_ERR_FATAL else { return }
            let message = error.pointee.message.map { String(cString: $0) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "malformed XML"
            let lowered = message.lowercased()
            sizeLimit = lowered.contains("huge") || lowered.contains("xml_parse_huge")
            first = (Int(error.pointee.line), Int(error.pointee.int2), message)
        }
    }
}

