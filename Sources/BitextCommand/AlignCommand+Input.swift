import Alignment
import Documents
import Foundation
import Segmentation
import XMLKit

/// A file of one sentence per line, with paragraph numbers from blank lines.
struct PresegmentedText {
    /// The sentences (lines that are not blank), trimmed.
    var sentences: [String] = []
    /// The paragraph (0-based) of each sentence.
    var blocks: [Int] = []

    /// Reads a UTF-8 file. Blank lines are dropped; with `paragraphs` they separate paragraphs,
    /// otherwise every line counts (an empty line is an empty sentence, as in the benchmark sets).
    init(contentsOf path: String, paragraphs: Bool) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw AlignInputError("\(path): no such file")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw AlignInputError("\(path): cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AlignInputError("\(path): not UTF-8 text")
        }
        var block = 0
        var blankBefore = false
        for trimmed in LineReader.trimmedLines(text) {
            if paragraphs && trimmed.isEmpty {
                blankBefore = true
                continue
            }
            if blankBefore && !sentences.isEmpty { block += 1 }
            blankBefore = false
            sentences.append(trimmed)
            blocks.append(block)
        }
    }
}

/// A problem with the input of `bitext align`, in words for the user.
struct AlignInputError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Writes output atomically: to a temporary file beside the target, renamed over it when complete.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path))
        } catch {
            throw AlignInputError(error.description)
        }
    }
}

extension SegmentedDocument {
    /// Reads a release file (.txt, .html, .docx) and segments it; the reader's warnings are added
    /// to `warnings`. With `includingBoilerplate`, the blocks the reader marks as page boilerplate
    /// (menus, date lines, archive notices) are segmented too, and flagged.
    init(contentsOf path: String, language: String?, segmenter: Segmenter, includingBoilerplate: Bool,
         warnings: inout [String]) throws {
        let document: Document
        do {
            document = try DocumentReader.read(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw AlignInputError(error.description)
        }
        warnings += document.warnings.map { "\(path): \($0)" }
        do {
            try self.init(document, language: language, segmenter: segmenter, includingBoilerplate: includingBoilerplate)
        } catch {
            throw AlignInputError("\(error.description): give it with --langs, e.g. --langs en,fr")
        }
    }
}
