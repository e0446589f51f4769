import Foundation

extension DocumentReader {
    /// Reads an HTML page (implementation follows).
    static func readHTML(_ data: Data, path: String?) throws(DocumentError) -> Document {
        throw DocumentError(.unsupportedFormat, path: path, message: "HTML pages are not read yet")
    }
}
