import CLibXML2

/// The process-wide libxml2 set-up, and the parser options every reader in Bitext uses.
///
/// Bitext never loads anything from the network, never resolves external entities, never
/// substitutes entities and never loads a DTD except for explicit validation.
public enum LibXML2 {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Initialises libxml2 once per process. Safe to call from any thread, any number of times.
    /// Bitext never calls `xmlCleanupParser`: other code in the process may still use libxml2.
    public static func initialize() {
        _ = initialized
    }

    /// The safe parser options: no network, no DTD loading, no entity substitution
    /// (`XML_PARSE_NOENT` is never set: it expands external entities even with `NONET`).
    public static var safeParseOptions: Int32 {
        Int32(XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_BIG_LINES.rawValue)
    }

    /// The version of the libxml2 library loaded at run time.
    public static var version: String {
        String(cString: __xmlParserVersion().pointee!)
    }
}
