import Foundation

/// Where a start tag is, cheaply: its number in document order and the line libxml2 gives it.
/// Taken from ``XMLStreamReader/mark`` or ``XMLSAXElement/mark`` while the element is current,
/// it places an error later (``XMLStreamReader/error(_:at:)``, ``XMLSAXScanner/error(_:at:)``)
/// at the line and column of the tag's `<`, which are looked up in the file only then.
public struct XMLStartTagMark: Sendable, Equatable {
    /// The 1-based number of the start tag in document order (0 when unknown).
    let number: Int
    /// libxml2's line for the element: where its start tag ends.
    public let line: Int

    init(number: Int, line: Int) {
        self.number = number
        self.line = line
    }

    /// The error `message` at this start tag in the file at `url` (`path` as messages name it):
    /// at its `<` when the file is UTF-8 and the tag is found there, else at libxml2's line.
    func error(_ message: String, path: String, url: URL, encoding: String?) -> XMLError {
        guard number > 0, XMLStartTagScanner.canScan(encoding: encoding),
              let tag = XMLStartTagScanner.tags(numbered: [number], in: url)[number], tag.endLine == line
        else { return XMLError(path: path, line: line, message: message) }
        return XMLError(path: path, line: tag.line, column: tag.column, message: message)
    }
}
