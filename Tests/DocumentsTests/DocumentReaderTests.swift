import Foundation
import Testing
import TestSupport
@testable import Documents

/// Format recognition and bad input: a clear error or an empty result with a warning, never a
/// crash or a hang.
@Suite struct DocumentReaderTests {
    @Test func recognisesTheFormatFromTheContent() throws {
        #expect(DocumentReader.detectFormat(of: Data("Title\n\nText.".utf8)) == .plainText)
        #expect(DocumentReader.detectFormat(of: Data("  <!DOCTYPE html><html><body><p>Hi</p>".utf8)) == .html)
        #expect(DocumentReader.detectFormat(of: Data("\u{FEFF}<html lang=\"fr\">".utf8)) == .html)
        #expect(DocumentReader.detectFormat(of: Data("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">".utf8)) == .html)
        #expect(DocumentReader.detectFormat(of: try Fixtures.docx(body: "")) == .docx)
        // A text that merely mentions a tag is text.
        #expect(DocumentReader.detectFormat(of: Data("Use <html> for pages.".utf8)) == .plainText)
    }

    @Test func choosesTheReaderByExtensionThenContent() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("release.unknown")
        try Data("<html><body><p>Bonjour.</p></body></html>".utf8).write(to: page)
        #expect(try DocumentReader.read(contentsOf: page).format == .html)
        let text = folder.appendingPathComponent("release.htm.txt")
        try Data("<p>Shown as text.</p>".utf8).write(to: text)
        let document = try DocumentReader.read(contentsOf: text)
        #expect(document.format == .plainText)
        #expect(document.blocks.map(\.text) == ["<p>Shown as text.</p>"])
    }

    @Test func anEmptyFileIsAnError() throws {
        for name in ["empty.txt", "empty.html", "empty.docx"] {
            let (error, path) = try Self.readingError(name: name, text: "")
            #expect(error?.reason == .empty)
            #expect(error?.description == "\(path): the file is empty")
        }
    }

    /// Errors name a file as the user gave it (`segment rnd.docx` said `/abs/path/rnd.docx: …`
    /// while its warnings said `rnd.docx`); the document keeps the absolute path.
    @Test func errorsNameTheFileAsGiven() throws {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = URL(fileURLWithPath: folder.path, isDirectory: true)
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data("not a zip".utf8).write(to: folder.appendingPathComponent("bad.docx"))
        try Data("Title\n\nText.".utf8).write(to: folder.appendingPathComponent("good.txt"))
        #expect(throws: DocumentError(.unreadable, path: "missing.txt", message: "no such file")) {
            try DocumentReader.read(contentsOf: URL(fileURLWithPath: "missing.txt", relativeTo: base))
        }
        #expect { try DocumentReader.read(contentsOf: URL(fileURLWithPath: "empty.txt", relativeTo: base)) } throws: {
            ($0 as? DocumentError)?.path == "empty.txt"
        }
        #expect { try DocumentReader.read(contentsOf: URL(fileURLWithPath: "bad.docx", relativeTo: base)) } throws: {
            "\($0)".hasPrefix("bad.docx: not a Word document")
        }
        let good = try DocumentReader.read(contentsOf: URL(fileURLWithPath: "good.txt", relativeTo: base))
        #expect(good.path == folder.appendingPathComponent("good.txt").path)
    }

    @Test func aFileOfWhiteSpaceIsEmptyWithAWarning() throws {
        let document = try DocumentReader.read(data: Data(" \n\n\t \n".utf8), format: .plainText)
        #expect(document.blocks.isEmpty)
        #expect(document.warnings == ["the file holds no text (only white space)"])
    }

    @Test func binaryFilesAreErrors() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        #expect(throws: DocumentError.self) { try DocumentReader.read(data: png, path: "logo.txt") }
        let error = #expect(throws: DocumentError.self) { try DocumentReader.read(data: png, format: .html, path: "logo.html") }
        #expect(error?.reason == .binary)
        #expect(error?.description == "logo.html: this is a PNG image, not a text, HTML or Word document")

        // Random bytes with zero bytes in no UTF-16 pattern, and control characters without zeros.
        var generator = SystemRandomNumberGenerator()
        let noise = Data((0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        for format in [DocumentFormat.plainText, .html, nil] {
            let thrown = #expect(throws: DocumentError.self) { try DocumentReader.read(data: noise, format: format) }
            #expect(thrown?.reason == .binary)
        }
        let asWord = #expect(throws: DocumentError.self) { try DocumentReader.read(data: noise, format: .docx) }
        #expect(asWord?.reason == .malformed)
        let controls = Data((0..<4000).map { UInt8(1 + $0 % 8) })
        #expect(throws: DocumentError.self) { try DocumentReader.read(data: controls, format: .plainText) }
        let pdf = Data("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8)
        let pdfError = #expect(throws: DocumentError.self) { try DocumentReader.read(data: pdf, path: "r.txt") }
        #expect(pdfError?.message == "this is a PDF file, not a text, HTML or Word document")
    }

    @Test func aPasswordProtectedWordFileIsNamed() throws {
        // Word saves an encrypted .docx as an OLE compound file with an "EncryptedPackage" stream.
        let header: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        let stream: [UInt8] = "EncryptedPackage".utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit), 0] }
        var encrypted = Data(header)
        encrypted.append(Data(count: 504))
        encrypted.append(contentsOf: stream)
        encrypted.append(Data(count: 64))
        let error = #expect(throws: DocumentError.self) { try DocumentReader.read(data: encrypted, path: "locked.docx") }
        #expect(error?.message == "this is a password-protected Office document (remove the password in Word and save it again), "
            + "not a text, HTML or Word document")
        var doc = Data(header)
        doc.append(Data(count: 504))
        let old = #expect(throws: DocumentError.self) { try DocumentReader.read(data: doc, path: "old.docx") }
        #expect(old?.message == "this is a Word 97–2003 or other OLE file, not a text, HTML or Word document")
    }

    /// The error of reading a file named `name` holding `text`, and the file's path.
    static func readingError(name: String, text: String) throws -> (error: DocumentError?, path: String) {
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return (#expect(throws: DocumentError.self) { try DocumentReader.read(contentsOf: url) }, url.path)
    }

    @Test func unsupportedExtensionsAreNamed() throws {
        let error = try Self.readingError(name: "release.doc", text: "whatever").error
        #expect(error?.reason == .unsupportedFormat)
        #expect(error?.message == "Word 97–2003 (.doc) files are not supported: save it as .docx, .html or .txt")
    }

    @Test func missingFilesAndFoldersAreErrors() throws {
        let missing = #expect(throws: DocumentError.self) {
            try DocumentReader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/release.txt"))
        }
        #expect(missing?.description == "/nonexistent/release.txt: no such file")
        let folder = try SharedData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let directory = #expect(throws: DocumentError.self) { try DocumentReader.read(contentsOf: folder) }
        #expect(directory?.reason == .unreadable)
    }

    @Test func aDocxThatIsNotAZipIsAnError() throws {
        let (error, path) = try Self.readingError(name: "release.docx", text: "This was saved as text with a .docx name.")
        #expect(error?.reason == .malformed)
        #expect(error?.description == "\(path): not a Word document: a .docx file is a zip archive and this file is not one")
    }

    @Test func deepNestingNeitherCrashesNorHangs() throws {
        let depth = 5000
        let page = "<html><body>" + String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth) + "</body></html>"
        // libxml2 stops at its depth limit: the result is empty or partial, with no crash.
        _ = try DocumentReader.read(data: Data(page.utf8), format: .html)
        let body = String(repeating: "<w:sdt><w:sdtContent>", count: depth) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
            + String(repeating: "</w:sdtContent></w:sdt>", count: depth)
        let word = try Fixtures.docx(body: body)
        let error = #expect(throws: DocumentError.self) { try DocumentReader.read(data: word, format: .docx, path: "deep.docx") }
        #expect(error?.reason == .malformed)
        #expect(error?.message.contains("Excessive depth") == true)
    }
}
