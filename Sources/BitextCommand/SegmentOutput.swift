import Foundation
import Segmentation

/// The standard output of `bitext segment`, built line by line.
struct SegmentOutput {
    private var buffer = ""

    /// Everything written so far.
    var text: String { buffer }

    /// The segment on one line, its white-space runs (line breaks included) made one space.
    mutating func writeLine(_ text: String) {
        var line: [UInt8] = []
        line.reserveCapacity(text.utf8.count + 1)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // ASCII first: the Unicode property lookup is slow and rarely needed.
            let isSpace = scalar.isASCII
                ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = true
                continue
            }
            if pendingSpace { line.append(0x20); pendingSpace = false }
            line.append(contentsOf: scalar.utf8)
        }
        line.append(0x0A)
        buffer += String(decoding: line, as: UTF8.self)
    }

    /// `{"block":…,"kind":…,"boilerplate":…,"start":…,"end":…,"text":…}` on one line.
    mutating func writeJSON(_ item: BlockSentence, isBoilerplate: Bool) {
        let range = item.sentence.range
        buffer += "{\"block\":\(item.blockIndex),\"kind\":\"\(item.blockKind)\",\"boilerplate\":\(isBoilerplate),"
        buffer += "\"start\":\(range.lowerBound),\"end\":\(range.upperBound),\"text\":"
        Self.appendJSONString(item.sentence.text, to: &buffer)
        buffer += "}\n"
    }

    static func appendJSONString(_ text: String, to buffer: inout String) {
        buffer += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": buffer += "\\\""
            case "\\": buffer += "\\\\"
            case "\n": buffer += "\\n"
            case "\r": buffer += "\\r"
            case "\t": buffer += "\\t"
            default:
                if scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    buffer += String(format: "\\u%04x", scalar.value)
                } else {
                    buffer.unicodeScalars.append(scalar)
                }
            }
        }
        buffer += "\""
    }
}
