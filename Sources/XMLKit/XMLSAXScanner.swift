import CLibXML2
import Foundation

/// A one-pass scan of an XML file with libxml2's SAX2 push parser: start and end tags are
/// reported to an ``XMLSAXHandler`` as they are parsed, and no node is ever built, which makes
/// it the fastest way through a large file when only elements and attributes matter.
///
/// The file is read in fixed chunks, so memory stays flat whatever its size. Same safety as
/// ``XMLStreamReader``: the options of ``LibXML2`` (no network, no DTD loading, no entity
/// substitution); a DTD's internal subset is parsed so that entity loops and expansion bombs
/// are rejected, and references to declared entities are reported, never expanded. Errors are
/// ``XMLError`` values `path:line:column: message`. UTF-8 and UTF-16 (with BOM or declaration)
/// are detected from the bytes. One scanner scans once.
///
/// ```swift
/// let scanner = try XMLSAXScanner(contentsOf: url)
/// let tu = scanner.intern("tu")
/// try scanner.scan(handler)   // handler: some XMLSAXHandler comparing element.localName == tu
/// ```
public final class XMLSAXScanner {
    /// The file being read, as given (a relative path stays relative), for error messages.
    public let path: String
    private let url: URL
    private let file: FileHandle
    private let context: xmlParserCtxtPtr
    private let state: State
    private var scanned = false

    /// The size of the chunks handed to the parser.
    private static let chunkSize = 1 << 18

