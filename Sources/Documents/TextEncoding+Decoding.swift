import Foundation

extension TextEncoding {
    /// The encoding of plain-text bytes: a byte-order mark, else UTF-16 recognised by its zero
    /// bytes, else UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    ///
    /// - Returns: the encoding and the length of its byte-order mark, or `nil` when the bytes are
    ///   not text (zero bytes that are not UTF-16, or many control characters).
    static func detect(_ data: Data) -> (encoding: TextEncoding, bomLength: Int)? {
        let bytes = [UInt8](data.prefix(3))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        let sample = data.prefix(65_536)
        if sample.contains(0) {
            var zerosAtEven = 0, zerosAtOdd = 0
            for (offset, byte) in sample.enumerated() where byte == 0 {
                if offset.isMultiple(of: 2) { zerosAtEven += 1 } else { zerosAtOdd += 1 }
            }
            let half = max(sample.count / 2, 1)
            if zerosAtOdd * 5 > half && zerosAtEven * 50 < half { return (.utf16LittleEndian, 0) }
            if zerosAtEven * 5 > half && zerosAtOdd * 50 < half { return (.utf16BigEndian, 0) }
            return nil
        }
        if looksBinary(sample) { return nil }
        if isValidUTF8(data) { return (.utf8, 0) }
        return (sample.contains { (0x80...0x9F).contains($0) } || data.contains { (0x80...0x9F).contains($0) }
            ? .windows1252 : .latin1, 0)
    }

    /// Decodes bytes in this encoding. Never fails: invalid sequences become U+FFFD.
    func decode(_ data: Data) -> String {
        switch self {
        case .utf8:
            return String(decoding: data, as: UTF8.self)
        case .utf16LittleEndian, .utf16BigEndian:
            let littleEndian = self == .utf16LittleEndian
            var units: [UInt16] = []
            units.reserveCapacity(data.count / 2)
            var iterator = data.makeIterator()
            while let first = iterator.next(), let second = iterator.next() {
                units.append(littleEndian ? UInt16(first) | UInt16(second) << 8 : UInt16(first) << 8 | UInt16(second))
            }
            return String(decoding: units, as: UTF16.self)
        case .windows1252, .latin1:
            var scalars = String.UnicodeScalarView()
            scalars.reserveCapacity(data.count)
            for byte in data {
                if (0x80...0x9F).contains(byte), let mapped = Unicode.Scalar(Self.windows1252High[Int(byte) - 0x80]) {
                    scalars.append(mapped)
                } else {
                    scalars.append(Unicode.Scalar(byte))
                }
            }
            return String(scalars)
        }
    }

    /// Whether the bytes are entirely valid UTF-8.
    static func isValidUTF8(_ data: Data) -> Bool {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Whether a sample has more control characters than text ever has (more than 2 %, or any
    /// of the bytes that only binary formats use).
    static func looksBinary(_ sample: Data) -> Bool {
        var controls = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D {
            controls += 1
        }
        return controls * 50 > sample.count
    }

    /// Windows-1252's characters for the bytes 0x80–0x9F (the five undefined bytes map to the C1
    /// controls, as browsers do).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
