import Foundation

/// Reads a release file (plain text, HTML page or Word document) into a ``Document``.
///
/// ```swift
/// let document = try DocumentReader.read(contentsOf: URL(fileURLWithPath: "release.fr.html"))
/// for block in document.blocks where !block.isBoilerplate { print(block.kind, block.text) }
/// ```
///
/// Bad input never crashes or hangs: an empty, binary or broken file throws a ``DocumentError``;
/// a readable file without text (a page without a body) gives a document without blocks and a
/// warning.
public enum DocumentReader {
    /// The largest file read (64 MiB): releases are far smaller.
    public static let maximumSize = 64 << 20

    /// Reads a file, choosing the format from the extension (`.txt`, `.html`, `.htm`, `.docx`) or,
    /// for other extensions, from the content.
    /// Errors name the file as given (a relative path stays relative); the document's `path` is
    /// the absolute one (its folder names can tell the language).
    public static func read(contentsOf url: URL, format: DocumentFormat? = nil) throws(DocumentError) -> Document {
        let path = url.path, shown = url.relativePath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentError(.unreadable, path: shown, message: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw DocumentError(.unreadable, path: shown, message: "is a folder, not a file")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maximumSize else {
            throw DocumentError(.unsupportedFormat, path: shown, message: "the file is too large for a release (\(size) bytes)")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DocumentError(.unreadable, path: shown, message: "cannot read the file (\(error.localizedDescription))")
        }
        let fileExtension = url.pathExtension.lowercased()
        if format == nil, let name = unsupportedFormat(extension: fileExtension) {
            throw DocumentError(.unsupportedFormat, path: shown, message: "\(name) files are not supported: save it as .docx, .html or .txt")
        }
        do {
            return try read(data: data, format: format ?? DocumentFormat(fileExtension: fileExtension), path: path)
        } catch {
            var error = error
            if error.path == path { error.path = shown }
            throw error
        }
    }

    /// Reads a document from bytes. When `format` is `nil` it is recognised from the content
    /// (a zip archive is a Word document, markup that opens with `<html`, `<!DOCTYPE html`… is HTML,
    /// anything else text). `path` names the input in errors and in the document.
    public static func read(data: Data, format: DocumentFormat? = nil, path: String? = nil) throws(DocumentError) -> Document {
        guard !data.isEmpty else { throw DocumentError(.empty, path: path, message: "the file is empty") }
        guard data.count <= maximumSize else {
            throw DocumentError(.unsupportedFormat, path: path, message: "the input is too large for a release (\(data.count) bytes)")
        }
        if let kind = binarySignature(of: data), !(kind == "zip archive" && (format ?? .docx) == .docx) {
            throw DocumentError(.binary, path: path, message: "this is a \(kind), not a text, HTML or Word document")
        }
        var document: Document
        switch format ?? detectFormat(of: data) {
        case .plainText: document = try readPlainText(data, path: path)
        case .html: document = try readHTML(data, path: path)
        case .docx: document = try readDocx(data, path: path)
        }
        BlockClassifier.markRepeatedHeadings(&document.blocks)
        return document
    }

    /// The format of a document recognised from its first bytes.
    public static func detectFormat(of data: Data) -> DocumentFormat {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        let head = String(decoding: data.prefix(2048).filter { $0 != 0 }, as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<head")
            || trimmed.hasPrefix("<body") || (trimmed.hasPrefix("<?xml") && head.contains("<html"))
            || (trimmed.hasPrefix("<!--") && head.contains("<html")) {
            return .html
        }
        return .plainText
    }

    /// The name of a format Bitext does not read, from a file extension (`doc` → "Word 97–2003
    /// (.doc)"), or `nil` for the formats it reads and for unknown extensions.
    public static func unsupportedFormat(extension fileExtension: String) -> String? {
        unsupportedExtensions[fileExtension.lowercased()]
    }

    /// Extensions of formats Bitext does not read, with the name the error gives.
    private static let unsupportedExtensions = [
        "doc": "Word 97–2003 (.doc)", "pdf": "PDF", "odt": "OpenDocument (.odt)", "rtf": "RTF",
        "pages": "Pages", "xls": "Excel", "xlsx": "Excel", "ppt": "PowerPoint", "pptx": "PowerPoint",
    ]

    /// "EncryptedPackage" in UTF-16LE, the stream name of an encrypted Office document.
    private static let encryptedPackageName = Data("EncryptedPackage".utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit), 0] })

    /// The kind of a binary file recognised by its magic number, if any.
    static func binarySignature(of data: Data) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x25, 0x50, 0x44, 0x46], "PDF file"), ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
            ([0xFF, 0xD8, 0xFF], "JPEG image"), ([0x47, 0x49, 0x46, 0x38], "GIF image"),
            ([0xD0, 0xCF, 0x11, 0xE0], "Word 97–2003 or other OLE file"), ([0x7F, 0x45, 0x4C, 0x46], "program (ELF)"),
            ([0x1F, 0x8B], "gzip archive"), ([0x50, 0x4B, 0x03, 0x04], "zip archive"),
            ([0x50, 0x4B, 0x05, 0x06], "zip archive"),
        ]
        guard let kind = signatures.first(where: { data.starts(with: $0.0) })?.1 else { return nil }
        // Word saves a password-protected .docx as an OLE file holding an "EncryptedPackage" stream.
        if kind.hasPrefix("Word 97"), data.range(of: encryptedPackageName) != nil {
            return "password-protected Office document (remove the password in Word and save it again)"
        }
        return kind
    }
}
