import CLibXML2
import Foundation

/// Validation of a file against a DTD given as text, as a stream: memory use does not depend on
/// the size of the file. The file's own DOCTYPE is ignored: no DTD is loaded from the file, the
/// disk or the network.
///
/// libxml2's streaming validation (`xmlValidatePushElement`, `…PushCData`, `…PopElement`,
/// `xmlValidateOneAttribute`) is driven node by node from an ``XMLStreamReader``; required
/// attributes, which libxml2 only checks on a whole tree, are checked here. Errors carry the
/// line libxml2 gives and the column of the element or attribute on that line.
public enum XMLDTDValidator {
    /// The validity errors of the file at `url` against `dtd`, in document order; empty when valid.
    /// - Throws: ``XMLError`` when the file cannot be read or is not well-formed, or the DTD is broken.
    public static func validate(contentsOf url: URL, dtd: String) throws(XMLError) -> [XMLError] {
        let xml = try XMLStreamReader(contentsOf: url)
        let parsedDTD = try parse(dtd: dtd)
        defer { xmlFreeDtd(parsedDTD) }
        // A document that holds nothing but the DTD: the validation functions look declarations up in it.
        guard let document = xmlNewDoc("1.0"), let validation = xmlNewValidCtxt() else {
            throw XMLError(path: url.relativePath, message: "libxml2 could not validate")
        }
        document.pointee.extSubset = parsedDTD
        defer {
            document.pointee.extSubset = nil
            xmlFreeDoc(document)
            xmlFreeValidCtxt(validation)
        }
        let errors = XMLErrorCollector()
        var places: [XMLColumnFinder.Place] = []
        var wellFormednessError: XMLError?
        withStructuredErrors(to: errors) {
            do throws(XMLError) {
                while try xml.read() {
                    let before = errors.errors.count
                    let name = xmlTextReaderConstName(xml.reader)
                    switch xml.nodeType {
                    case .element:
                        guard let node = xmlTextReaderCurrentNode(xml.reader) else { continue }
                        validateStart(of: node, named: name, document: document, dtd: parsedDTD, validation: validation, errors: errors)
                        if xml.isEmptyElement { xmlValidatePopElement(validation, document, node, name) }
                    case .endElement:
                        xmlValidatePopElement(validation, document, xmlTextReaderCurrentNode(xml.reader), name)
                    case .text:
                        if let value = xmlTextReaderConstValue(xml.reader) {
                            xmlValidatePushCData(validation, value, Int32(strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))))
                        }
                    default: continue
                    }
                    for index in before..<errors.errors.count {
                        places.append(XMLColumnFinder.Place(
                            line: errors.errors[index].line, message: errors.errors[index].message, currentElement: xml.name))
                    }
                }
            } catch {
                wellFormednessError = error
            }
        }
        if let wellFormednessError { throw wellFormednessError }
        var found = errors.all(path: url.relativePath)
        if xml.encoding?.uppercased() ?? "UTF-8" == "UTF-8" {
            let columns = XMLColumnFinder.columns(of: places, in: url)
            for index in found.indices where index < columns.count { found[index].column = columns[index] }
        }
        return found
    }

    /// Validates an element's place in its parent, its attributes, and pushes its content model.
    private static func validateStart(
        of node: xmlNodePtr, named name: UnsafePointer<xmlChar>?, document: xmlDocPtr, dtd: xmlDtdPtr,
        validation: xmlValidCtxtPtr, errors: XMLErrorCollector
    ) {
        xmlValidatePushElement(validation, document, node, name)
        var attribute = node.pointee.properties
        while let current = attribute {
            let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1)
            xmlValidateOneAttribute(validation, document, node, current, value)
            if let value { bitext_xmlFree(value) }
            attribute = current.pointee.next
        }
        var namespace = node.pointee.nsDef
        while let current = namespace {
            xmlValidateOneNamespace(validation, document, node, current.pointee.prefix, current, current.pointee.href)
            namespace = current.pointee.next
        }
        // [VC: Required Attribute], which libxml2 checks only on a whole element.
        let declaration = node.pointee.ns?.pointee.prefix.map { xmlGetDtdQElementDesc(dtd, node.pointee.name, $0) }
            ?? xmlGetDtdElementDesc(dtd, node.pointee.name)
        var declared = declaration?.pointee.attributes
        while let current = declared {
            defer { declared = current.pointee.nexth }
            guard current.pointee.def == XML_ATTRIBUTE_REQUIRED, !has(node, current) else { continue }
            let elementName = String(cString: node.pointee.name)
            let attributeName = current.pointee.prefix.map { String(cString: $0) + ":" } ?? ""
            errors.append(
                line: Int(xmlGetLineNo(node)),
                message: "Element \(elementName) does not carry attribute \(attributeName)\(String(cString: current.pointee.name))")
        }
    }

    /// Whether the element carries the declared attribute (with its prefix).
    private static func has(_ node: xmlNodePtr, _ declared: xmlAttributePtr) -> Bool {
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard xmlStrEqual(current.pointee.name, declared.pointee.name) == 1 else { continue }
            let prefix = current.pointee.ns?.pointee.prefix
            if prefix == nil && declared.pointee.prefix == nil { return true }
            if let prefix, let expected = declared.pointee.prefix, xmlStrEqual(prefix, expected) == 1 { return true }
        }
        return false
    }

    private static func parse(dtd: String) throws(XMLError) -> xmlDtdPtr {
        let dtdErrors = XMLErrorCollector()
        let parsedDTD: xmlDtdPtr? = dtd.withCString { text in
            withStructuredErrors(to: dtdErrors) {
                guard let buffer = xmlParserInputBufferCreateMem(text, Int32(strlen(text)), XML_CHAR_ENCODING_UTF8)
                else { return nil }
                return xmlIOParseDTD(nil, buffer, XML_CHAR_ENCODING_UTF8)
            }
        }
        guard let parsedDTD else {
            throw dtdErrors.firstError(path: "DTD") ?? XMLError(path: "DTD", message: "the DTD cannot be parsed")
        }
        return parsedDTD
    }

    /// Runs `body` with libxml2's (thread-local) structured error handler sending errors to `collector`.
    private static func withStructuredErrors<Result>(to collector: XMLErrorCollector, _ body: () -> Result) -> Result {
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque()) { userData, error in
            guard let userData, let error else { return }
            Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue().record(error)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return withExtendedLifetime(collector) { body() }
    }
}
