import Foundation

/// Merges memories: identical units (same ``TMXUnitKey``: the same texts in the same languages)
/// are kept once, merged with ``TranslationUnit/merged(with:)``; multilingual units stay whole.
///
/// Holds the distinct units in memory (memory grows with the number of distinct units, not
/// with the number of inputs). For memories of any size on disk, ``merge(_:into:bufferedUnits:)``
/// does the same in bounded memory; for adding units to a memory on disk, see
/// ``append(_:to:header:)``.
public struct TMXMerger: Sendable {
    /// What a merge did.
    public struct Summary: Sendable, Equatable, Codable {
        /// Units read from all inputs.
        public var read = 0
        /// Distinct units kept.
        public var kept = 0
        /// Units that duplicated a kept one and were merged into it.
        public var merged = 0
        /// Units skipped because they have no variant.
        public var empty = 0
        /// Warnings about elements of the inputs that TMX has no place for, left out
        /// (``TMXReader/leftOutWarnings()``).
        public var leftOut: [String] = []

        /// Creates a summary.
        public init(read: Int = 0, kept: Int = 0, merged: Int = 0, empty: Int = 0) {
            self.read = read
            self.kept = kept
            self.merged = merged
            self.empty = empty
        }
    }

    /// The distinct units, in order of first appearance.
    public private(set) var units: [TranslationUnit] = []
    /// The counts so far.
    public private(set) var summary = Summary()
    private var index: [TMXUnitKey: Int] = [:]

    /// Creates an empty merger.
    public init() {}

    /// Adds a unit; returns `true` when it was new, `false` when it was merged into a kept one.
    @discardableResult
    public mutating func add(_ unit: TranslationUnit) -> Bool {
        summary.read += 1
        guard !unit.variants.isEmpty else {
            summary.empty += 1
            return false
        }
        let key = unit.key
        if let position = index[key] {
            units[position] = units[position].merged(with: unit)
            summary.merged += 1
            return false
        }
        index[key] = units.count
        units.append(unit)
        summary.kept += 1
        return true
    }

    /// Adds every unit of a memory on disk (streamed); returns its header.
    @discardableResult
    public mutating func add(contentsOf url: URL) throws(TMXError) -> TMXHeader {
        let reader = try TMXReader(contentsOf: url)
        while let unit = try reader.next() { add(unit) }
        summary.leftOut += reader.leftOutWarnings()
        return reader.header
    }

    /// Adds `units` to the memory at `url` without duplicates, atomically: units identical to one
    /// already in the memory (or to an earlier one of `units`) are skipped. The memory is created
    /// with `header` when it does not exist. The existing memory is streamed; only the keys of
    /// its units are held in memory.
    /// - Returns: how many units were added and how many were skipped as duplicates.
    @discardableResult
    public static func append(
        _ units: some Sequence<TranslationUnit>, to url: URL, header: TMXHeader
    ) throws(TMXError) -> (added: Int, duplicates: Int) {
        var keys = Set<TMXUnitKey>()
        let writer: TMXWriter
        if FileManager.default.fileExists(atPath: url.path) {
            let reader = try TMXReader(contentsOf: url)
            writer = try TMXWriter(url: url, header: reader.header)
            do {
                while let unit = try reader.next() {
                    keys.insert(unit.key)
                    try writer.write(unit)
                }
            } catch {
                writer.discard()
                throw error
            }
        } else {
            writer = try TMXWriter(url: url, header: header)
        }
        var added = 0, duplicates = 0
        do {
            for unit in units where !unit.variants.isEmpty {
                if keys.insert(unit.key).inserted {
                    try writer.write(unit)
                    added += 1
                } else {
                    duplicates += 1
                }
            }
            try writer.finish()
        } catch {
            writer.discard()
            throw error
        }
        return (added, duplicates)
    }
}
