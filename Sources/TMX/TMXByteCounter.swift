import Foundation

/// Counts occurrences of short keys given as bytes (language codes, property types, tools)
/// without making a `String` per occurrence: a key is copied once, when first met.
///
/// Keys are kept in order of first appearance. A file has few distinct keys, so they are found
/// by comparing bytes with the last key met, then with each key; past a few dozen keys a
/// dictionary takes over.
struct TMXByteCounter {
    /// The distinct keys, in order of first appearance, with their counts.
    private(set) var entries: [(key: [UInt8], count: Int)] = []
    private var last = 0
    private var index: [[UInt8]: Int] = [:]
    private static let linearLimit = 32

    /// The key met last when it is short (up to 16 bytes, the usual case), packed in two words.
    private var lastShortKey: (length: Int, words: (UInt64, UInt64))?

    /// Counts one occurrence of `first` followed by a NUL byte and `second` when `second` is given;
    /// returns the key's position in ``entries``.
    @discardableResult
    mutating func add(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>? = nil) -> Int {
        if second == nil, let short = lastShortKey, short.length == first.count, Self.pack(first) == short.words {
            entries[last].count += 1
            return last
        }
        defer { lastShortKey = second == nil && first.count <= 16 ? (first.count, Self.pack(first)) : nil }
        if last < entries.count, Self.matches(entries[last].key, first, second) {
            entries[last].count += 1
            return last
        }
        if entries.count <= Self.linearLimit {
            for position in entries.indices where Self.matches(entries[position].key, first, second) {
                entries[position].count += 1
                last = position
                return last
            }
        } else {
            var key = Array(first)
            if let second { key.append(0); key.append(contentsOf: second) }
            if let position = index[key] {
                entries[position].count += 1
                last = position
                return last
            }
        }
        var key = Array(first)
        if let second { key.append(0); key.append(contentsOf: second) }
        entries.append((key, 1))
        last = entries.count - 1
        if entries.count > Self.linearLimit {
            if index.isEmpty { for (position, entry) in entries.enumerated() { index[entry.key] = position } }
            index[key] = last
        }
        return last
    }

    /// Up to 16 bytes as two words (zero-padded).
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        guard let base = bytes.baseAddress else { return words }
        withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: min(bytes.count, 16)) }
        return words
    }

    /// The keys as text (a NUL between two parts becomes `separator`) with their counts.
    func counts(separator: String = " ") -> [(key: String, count: Int)] {
        entries.map { entry in
            let parts = entry.key.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
            return (parts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: separator), entry.count)
        }
    }

    private static func matches(
        _ key: [UInt8], _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>?
    ) -> Bool {
        let length = first.count + (second.map { $0.count + 1 } ?? 0)
        guard key.count == length else { return false }
        return key.withUnsafeBufferPointer { key in
            guard first.isEmpty || memcmp(key.baseAddress!, first.baseAddress!, first.count) == 0 else { return false }
            guard let second else { return true }
            guard key[first.count] == 0 else { return false }
            return second.isEmpty || memcmp(key.baseAddress! + first.count + 1, second.baseAddress!, second.count) == 0
        }
    }
}
