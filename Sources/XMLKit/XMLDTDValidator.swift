import CLibXML2
import Foundation

/// Validation of a file against a DTD given as text, as a stream: memory use does not depend on
/// the size of the file. The file's own DOCTYPE is ignored: no DTD is loaded from the file, the
/// disk or the network.
///
/// libxml2's streaming validation (`xmlValidatePushElement`, `…PushCData`, `…PopElement`,
/// `xmlValidateOneAttribute`) is driven node by node from an ``XMLStreamReader``; required
/// attributes, which libxml2 only checks on a whole tree, are checked here. Errors are placed at
/// the `<` of the element they name (the current one or an open ancestor), or at the attribute
/// they name, found by ``XMLStartTagScanner`` in one more pass over the file.
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
        var places: [Place] = []
        /// The open elements, innermost last: their numbers and (interned) names.
        var open: [(number: Int, name: UnsafePointer<xmlChar>?)] = []
        var wellFormednessError: XMLError?
        withStructuredErrors(to: errors) {
            do throws(XMLError) {
                while try xml.read() {
                    let before = errors.errors.count
                    let name = xmlTextReaderConstName(xml.reader)
                    let type = xml.nodeType
                    switch type {
                    case .element:
                        guard let node = xmlTextReaderCurrentNode(xml.reader) else { continue }
                        open.append((xml.elementNumber, name))
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
                        places.append(Place(message: errors.errors[index].message, open: open))
                    }
                    if type == .endElement || (type == .element && xml.isEmptyElement) { open.removeLast() }
                }
            } catch {
                wellFormednessError = error
            }
        }
        if let wellFormednessError { throw wellFormednessError }
        var found = errors.all(path: url.relativePath)
        guard XMLStartTagScanner.canScan(encoding: xml.encoding), found.count == places.count else { return found }
        let tags = XMLStartTagScanner.tags(numbered: Set(places.map(\.number)), in: url, recordingAttributes: true)
        for (index, place) in places.enumerated() {
            guard let tag = tags[place.number], tag.name.elementsEqual(place.element.utf8) else { continue }
            (found[index].line, found[index].column) = tag.place(of: place.attribute)
        }
        return found
    }

    /// What a validity error is about: an element (its number and name) and maybe an attribute.
    private struct Place {
        var number: Int
        var element: String
        var attribute: String?

        /// Takes the element and attribute from the message (`No declaration for attribute id of
        /// element ph`, `Element tu content does not follow the DTD…`) and finds the element among
        /// the `open` ones, innermost first; the innermost one when the message names none.
        init(message: String, open: [(number: Int, name: UnsafePointer<xmlChar>?)]) {
            let words = message.split(separator: " ").map(String.init)
            func word(after phrase: [String]) -> String? {
                guard phrase.count < words.count else { return nil }
                for start in 0...(words.count - phrase.count) where Array(words[start..<(start + phrase.count)]) == phrase {
                    return start + phrase.count < words.count ? words[start + phrase.count] : nil
                }
                return nil
            }
            // A missing attribute (`does not carry attribute id`) is placed at its element.
            attribute = word(after: ["for", "attribute"])
            let named = word(after: ["of", "element"]) ?? (words.first == "Element" ? word(after: ["Element"]) : nil)
                ?? (attribute != nil ? word(after: [attribute!, "of"]) : nil)
            let innermost = open.last.map { ($0.number, $0.name.map { String(cString: $0) } ?? "") } ?? (0, "")
            (number, element) = innermost
            guard let named else { return }
            for candidate in open.reversed() where candidate.name.map({ String(cString: $0) }) == named {
                (number, element) = (candidate.number, named)
                return
            }
        }
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
