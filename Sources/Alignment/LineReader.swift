import Foundation

/// Splits a one-sentence-per-line text into trimmed lines, as fast as the common case allows.
public enum LineReader {
    /// The lines of `text` (split on line feeds; a last empty line, after the final line feed, is
    /// dropped), each trimmed of whitespace and newlines at both ends: the same strings as
    /// `components(separatedBy: "\n")` then `trimmingCharacters(in: .whitespacesAndNewlines)`.
    /// ASCII spaces, tabs and line breaks are trimmed here; Foundation trims only the lines with a
    /// non-ASCII or control character at an end, and every line of a text with a carriage return.
    public static func trimmedLines(_ text: String) -> [String] {
        guard !text.utf8.contains(13) else {
            var lines = text.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            return lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        var raw = text.utf8.split(separator: 10, omittingEmptySubsequences: false)
        if raw.last?.isEmpty == true { raw.removeLast() }
        return raw.map(trimmed)
    }

    private static func trimmed(_ line: Substring.UTF8View) -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        var start = line.startIndex, end = line.endIndex
        while start < end, isSpace(line[start]) { start = line.index(after: start) }
        while end > start, isSpace(line[line.index(before: end)]) { end = line.index(before: end) }
        let rest = line[start..<end]
        guard let first = rest.first, let last = rest.last else { return "" }
        // A printable ASCII character at both ends: Foundation would trim no more.
        guard (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) else {
            return String(Substring(line)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return String(Substring(rest))
    }
}
