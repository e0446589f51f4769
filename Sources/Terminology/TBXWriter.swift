import Foundation

/// Writes glossaries as TBX v3 (ISO 30042:2019), TBX-Basic dialect, DCA style.
public enum TBXWriter {
    /// Writes `glossary` to `url` atomically.
    public static func write(_ glossary: Glossary, to url: URL) throws(GlossaryError) {
        throw GlossaryError(path: url.path, message: "writing TBX is not available yet")
    }
}
