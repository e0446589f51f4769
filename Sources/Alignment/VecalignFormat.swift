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

    /// One line of a bead file as written: the indices of each side, not necessarily consecutive
    /// (some gold files pair non-adjacent sentences).
    public struct Entry: Sendable, Hashable {
        /// Source sentence indices.
        public var source: [Int]
        /// Target sentence indices.
        public var target: [Int]

        /// Creates an entry.
        public init(source: [Int], target: [Int]) {
            self.source = source
            self.target = target
        }

        /// The entry of a bead.
        public init(_ bead: Bead) {
            self.init(source: Array(bead.source), target: Array(bead.target))
        }
    }

    /// Reads beads (confidence 1); blank lines are ignored. Indices of a side must be consecutive.
    public static func parse(_ text: String) throws(ParseError) -> [Bead] {
        var beads: [Bead] = []
        for (line, entry) in try parseEntries(text) {
            guard let source = range(entry.source), let target = range(entry.target) else {
                throw ParseError(line: line, column: 1, message: "indices of one side must be consecutive")
            }
            beads.append(Bead(source: source, target: target))
        }
        return beads
    }

    /// Reads the entries of a bead file, each with its line number (1-based).
    public static func parseEntries(_ text: String) throws(ParseError) -> [(line: Int, entry: Entry)] {
        var entries: [(line: Int, entry: Entry)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let halves = trimmed.split(separator: ":", omittingEmptySubsequences: false)
            guard halves.count == 2 else {
                throw ParseError(line: number + 1, column: 1, message: "expected `[source indices]:[target indices]`")
            }
            let source = try side(halves[0], line: number + 1, column: 1)
            let target = try side(halves[1], line: number + 1, column: halves[0].count + 2)
            entries.append((number + 1, Entry(source: source, target: target)))
        }
        return entries
    }

    private static func range(_ values: [Int]) -> Range<Int>? {
        guard let first = values.first else { return 0..<0 }
        return values == Array(first..<(first + values.count)) ? first..<(first + values.count) : nil
    }

    private static func side(_ text: Substring, line: Int, column: Int) throws(ParseError) -> [Int] {
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
        return values
    }
}

