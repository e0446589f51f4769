import Foundation

/// The fuzzy candidate index of one memory: a memory-mapped, immutable file.
///
/// Layout (little-endian): a 64-byte header (magic, version, counts, build id), the sorted posting keys
/// (`language << 32 | token key`, UInt64), then UInt32 arrays: each variant's language, the offsets and
/// keys of each variant's token sequence, the offsets of the posting lists, and the posting lists (variant
/// numbers, ascending). Variant `i` is row `i + 1` of the `variant` table of the memory's database.
struct FuzzyIndexFile: Sendable {
    static let magic: UInt64 = 0x3159_5A5A_5546_5842 // "BXFUZZY1"
    static let version: UInt32 = 1
    static let headerSize = 64

    /// One candidate that reached the threshold.
    struct Candidate: Sendable, Hashable {
        var variant: UInt32
        var percent: Int
        var distance: Int
    }

    private let data: Data
    let variantCount: Int
    let tokenCount: Int
    let keyCount: Int
    let postingCount: Int
    let buildID: UInt64

    private var keysOffset: Int { Self.headerSize }
    private var languagesOffset: Int { keysOffset + 8 * keyCount }
    private var sequenceOffsetsOffset: Int { languagesOffset + 4 * variantCount }
    private var sequenceKeysOffset: Int { sequenceOffsetsOffset + 4 * (variantCount + 1) }
    private var postingOffsetsOffset: Int { sequenceKeysOffset + 4 * tokenCount }
    private var postingsOffset: Int { postingOffsetsOffset + 4 * (keyCount + 1) }
    private var expectedSize: Int { postingsOffset + 4 * postingCount }

