import CLibXML2
import Foundation

/// A start tag as ``XMLSAXScanner`` reports it: names interned in the scanner's dictionary,
/// attribute values as UTF-8 bytes. Valid only during ``XMLSAXHandler/startElement(_:)``.
public struct XMLSAXElement {
    /// The local name (`tuv`), interned: compare it with names from ``XMLSAXScanner/intern(_:)``.
    public let localName: XMLInternedName
    /// The prefix (`xml` in `xml:x`), interned; its pointer is `nil` when there is none.
    public let prefix: XMLInternedName
    /// Whether the element is written `<name/>`.
    public let isEmpty: Bool
    let attributeCount: Int
    /// libxml2's attribute array: 5 pointers per attribute (local name, prefix, URI, value start,
    /// value end).
    let attributeFields: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let context: xmlParserCtxtPtr
    /// The element's number in document order, from 1.
    let number: Int

    /// The 1-based line where the start tag ends (where libxml2 places an element).
    public var line: Int { Int(context.pointee.input.pointee.line) }

    /// Where the start tag is, to place an error with ``XMLSAXScanner/error(_:at:)``.
    public var mark: XMLStartTagMark { XMLStartTagMark(number: number, line: line) }

    /// The qualified name (`prefix:local`), for messages.
    public var qualifiedName: String {
        let local = localName.pointer.map { String(cString: $0) } ?? ""
        guard let prefix = prefix.pointer else { return local }
        return String(cString: prefix) + ":" + local
    }

    /// Calls `body` with each attribute, in document order (namespace declarations are not
    /// attributes here): its interned local name and prefix (`nil` pointer when none) and its
    /// value as UTF-8 bytes, with character and predefined entity references decoded (a reference
    /// to an entity the DTD declares stays as written, `&name;`: it is never expanded).
    public func forEachAttribute<Failure: Error>(
        _ body: (_ localName: XMLInternedName, _ prefix: XMLInternedName, _ value: UnsafeBufferPointer<UInt8>) throws(Failure) -> Void
    ) throws(Failure) {
        guard let fields = attributeFields else { return }
        for index in 0..<attributeCount {
            let field = fields + 5 * index
            let start = field[3], end = field[4]
            let value = UnsafeBufferPointer(start: start, count: start.map { end! - $0 } ?? 0)
            let name = XMLInternedName(pointer: field[0]), prefix = XMLInternedName(pointer: field[1])
            if let start, memchr(start, Int32(UInt8(ascii: "&")), value.count) != nil {
                try Self.decodingAmpersands(value) { (value) throws(Failure) in try body(name, prefix, value) }
            } else {
                try body(name, prefix, value)
            }
        }
    }

    /// Without entity substitution, libxml2 hands over an attribute's `&` as `&#38;` (for its
    /// tree builder to decode): decodes it.
    private static func decodingAmpersands<Failure: Error>(
        _ value: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void
    ) throws(Failure) {
        let escaped = Array("&#38;".utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(value.count)
        var index = 0
        while index < value.count {
            if value[index] == escaped[0], value.count - index >= escaped.count,
               value[index..<(index + escaped.count)].elementsEqual(escaped) {
                decoded.append(UInt8(ascii: "&"))
                index += escaped.count
            } else {
                decoded.append(value[index])
                index += 1
            }
        }
        let result: Result<Void, Failure> = decoded.withUnsafeBufferPointer { decoded in
            do throws(Failure) { try body(decoded); return .success(()) } catch { return .failure(error) }
        }
        try result.get()
    }
}
