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

    /// The errors `message` at the start tag of each mark, in the file at `url` (`path` as
    /// messages name it), found in one pass: at the tag's `<` when the file is UTF-8 and the tag
    /// is found there, else at libxml2's line.
    static func errors(
        _ items: [(message: String, mark: XMLStartTagMark)], path: String, url: URL, encoding: String?
    ) -> [XMLError] {
        let numbers = Set(items.map(\.mark.number).filter { $0 > 0 })
        let tags = XMLStartTagScanner.canScan(encoding: encoding) ? XMLStartTagScanner.tags(numbered: numbers, in: url) : [:]
        return items.map { message, mark in
            guard let tag = tags[mark.number], tag.ends(onLibXML2Line: mark.line) else {
                return XMLError(path: path, line: mark.line, message: message)
            }
            return XMLError(path: path, line: tag.line, column: tag.column, message: message)
        }
    }
}
