import Foundation
import XMLKit
import ZIPFoundation

extension DocumentReader {
    /// The largest part of a Word document extracted (32 MiB): a guard against zip bombs.
    static let maximumPartSize = 32 << 20

    /// Reads a Word document (Office Open XML): the zip archive is opened with ZIPFoundation, its
    /// main part and styles parsed with XMLKit's safe options.
    static func readDocx(_ data: Data, path: String?) throws(DocumentError) -> Document {
        guard data.starts(with: [0x50, 0x4B]) else {
            throw DocumentError(.malformed, path: path, message: "not a Word document: a .docx file is a zip archive and this file is not one")
        }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw DocumentError(.malformed, path: path, message: "the zip archive is damaged (truncated or not fully copied) and cannot be opened")
        }
        let mainPart = try mainDocumentPart(of: archive, path: path)
        guard let documentData = try part(mainPart, of: archive, path: path) else {
            // ZIPFoundation lists no encrypted entry: say why the parts are missing.
            if hasEncryptedEntry(data) {
                throw DocumentError(.malformed, path: path, message: "the zip archive is password-protected: Bitext cannot read encrypted files")
            }
            throw DocumentError(.malformed, path: path, message: "the zip archive has no \(mainPart): it is not a Word document")
        }
        let document = try parse(documentData, part: mainPart, path: path)
        var warnings: [String] = []
        var styles = DocxStyles()
        if let stylesData = try part("word/styles.xml", of: archive, path: path) {
            do { styles = DocxStyles(try XMLDocument(data: stylesData, path: "word/styles.xml").root) } catch {
                warnings.append("the styles (word/styles.xml) are broken and were ignored: \(error)")
            }
        }
        guard let body = document.firstChild(named: "body") else {
            warnings.append("the document has no body")
            return Document(path: path, format: .docx, encoding: .utf8, blocks: [], warnings: warnings)
        }
        var reader = DocxBlocks(body: body, styles: styles)
        // Footnotes and endnotes follow the body, as a printed release puts them at the end.
        for notesPart in ["word/footnotes.xml", "word/endnotes.xml"] {
            guard let notesData = try part(notesPart, of: archive, path: path) else { continue }
            do { reader.readNotes(try XMLDocument(data: notesData, path: notesPart).root) } catch {
                warnings.append("the notes (\(notesPart)) are broken and were left out: \(error)")
            }
        }
        let blocks = reader.blocks
        if blocks.isEmpty { warnings.append("the document holds no text") }
        return Document(path: path, format: .docx, encoding: .utf8, blocks: blocks, warnings: warnings)
    }

    /// Whether an entry of the zip archive is encrypted (bit 0 of its flags in the central
    /// directory, which the end-of-central-directory record at the end of the archive locates).
    static func hasEncryptedEntry(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        func number(_ offset: Int, _ size: Int) -> Int {
            (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        guard bytes.count >= 22, let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 65_535), by: -1)
            .first(where: { bytes[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x05, 0x06]) }) else { return false }
        var offset = number(end + 16, 4)
        for _ in 0..<number(end + 10, 2) {
            guard offset + 46 <= bytes.count, bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) else { return false }
            if bytes[offset + 8] & 1 != 0 { return true }
            offset += 46 + number(offset + 28, 2) + number(offset + 30, 2) + number(offset + 32, 2)
        }
        return false
    }

    /// The name of the main document part, from the package relationships (`_rels/.rels`), or
    /// `word/document.xml`.
    private static func mainDocumentPart(of archive: Archive, path: String?) throws(DocumentError) -> String {
        guard let relationships = try part("_rels/.rels", of: archive, path: path),
            let root = try? XMLDocument(data: relationships).root else {
            return "word/document.xml"
        }
        let main = root.children(named: "Relationship").first {
            ($0[attribute: "Type"] ?? "").hasSuffix("/officeDocument")
        }
        guard var target = main?[attribute: "Target"], !target.isEmpty else { return "word/document.xml" }
        while target.hasPrefix("/") { target.removeFirst() }
        return target
    }

    /// The bytes of one part of the archive, or `nil` when it has no such part.
    private static func part(_ name: String, of archive: Archive, path: String?) throws(DocumentError) -> Data? {
        guard let entry = archive[name] else { return nil }
        guard entry.uncompressedSize <= Int64(maximumPartSize) else {
            throw DocumentError(.malformed, path: path, message: "\(name) is too large (\(entry.uncompressedSize) bytes)")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                if data.count > maximumPartSize { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            throw DocumentError(.malformed, path: path, message: "\(name) cannot be extracted from the zip archive (\(error))")
        }
        return data
    }

    /// A part parsed as XML, its errors reported with the part's name, line and column.
    private static func parse(_ data: Data, part: String, path: String?) throws(DocumentError) -> XMLElement {
        do { return try XMLDocument(data: data, path: part).root } catch {
            throw DocumentError(.malformed, path: path, message: "\(error.description)")
        }
    }
}
