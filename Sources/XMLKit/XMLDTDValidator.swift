import CLibXML2
import Foundation

/// Validation of a file against a DTD given as text. The file's own DOCTYPE is ignored: no DTD is
/// loaded from the file, the disk or the network. Parses the whole file into a tree (memory grows
/// with the file), so it is only for explicit validation.
public enum XMLDTDValidator {
    /// The validity errors of the file at `url` against `dtd`, in document order; empty when valid.
    /// - Throws: ``XMLError`` when the file cannot be read or is not well-formed, or the DTD is broken.
    public static func validate(contentsOf url: URL, dtd: String) throws(XMLError) -> [XMLError] {
        LibXML2.initialize()
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw XMLError(path: path, message: "no such file")
        }
        guard let context = xmlNewParserCtxt() else { throw XMLError(path: path, message: "libxml2 could not create a parser") }
        defer { xmlFreeParserCtxt(context) }
        let collector = XMLErrorCollector()
        collector.install(on: context)
        let options = LibXML2.safeParseOptions | Int32(XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = xmlCtxtReadFile(context, path, nil, options)
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            throw collector.firstError(path: path) ?? XMLError(lastErrorOf: context, path: path)
        }
        defer { xmlFreeDoc(document) }

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
        defer { xmlFreeDtd(parsedDTD) }
        guard let validation = xmlNewValidCtxt() else { throw XMLError(path: path, message: "libxml2 could not validate") }
        defer { xmlFreeValidCtxt(validation) }
        let errors = XMLErrorCollector()
        _ = withStructuredErrors(to: errors) { xmlValidateDtd(validation, document, parsedDTD) }
        return errors.all(path: path)
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