    /// Maps the file and checks its header, size and the ends of its offset arrays.
    init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        func corrupt(_ what: String) -> MemoryIndexError {
            .corruptIndex(path: url.path, reason: what)
        }
        guard data.count >= Self.headerSize else { throw corrupt("fuzzy index shorter than its header") }
        let header = data.withUnsafeBytes { bytes in
            (bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
             bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self),
             Int(bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self)),
             Int(bytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self)),
             Int(bytes.loadUnaligned(fromByteOffset: 20, as: UInt32.self)),
             Int(bytes.loadUnaligned(fromByteOffset: 24, as: UInt32.self)),
             bytes.loadUnaligned(fromByteOffset: 32, as: UInt64.self))
        }
        guard header.0 == Self.magic else { throw corrupt("not a Bitext fuzzy index") }
        guard header.1 == Self.version else { throw corrupt("fuzzy index version \(header.1), expected \(Self.version)") }
        self.data = data
        variantCount = header.2
        tokenCount = header.3
        keyCount = header.4
        postingCount = header.5
        buildID = header.6
        guard data.count == expectedSize else { throw corrupt("fuzzy index is \(data.count) bytes, expected \(expectedSize)") }
        let ends = data.withUnsafeBytes { bytes in
            (bytes.loadUnaligned(fromByteOffset: sequenceOffsetsOffset + 4 * variantCount, as: UInt32.self),
             bytes.loadUnaligned(fromByteOffset: postingOffsetsOffset + 4 * keyCount, as: UInt32.self))
        }
        guard Int(ends.0) == tokenCount, Int(ends.1) == postingCount else { throw corrupt("fuzzy index offsets are inconsistent") }
    }

    /// A view of the arrays, valid inside `body`.
    private struct View {
        let keys: UnsafeBufferPointer<UInt64>
        let languages: UnsafeBufferPointer<UInt32>
        let sequenceOffsets: UnsafeBufferPointer<UInt32>
        let sequenceKeys: UnsafeBufferPointer<UInt32>
        let postingOffsets: UnsafeBufferPointer<UInt32>
        let postings: UnsafeBufferPointer<UInt32>

        /// The token keys of a variant (empty when the offsets are out of bounds).
        func sequence(_ variant: Int) -> UnsafeBufferPointer<UInt32> {
            let start = Int(sequenceOffsets[variant]), end = Int(sequenceOffsets[variant + 1])
            guard start <= end, end <= sequenceKeys.count else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(rebasing: sequenceKeys[start..<end])
        }

        /// The posting list of a composite key (empty when absent).
        func postings(_ key: UInt64) -> UnsafeBufferPointer<UInt32> {
            var low = 0, high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle] < key { low = middle + 1 } else { high = middle }
            }
            guard low < keys.count, keys[low] == key else { return UnsafeBufferPointer(start: nil, count: 0) }
            let start = Int(postingOffsets[low]), end = Int(postingOffsets[low + 1])
            guard start <= end, end <= postings.count else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(rebasing: postings[start..<end])
        }
    }

    private func withView<R>(_ body: (View) -> R) -> R {
        data.withUnsafeBytes { raw in
            func array<T>(_ offset: Int, _ count: Int, _: T.Type) -> UnsafeBufferPointer<T> {
                UnsafeBufferPointer(start: (raw.baseAddress! + offset).assumingMemoryBound(to: T.self), count: count)
            }
            return body(View(
                keys: array(keysOffset, keyCount, UInt64.self),
                languages: array(languagesOffset, variantCount, UInt32.self),
                sequenceOffsets: array(sequenceOffsetsOffset, variantCount + 1, UInt32.self),
                sequenceKeys: array(sequenceKeysOffset, tokenCount, UInt32.self),
                postingOffsets: array(postingOffsetsOffset, keyCount + 1, UInt32.self),
                postings: array(postingsOffset, postingCount, UInt32.self)))
        }
    }

    /// Every variant in one of `languages` whose score against `query` reaches `minimum`, found through
    /// the posting lists: exact, not approximate.
    ///
    /// A variant of `m` tokens scoring at least `t = minimum / 100` against a query of `n` tokens shares
    /// at least `⌈t·n⌉` tokens with it (edit distance ≥ longer length − common tokens), so it contains one
    /// of the `n − ⌈t·n⌉ + 1` rarest query tokens: only their posting lists are read (prefix filtering).
    /// Candidates are then filtered by length and by their count of common tokens before the edit distance,
    /// which stops as soon as it exceeds what the threshold allows. Once `limit` candidates are found, the
    /// threshold rises to the weakest of them (up to 95, so that penalised exact matches still compete).
    func candidates(query: [UInt32], languages: [UInt32], minimum: Int, limit: Int) -> [Candidate] {
        guard !query.isEmpty, !languages.isEmpty else { return [] }
        return withView { view in
            var scorer = Scorer(query: query, minimum: minimum, limit: limit)
            var frequencies = [Int](repeating: 0, count: scorer.distinctKeys.count)
            for (slot, key) in scorer.distinctKeys.enumerated() {
                for language in languages { frequencies[slot] += view.postings(UInt64(language) << 32 | UInt64(key)).count }
            }
            // Query occurrences, rarest first; the prefix whose posting lists must be read.
            let n = query.count
            let occurrences = query.map { Self.find($0, in: scorer.distinctKeys)! }.sorted { frequencies[$0] < frequencies[$1] }
            let required = max(1, (minimum * n + 99) / 100)
            var prefixSlots: [Int] = []
            for slot in occurrences.prefix(n - required + 1) where !prefixSlots.contains(slot) { prefixSlots.append(slot) }
            var marks = [Bool](repeating: false, count: variantCount)
            for slot in prefixSlots {
                for language in languages {
                    for variant in view.postings(UInt64(language) << 32 | UInt64(scorer.distinctKeys[slot])) {
                        let variant = Int(variant)
                        guard variant < variantCount, !marks[variant] else { continue }
                        marks[variant] = true
                        scorer.consider(variant, view.sequence(variant))
                    }
                }
            }
            return scorer.found
        }
    }

    /// The same as ``candidates(query:languages:minimum:limit:)`` by scoring every variant of the
    /// languages: the reference the benchmark compares the index with.
    func bruteForce(query: [UInt32], languages: [UInt32], minimum: Int, limit: Int) -> [Candidate] {
        guard !query.isEmpty else { return [] }
        return withView { view in
            var scorer = Scorer(query: query, minimum: minimum, limit: Int.max)
            scorer.filters = false
            for variant in 0..<variantCount where languages.contains(view.languages[variant]) {
                scorer.consider(variant, view.sequence(variant))
            }
            return scorer.found
        }
    }

    /// Scores candidates against one query, keeping those that reach the (rising) threshold.
    private struct Scorer {
        let query: [UInt32]
        let distinctKeys: [UInt32]
        var queryCounts: [Int]
        var used: [Int]
        var threshold: Int
        let limit: Int
        var filters = true
        var found: [Candidate] = []
        var weakest: [Int] = [] // min-heap of the best `limit` percentages
        var row: [Int32] = []

        init(query: [UInt32], minimum: Int, limit: Int) {
            self.query = query
            distinctKeys = Array(Set(query)).sorted()
            queryCounts = [Int](repeating: 0, count: distinctKeys.count)
            used = queryCounts
            threshold = minimum
            self.limit = limit
            for key in query { queryCounts[FuzzyIndexFile.find(key, in: distinctKeys)!] += 1 }
        }

        mutating func consider(_ variant: Int, _ sequence: UnsafeBufferPointer<UInt32>) {
            let n = query.count, m = sequence.count
            let longer = max(n, m)
            if filters {
                guard 100 * min(n, m) >= threshold * longer else { return }
                for slot in 0..<used.count { used[slot] = 0 }
                var common = 0
                for key in sequence {
                    if let slot = FuzzyIndexFile.find(key, in: distinctKeys), used[slot] < queryCounts[slot] {
                        used[slot] += 1
                        common += 1
                    }
                }
                guard 100 * common >= threshold * longer else { return }
            }
            let allowed = ((100 - threshold) * longer) / 100
            let distance = query.withUnsafeBufferPointer { query in
                FuzzyScorer.distance(query, sequence, limit: allowed, row: &row)
            }
            guard let distance else { return }
            let percent = distance == 0 ? 100 : FuzzyScorer.percent(distance: distance, n, m)
            guard percent >= threshold else { return }
            found.append(Candidate(variant: UInt32(variant), percent: percent, distance: distance))
            guard limit != Int.max else { return }
            weakest.append(percent)
            weakest.sort()
            if weakest.count > limit { weakest.removeFirst() }
            if weakest.count == limit { threshold = max(threshold, min(weakest[0], 100 - FuzzyScorer.maximumPenalty)) }
        }
    }

    static func find(_ key: UInt32, in sorted: [UInt32]) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == key ? low : nil
    }
}
