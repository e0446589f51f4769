import Foundation
import Segmentation

/// The standard output of `bitext segment`, built line by line.
struct SegmentOutput {
    private var buffer = ""

    /// Everything written so far.
    var text: String { buffer }

    /// The segment on one line, its white-space runs (line breaks included) made one space.
    mutating func writeLine(_ text: String) {
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace { buffer += " "; pendingSpace = false }
            buffer.unicodeScalars.append(scalar)
        }
        buffer += "\n"
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
