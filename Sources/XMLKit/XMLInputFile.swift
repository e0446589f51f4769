import Foundation

/// Checks shared by the readers before they hand a file to libxml2, and the wording of its
/// errors that concern the file as a whole.
enum XMLInputFile {
    /// Throws when `url` is missing, a folder or empty.
    static func check(_ url: URL) throws(XMLError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw XMLError(path: url.relativePath, message: "no such file")
        }
        guard !isDirectory.boolValue else { throw XMLError(path: url.relativePath, message: "is a folder, not a file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size > 0 else { throw XMLError(path: url.relativePath, line: 1, column: 1, message: "the file is empty") }
    }

    /// libxml2's first error, reworded where libxml2's words mislead: in streaming mode it
    /// reports a file cut off inside an element as extra content. `elementsOpen` tells whether
    /// elements were still open (a cut-off file) or not (content after the root element); when
    /// it is unknown, an error on the last line of `file` is taken for a cut. `path` is the file
    /// as the error names it.
    static func error(path: String, file: URL? = nil, line: Int, column: Int, message: String, elementsOpen: Bool? = nil) -> XMLError {
        var message = message
        if message == "Extra content at the end of the document",
           elementsOpen ?? (line >= lineCount(ofFile: file?.path ?? path) - 1) {
            message = "the file ends before its elements are closed (is it truncated?)"
        }
        return XMLError(path: path, line: line, column: column, message: message)
    }

    /// The number of lines of a file (the last one counts even without a line break); only
    /// used to explain an error.
    private static func lineCount(ofFile path: String) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { return 0 }
        defer { try? handle.close() }
        var lines = 1
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            lines += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return lines
    }
}
