import Foundation

/// Atomic file writes for glossaries and candidate lists.
public enum GlossaryFile {
    /// Writes `data` to a temporary file in `url`'s folder, then renames it over `url`.
    public static func writeAtomically(_ data: Data, to url: URL) throws(GlossaryError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent("." + url.lastPathComponent + "." + UUID().uuidString.prefix(8) + ".tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw GlossaryError(path: url.path, message: "cannot write (\(error.localizedDescription))")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw GlossaryError(path: url.path, message: "cannot replace the file (\(reason))")
        }
    }
}
