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
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var block = 0
        var blankBefore = false
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
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

/// A release file (.txt, .html, .docx) read by the Documents stage and split into sentences by
/// the Segmentation stage. Boilerplate blocks (menus, share buttons, crawler date lines) are left
/// out, so that they never reach the memory; each block is a paragraph anchor for the aligner.
struct SegmentedDocument {
    /// The sentences, white-space runs collapsed to one space.
    var sentences: [String] = []
    /// The block (0-based, among the blocks kept) of each sentence.
    var blocks: [Int] = []
    /// The language used for segmentation.
    var language: String

    /// Reads and segments a file; the language is given or detected (path tag, then content).
    init(contentsOf path: String, language given: String?, segmenter: Segmenter) throws {
        let document: Document
        do {
            document = try DocumentReader.read(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw AlignInputError(error.description)
        }
        for warning in document.warnings {
            FileHandle.standardError.write(Data("warning: \(path): \(warning)\n".utf8))
        }
        let kept = document.contentBlocks
        let text = kept.map(\.text).joined(separator: "\n")
        guard let language = given ?? LanguageDetector.detect(path: path, text: text) else {
            throw AlignInputError("\(path): cannot tell the language: give it with --langs, e.g. --langs en,fr")
        }
        self.language = language
        let segments = segmenter.segment(blocks: kept.map { (kind: $0.kind.rawValue, text: $0.text) }, language: language)
        for segment in segments {
            let collapsed = segment.sentence.text
                .split(whereSeparator: { $0.isWhitespace })
                .joined(separator: " ")
            guard !collapsed.isEmpty else { continue }
            sentences.append(collapsed)
            blocks.append(segment.blockIndex)
        }
    }
}
