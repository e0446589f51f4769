import CLibXML2
import Foundation

/// A whole XML or HTML document parsed into Swift values by libxml2, with the safe options of
/// ``LibXML2``: no network, no DTD loading, no entity substitution.
///
/// For small and medium files (SRX rules, TBX glossaries, HTML pages, Word documents). Translation
/// memories of any size are read with the TMX module's streaming reader instead.
public struct XMLDocument: Sendable, Hashable {
    /// The root element.
    public var root: XMLElement
    /// The encoding the document declared or libxml2 detected, if known.
    public var encoding: String?

    /// Creates a document from its root.
    public init(root: XMLElement, encoding: String? = nil) {
        self.root = root
        self.encoding = encoding
    }

    /// Parses an XML file. libxml2 detects the encoding from the bytes (BOM, declaration).
    public init(contentsOf url: URL) throws(XMLError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw XMLError(path: url.relativePath, message: "cannot read the file (\(error.localizedDescription))")
        }
        try self.init(data: data, path: url.relativePath)
    }

    /// Parses XML from bytes; `path` names the input in error messages. With `placingElements`, each
    /// element gets the line and column of its `<` (``XMLElement/column``), found in one more pass
    /// over the text (about 6 % of the parse); without it, libxml2's line (where the start tag ends)
    /// and column 0.
    public init(data: Data, path: String? = nil, placingElements: Bool = false) throws(XMLError) {
        LibXML2.initialize()
        guard !data.isEmpty else { throw XMLError(path: path, line: 1, column: 1, message: "the file is empty") }
        guard let context = xmlNewParserCtxt() else {
            throw XMLError(path: path, message: "libxml2 could not create a parser")
        }
        defer { xmlFreeParserCtxt(context) }
        let collector = XMLErrorCollector()
        collector.install(on: context)
        let options = LibXML2.safeParseOptions
            | Int32(XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { buffer in
            xmlCtxtReadMemory(
                context, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                path, nil, options)
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            throw collector.firstError(path: path) ?? XMLError(lastErrorOf: context, path: path)
        }
        defer { xmlFreeDoc(document) }
        guard let rootNode = xmlDocGetRootElement(document) else {
            throw XMLError(path: path, line: 1, column: 1, message: "the document has no root element")
        }
        let encoding = document.pointee.encoding.map { String(cString: $0) }
        var places = placingElements && XMLStartTagScanner.canScan(encoding: encoding) ? Places(data) : nil
        self.root = XMLDocument.convert(element: rootNode, html: false, places: &places)
        self.encoding = encoding
    }

    /// Parses an HTML page with libxml2's HTML parser, which recovers from broken markup.
    ///
    /// - Parameters:
    ///   - encoding: the encoding to assume when the page does not declare one
    ///     (libxml2's own default for undeclared HTML is ISO-8859-1).
    ///   - ignoringDeclaredEncoding: whether `encoding` wins over the page's own `<meta charset>`
    ///     (for bytes the caller has already decoded and re-encoded, e.g. as UTF-8).
    public init(
        html data: Data, path: String? = nil, encoding: String? = nil, ignoringDeclaredEncoding: Bool = false
    ) throws(XMLError) {
        LibXML2.initialize()
        guard let context = htmlNewParserCtxt() else {
            throw XMLError(path: path, message: "libxml2 could not create an HTML parser")
        }
        defer { htmlFreeParserCtxt(context) }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue
                | (ignoringDeclaredEncoding && encoding != nil ? HTML_PARSE_IGNORE_ENC.rawValue : 0))
        let document = data.withUnsafeBytes { buffer in
            htmlCtxtReadMemory(
                context, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                path, encoding, options)
        }
        guard let document else { throw XMLError(lastErrorOf: context, path: path) }
        defer { xmlFreeDoc(document) }
        guard let rootNode = xmlDocGetRootElement(document) else {
            throw XMLError(path: path, line: 1, column: 1, message: "the page has no HTML content")
        }
        var places: Places?
        self.root = XMLDocument.convert(element: rootNode, html: true, places: &places)
        self.encoding = document.pointee.encoding.map { String(cString: $0) }
    }

    /// The start tags of the text, handed out in document order as the elements are converted,
    /// as long as each matches the element libxml2 gives (same name, ending on its line); after
    /// a mismatch, none.
    private struct Places {
        private var tags: XMLStartTagScanner.Cursor?

        init(_ data: Data) {
            tags = XMLStartTagScanner.Cursor(data)
        }

        /// The line and column of the next element's `<`.
        mutating func next(name: String, line: Int) -> (line: Int, column: Int)? {
            guard let tag = tags?.next(), tag.ends(onLibXML2Line: line), tag.name.elementsEqual(name.utf8) else {
                tags = nil
                return nil
            }
            return (tag.line, tag.column)
        }
    }

    private static func convert(element node: xmlNodePtr, html: Bool, places: inout Places?) -> XMLElement {
        var name = node.pointee.name.map { String(cString: $0) } ?? ""
        if let prefix = node.pointee.ns?.pointee.prefix { name = String(cString: prefix) + ":" + name }
        let namespaceURI = node.pointee.ns?.pointee.href.map { String(cString: $0) }
        var attributes: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var attributeName = current.pointee.name.map { String(cString: $0) } ?? ""
            if let prefix = current.pointee.ns?.pointee.prefix {
                attributeName = String(cString: prefix) + ":" + attributeName
            }
            var value = ""
            if let raw = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: raw)
                bitext_xmlFree(raw)
            }
            attributes.append(XMLAttribute(name: attributeName, value: value))
            attribute = current.pointee.next
        }
        // Namespace declarations are attributes too, so that nothing is lost on output.
        var declaration = node.pointee.nsDef
        var declarations: [XMLAttribute] = []
        while let current = declaration {
            let prefix = current.pointee.prefix.map { "xmlns:" + String(cString: $0) } ?? "xmlns"
            declarations.append(XMLAttribute(name: prefix, value: current.pointee.href.map { String(cString: $0) } ?? ""))
            declaration = current.pointee.next
        }
        let line = Int(xmlGetLineNo(node))
        let place = places?.next(name: name, line: line)
        return XMLElement(
            name: name, namespaceURI: namespaceURI, attributes: declarations + attributes,
            children: convert(children: node.pointee.children, html: html, places: &places),
            line: place?.line ?? line, column: place?.column ?? 0)
    }

    private static func convert(children first: xmlNodePtr?, html: Bool, places: inout Places?) -> [XMLNode] {
        var nodes: [XMLNode] = []
        var child = first
        while let node = child {
            defer { child = node.pointee.next }
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                nodes.append(.element(convert(element: node, html: html, places: &places)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = node.pointee.content.map { String(cString: $0) } ?? ""
                if case .text(let previous)? = nodes.last {
                    nodes[nodes.count - 1] = .text(previous + text)
                } else {
                    nodes.append(.text(text))
                }
            case XML_COMMENT_NODE:
                nodes.append(.comment(node.pointee.content.map { String(cString: $0) } ?? ""))
            case XML_PI_NODE:
                nodes.append(.processingInstruction(
                    target: node.pointee.name.map { String(cString: $0) } ?? "",
                    content: node.pointee.content.map { String(cString: $0) } ?? ""))
            case XML_ENTITY_REF_NODE:
                nodes.append(.entityReference(node.pointee.name.map { String(cString: $0) } ?? ""))
            default:
                break
            }
        }
        return nodes
    }
}

extension XMLError {
    /// The last error libxml2 recorded on a parser context.
    init(lastErrorOf context: xmlParserCtxtPtr, path: String?) {
        if let error = xmlCtxtGetLastError(context), error.pointee.code != 0 {
            let message = error.pointee.message.map { String(cString: $0) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "malformed XML"
            self.init(path: path, line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message)
        } else {
            self.init(path: path, message: "malformed XML")
        }
    }
}
