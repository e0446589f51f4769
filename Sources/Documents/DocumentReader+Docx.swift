import Foundation

extension DocumentReader {
    /// Reads a Word document (implementation follows).
    static func readDocx(_ data: Data, path: String?) throws(DocumentError) -> Document {
        throw DocumentError(.unsupportedFormat, path: path, message: "Word documents are not read yet")
    }
}
