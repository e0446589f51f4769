/// A node of a parsed XML or HTML document, as plain Swift values.
public enum XMLNode: Sendable, Hashable {
    /// An element with its attributes and children.
    case element(XMLElement)
    /// Character data (text and CDATA sections, entities of the XML spec decoded).
    case text(String)
    /// A comment.
    case comment(String)
    /// A processing instruction: target and content.
    case processingInstruction(target: String, content: String)
    /// A reference to an entity declared in the document's DTD, kept unexpanded (`&name;`).
    case entityReference(String)

    /// The element, when this node is one.
    public var element: XMLElement? {
        if case .element(let element) = self { return element }
        return nil
    }
}

/// One attribute of an element, in document order.
public struct XMLAttribute: Sendable, Hashable {
    /// The qualified name as written (`xml:lang`, `type`).
    public var name: String
    /// The value, with character and predefined entity references decoded.
    public var value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// An element of a parsed document.
public struct XMLElement: Sendable, Hashable {
    /// The qualified name as written (`tbx:termEntry`, `tu`). HTML names are lower-case.
    public var name: String
    /// The element's namespace URI, if any.
    public var namespaceURI: String?
    /// The attributes, in document order.
    public var attributes: [XMLAttribute]
    /// The child nodes, in document order.
    public var children: [XMLNode]
    /// The 1-based line of the start tag's `<` (0 when unknown). When the column is unknown, the
    /// line is libxml2's: where the start tag ends.
    public var line: Int
    /// The 1-based column of the start tag's `<` (0 when unknown: not asked for, see
    /// `XMLDocument(data:path:placingElements:)`, HTML, or text in another encoding than UTF-8).
    public var column: Int

    /// Creates an element.
    public init(
        name: String, namespaceURI: String? = nil, attributes: [XMLAttribute] = [],
        children: [XMLNode] = [], line: Int = 0, column: Int = 0
    ) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.children = children
        self.line = line
        self.column = column
    }

    /// The name without its namespace prefix.
    public var localName: String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// The value of the attribute with this qualified name, if present.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The child elements, in order.
    public var childElements: [XMLElement] {
        children.compactMap(\.element)
    }

    /// The child elements whose local name is `localName`.
    public func children(named localName: String) -> [XMLElement] {
        childElements.filter { $0.localName == localName }
    }

    /// The first child element whose local name is `localName`.
    public func firstChild(named localName: String) -> XMLElement? {
        childElements.first { $0.localName == localName }
    }

    /// All descendant elements whose local name is `localName`, in document order.
    public func descendants(named localName: String) -> [XMLElement] {
        var found: [XMLElement] = []
        func visit(_ element: XMLElement) {
            for child in element.childElements {
                if child.localName == localName { found.append(child) }
                visit(child)
            }
        }
        visit(self)
        return found
    }

    /// The concatenated text of all descendant text nodes.
    public var text: String {
        var result = ""
        func visit(_ nodes: [XMLNode]) {
            for node in nodes {
                switch node {
                case .text(let text): result += text
                case .element(let element): visit(element.children)
                default: break
                }
            }
        }
        visit(children)
        return result
    }
}
