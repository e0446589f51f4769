import Foundation

/// The bead format of Vecalign and of the benchmark sets: one bead per line, `[0, 1]:[2]`, `[3]:[]`.
public enum VecalignFormat {
    /// An error in a bead file, with its line (1-based) and column.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        /// 1-based line.
        public var line: Int
        /// 1-based column.
        public var column: Int
        /// What is wrong.
        public var message: String
        /// `line:column: message`.
        public var description: String { "\(line):\(column): \(message)" }
    }

    /// One line per bead.
    public static func format(_ beads: [Bead]) -> String {
        beads.map { bead in
            "[\(bead.source.map(String.init).joined(separator: ", "))]:[\(bead.target.map(String.init).joined(separator: ", "))]\n"
        }.joined()
    }

    /// Reads beads (confidence 1); blank lines are ignored. Indices of a side must be consecutive.
    public static func parse(_ text: String) throws(ParseError) -> [Bead] {
        var beads: [Bead] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let halves = trimmed.split(separator: ":", omittingEmptySubsequences: false)
            guard halves.count == 2 else {
                throw ParseError(line: number + 1, column: 1, message: "expected `[source indices]:[target indices]`")
            }
            let source = try side(halves[0], line: number + 1, column: 1)
            let target = try side(halves[1], line: number + 1, column: halves[0].count + 2)
            beads.append(Bead(source: source, target: target))
        }
        return beads
    }

    private static func side(_ text: Substring, line: Int, column: Int) throws(ParseError) -> Range<Int> {
        let body = text.trimmingCharacters(in: .whitespaces)
        guard body.hasPrefix("["), body.hasSuffix("]") else {
            throw ParseError(line: line, column: column, message: "expected a bracketed list of indices, found `\(body)`")
        }
        let numbers = body.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var values: [Int] = []
        for number in numbers {
            guard let value = Int(number), value >= 0 else {
                throw ParseError(line: line, column: column, message: "`\(number)` is not a sentence index")
            }
            values.append(value)
        }
        guard let first = values.first else { return 0..<0 }
        guard values == Array(first..<(first + values.count)) else {
            throw ParseError(line: line, column: column, message: "indices of one side must be consecutive")
        }
        return first..<(first + values.count)
    }
}

