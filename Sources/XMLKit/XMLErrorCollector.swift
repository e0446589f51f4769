import CLibXML2
import Foundation

/// Collects the errors libxml2 reports while it parses, so that the first one (the cause, not the
/// "premature end of data" that follows it) is the one the user sees.
final class XMLErrorCollector {
    private(set) var errors: [(line: Int, column: Int, message: String, fatal: Bool)] = []

    /// Installs the collector on a parser context; it must outlive the parse.
    func install(on context: xmlParserCtxtPtr) {
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let box = context.pointee._private else { return }
            Unmanaged<XMLErrorCollector>.fromOpaque(box).takeUnretainedValue().record(error)
        }
    }

    func record(_ error: xmlErrorPtr) {
        let level = error.pointee.level
        guard level == XML_ERR_ERROR || level == XML_ERR_FATAL else { return }
        let message = error.pointee.message.map { String(cString: $0) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "malformed XML"
        errors.append((Int(error.pointee.line), Int(error.pointee.int2), message, level == XML_ERR_FATAL))
    }

    /// Adds an error found by Bitext itself (not reported by libxml2).
    func append(line: Int, column: Int = 0, message: String) {
        errors.append((line, column, message, false))
    }

    /// The first error, as an ``XMLError`` for `path`.
    func firstError(path: String?) -> XMLError? {
        guard let first = errors.first else { return nil }
        return XMLError(path: path, line: first.line, column: first.column, message: first.message)
    }
}