    /// Opens a file. `options` defaults to ``LibXML2/safeParseOptions``; add
    /// ``LibXML2/hugeOption`` only when a single text node is known to exceed 10 MB.
    public init(contentsOf url: URL, options: Int32 = LibXML2.safeParseOptions) throws(XMLError) {
        LibXML2.initialize()
        path = url.relativePath
        self.url = url
        try XMLInputFile.check(url)
        guard let file = FileHandle(forReadingAtPath: url.path) else {
            throw XMLError(path: url.relativePath, message: "cannot open the file")
        }
        // The first bytes tell the encoding (BOM, or the `<?xml` of UTF-16).
        let start = (try? file.read(upToCount: 4)) ?? Data()
        var sax = xmlSAXHandler()
        // The default SAX2 handlers keep the internal subset (entity declarations, so that a
        // reference to an undeclared entity is an error and entity loops are found); Bitext's
        // own handlers replace those that would build the tree.
        xmlSAXVersion(&sax, 2)
        Self.installHandlers(on: &sax)
        let created = start.withUnsafeBytes { bytes in
            xmlCreatePushParserCtxt(&sax, nil, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), url.path)
        }
        guard let context = created else {
            try? file.close()
            throw XMLError(path: url.relativePath, message: "cannot open the file")
        }
        xmlCtxtUseOptions(context, options | Int32(XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        self.file = file
        self.context = context
        state = State(context: context)
        context.pointee._private = Unmanaged.passUnretained(state).toOpaque()
    }

    deinit {
        if let document = context.pointee.myDoc { xmlFreeDoc(document) }
        xmlFreeParserCtxt(context)
        try? file.close()
    }

    /// `name` (a local name or prefix, without `:`) interned in this scanner's dictionary, to
    /// compare with the names an ``XMLSAXElement`` gives.
    public func intern(_ name: StaticString) -> XMLInternedName {
        XMLInternedName(pointer: xmlDictLookup(context.pointee.dict, name.utf8Start, Int32(name.utf8CodeUnitCount)))
    }

    /// How many bytes of the (UTF-8) input the parser has consumed: during
    /// ``XMLSAXHandler/startElement(_:)``, up to the end of the start tag's attributes; during
    /// ``XMLSAXHandler/endElement(_:)``, up to the end of the end tag. The distance between two
    /// events bounds the text between them.
    public var byteOffset: Int {
        guard let input = context.pointee.input, let base = input.pointee.base, let cur = input.pointee.cur else { return 0 }
        return Int(input.pointee.consumed) + (cur - base)
    }

    /// Whether the scan stopped at libxml2's 10 MB limit for a text node, which
    /// ``LibXML2/hugeOption`` lifts.
    public var failedOnSizeLimit: Bool {
        state.errors.errors.first.map { Self.isSizeLimit($0.message) } ?? false
    }

    /// Parses the whole file (or up to where `handler` is finished), telling `handler`.
    /// - Throws: the first well-formedness error, with its line and column, or the first error
    ///   `handler` threw.
    public func scan(_ handler: some XMLSAXHandler) throws(XMLError) {
        precondition(!scanned, "an XMLSAXScanner scans once")
        scanned = true
        state.handler = handler
        defer { state.handler = nil }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        let descriptor = file.fileDescriptor
        while state.isRunning {
            let count = Foundation.read(descriptor, buffer, Self.chunkSize)
            guard count >= 0 else { throw XMLError(path: path, message: "cannot read the file") }
            let last: Int32 = count == 0 ? 1 : 0
            xmlParseChunk(context, buffer.assumingMemoryBound(to: CChar.self), Int32(count), last)
            if count == 0 || !state.errors.errors.isEmpty { break }
        }
        if let failure = state.failure { throw failure }
        if let first = state.errors.errors.first {
            throw XMLInputFile.error(
                path: path, line: first.line, column: first.column, message: first.message,
                elementsOpen: context.pointee.nameNr > 0)
        }
        if state.isRunning, context.pointee.wellFormed == 0 {
            throw XMLError(path: path, line: Int(context.pointee.input.pointee.line), message: "malformed XML")
        }
    }

    /// An error at the `<` of the start tag `mark` was taken from (at its line only when the file
    /// is not UTF-8 or the tag cannot be found). Reads the file again up to that tag: for errors.
    public func error(_ message: String, at mark: XMLStartTagMark) -> XMLError {
        XMLStartTagMark.errors([(message, mark)], path: path, url: url, encoding: context.pointee.encoding.map { String(cString: $0) })[0]
    }

    private static func isSizeLimit(_ message: String) -> Bool {
        let lowered = message.lowercased()
        return lowered.contains("huge") || lowered.contains("xml_parse_huge")
    }

    // MARK: Callbacks

    /// What the C callbacks reach through the parser context's `_private` pointer (the user-data
    /// pointer is the context itself, which libxml2's own SAX2 handlers for the DTD need).
    private final class State {
        /// The scanned document's context: libxml2 parses an entity's replacement text once, in
        /// a context of its own, to check it; those events are not the document's.
        let context: xmlParserCtxtPtr
        var handler: (any XMLSAXHandler)?
        let errors = XMLErrorCollector()
        /// The error a handler threw, or the stop it asked for.
        var failure: XMLError?
        var isRunning = true
        /// The number of start tags met so far.
        var elementCount = 0

        init(context: xmlParserCtxtPtr) {
            self.context = context
        }

        /// The state of the scan `userData` (a parser context) belongs to.
        static func of(_ userData: UnsafeMutableRawPointer?) -> (State, xmlParserCtxtPtr)? {
            guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
                  let box = context.pointee._private else { return nil }
            return (Unmanaged<State>.fromOpaque(box).takeUnretainedValue(), context)
        }

        /// Runs a handler method; a thrown error stops the parser.
        func run(_ body: (any XMLSAXHandler) throws(XMLError) -> Void) {
            guard isRunning, let handler else { return }
            do {
                try body(handler)
            } catch {
                failure = error
                stop()
            }
        }

        func stop() {
            isRunning = false
            xmlStopParser(context)
        }
    }

    private static func installHandlers(on sax: inout xmlSAXHandler) {
        sax.startElementNs = { userData, localName, prefix, _, _, _, attributeCount, _, attributes in
            guard let (state, context) = State.of(userData), context == state.context else { return }
            state.elementCount += 1
            let element = XMLSAXElement(
                localName: XMLInternedName(pointer: localName), prefix: XMLInternedName(pointer: prefix),
                // libxml2 calls this with the input just past the attributes: at `/>` or `>`.
                isEmpty: context.pointee.input.pointee.cur.pointee == UInt8(ascii: "/"),
                attributeCount: Int(attributeCount), attributeFields: attributes, context: context,
                number: state.elementCount)
            state.run { handler throws(XMLError) in try handler.startElement(element) }
        }
        sax.endElementNs = { userData, localName, _, _ in
            guard let (state, context) = State.of(userData), context == state.context else { return }
            state.run { handler throws(XMLError) in
                try handler.endElement(XMLInternedName(pointer: localName))
                if handler.isFinished { state.stop() }
            }
        }
        sax.reference = { userData, name in
            guard let (state, context) = State.of(userData), context == state.context else { return }
            let line = Int(context.pointee.input.pointee.line)
            let name = name.map { String(cString: $0) } ?? ""
            state.run { handler throws(XMLError) in try handler.entityReference(name, line: line) }
        }
        sax.serror = { userData, error in
            guard let (state, _) = State.of(userData), let error else { return }
            state.errors.record(error)
        }
        // Text, comments and processing instructions are checked by the parser, not reported.
        sax.characters = nil
        sax.ignorableWhitespace = nil
        sax.cdataBlock = nil
        sax.comment = nil
        sax.processingInstruction = nil
        sax.startElement = nil
        sax.endElement = nil
    }
}
