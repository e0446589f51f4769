import CLibXML2
import Foundation

/// A name interned in the dictionary of one ``XMLStreamReader`` (see ``XMLStreamReader/intern(_:)``).
/// Two names of the same reader are equal exactly when they are the same name, and comparing
/// them compares two pointers: no string is made or compared.
public struct XMLInternedName: Equatable {
    let pointer: UnsafePointer<xmlChar>?

    /// Whether this stands for no name: the prefix of a name that has none.
    public var isAbsent: Bool { pointer == nil }
}

/// Allocation-free access to the current node, for scans over large files: names as
/// ``XMLInternedName`` values and text as bytes that are valid only inside the closure (they
/// point into libxml2's buffers, which change on the next read).
extension XMLStreamReader {
    /// `name` (a local name or prefix, without `:`) interned in this reader's dictionary, to
    /// compare with ``internedName`` and the names ``forEachAttributeBytes(_:)`` gives.
    public func intern(_ name: StaticString) -> XMLInternedName {
        XMLInternedName(pointer: xmlTextReaderConstString(reader, name.utf8Start))
    }

    /// The local name of the current node (`tu`; `lang` for `xml:lang`), interned.
    public var internedName: XMLInternedName {
        XMLInternedName(pointer: xmlTextReaderConstLocalName(reader))
    }

    /// Calls `body` with the value of the current text node (UTF-8 bytes, valid only inside `body`).
    public func withValueBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws(XMLError) -> Result)
        throws(XMLError) -> Result
    {
        try body(Self.bytes(xmlTextReaderConstValue(reader)))
    }

    /// Whether the prefix of the current node is `prefix` (`xml` for `xml:lang`); `nil` asks
    /// whether it has no prefix. Inside ``forEachAttributeBytes(_:)``, the current node is the
    /// attribute.
    public func hasPrefix(_ prefix: StaticString?) -> Bool {
        // An attribute node and an element node keep their namespace at the same place.
        let current = xmlTextReaderCurrentNode(reader)?.pointee.ns?.pointee.prefix
        guard let prefix else { return current == nil }
        guard let current else { return false }
        return strcmp(UnsafeRawPointer(current).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(prefix.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    /// Calls `body` with each attribute of the current element, in document order: its interned
    /// local name (`lang` for `xml:lang`: ask ``hasPrefix(_:)`` inside `body` when it matters)
    /// and its value as UTF-8 bytes (valid only during that call). Namespace declarations are
    /// included.
    public func forEachAttributeBytes(
        _ body: (_ localName: XMLInternedName, UnsafeBufferPointer<UInt8>) throws(XMLError) -> Void
    ) throws(XMLError) {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return }
        defer { xmlTextReaderMoveToElement(reader) }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            try body(XMLInternedName(pointer: xmlTextReaderConstLocalName(reader)), Self.bytes(xmlTextReaderConstValue(reader)))
        }
    }

    private static func bytes(_ text: UnsafePointer<xmlChar>?) -> UnsafeBufferPointer<UInt8> {
        guard let text else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text, count: strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self)))
    }
}
