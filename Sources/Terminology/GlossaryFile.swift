import Foundation
import XMLKit

/// Atomic file writes for glossaries and candidate lists (through XMLKit's ``XMLKit/AtomicFile``).
public enum GlossaryFile {
    /// Writes `data` to a temporary file in `url`'s folder, then renames it over `url`.
    public static func writeAtomically(_ data: Data, to url: URL) throws(GlossaryError) {
        try AtomicFile.write(data, to: url)
    }
}
