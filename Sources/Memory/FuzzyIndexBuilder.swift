import Foundation

/// Collects the token keys of every variant of a memory and writes the fuzzy candidate index
/// (see ``FuzzyIndexFile`` for the layout).
struct FuzzyIndexBuilder {
    private(set) var variantLanguages: [UInt32] = []
    private var sequenceOffsets: [UInt32] = [0]
    private var sequenceKeys: [UInt32] = []

    /// The number of variants added so far; the next variant gets this index.
    var count: Int { variantLanguages.count }

    /// Adds the next variant.
    mutating func add(language: UInt32, keys: [UInt32]) {
        variantLanguages.append(language)
        sequenceKeys.append(contentsOf: keys)
        sequenceOffsets.append(UInt32(sequenceKeys.count))
    }

    /// Writes the index to `url` (which the caller then renames into place).
    func write(to url: URL, buildID: UInt64) throws {
        // Distinct (language, key) pairs of each variant, numbered in order of first appearance.
        var vocabulary: [UInt64: UInt32] = [:]
        var postingCounts: [UInt32] = []
        var variantKeyIndices: [UInt32] = []
        variantKeyIndices.reserveCapacity(sequenceKeys.count)
        var variantKeyOffsets: [UInt32] = [0]
        variantKeyOffsets.reserveCapacity(count + 1)
        var distinct: [UInt32] = []
        for variant in 0..<count {
            distinct.removeAll(keepingCapacity: true)
            distinct.append(contentsOf: sequenceKeys[Int(sequenceOffsets[variant])..<Int(sequenceOffsets[variant + 1])])
            distinct.sort()
            var previous: UInt32? = nil
            let language = UInt64(variantLanguages[variant]) << 32
            for key in distinct where key != previous {
                previous = key
                let composite = language | UInt64(key)
                let index: UInt32
                if let known = vocabulary[composite] {
                    index = known
                } else {
                    index = UInt32(postingCounts.count)
                    vocabulary[composite] = index
                    postingCounts.append(0)
                }
                postingCounts[Int(index)] += 1
                variantKeyIndices.append(index)
            }
            variantKeyOffsets.append(UInt32(variantKeyIndices.count))
        }
        // Sort the keys; posting lists in key order, each list in variant order.
        let sortedKeys = vocabulary.sorted { $0.key < $1.key }
        var position = [UInt32](repeating: 0, count: sortedKeys.count)
        var postingOffsets = [UInt32](repeating: 0, count: sortedKeys.count + 1)
        for (rank, entry) in sortedKeys.enumerated() {
            postingOffsets[rank + 1] = postingOffsets[rank] + postingCounts[Int(entry.value)]
            position[Int(entry.value)] = postingOffsets[rank]
        }
        var postings = [UInt32](repeating: 0, count: variantKeyIndices.count)
        for variant in 0..<count {
            for slot in Int(variantKeyOffsets[variant])..<Int(variantKeyOffsets[variant + 1]) {
                let index = Int(variantKeyIndices[slot])
                postings[Int(position[index])] = UInt32(variant)
                position[index] += 1
            }
        }
        let keys = sortedKeys.map(\.key)

        var header = [UInt32](repeating: 0, count: FuzzyIndexFile.headerSize / 4)
        header.withUnsafeMutableBytes { bytes in
            bytes.storeBytes(of: FuzzyIndexFile.magic, toByteOffset: 0, as: UInt64.self)
            bytes.storeBytes(of: FuzzyIndexFile.version, toByteOffset: 8, as: UInt32.self)
            bytes.storeBytes(of: UInt32(count), toByteOffset: 12, as: UInt32.self)
            bytes.storeBytes(of: UInt32(sequenceKeys.count), toByteOffset: 16, as: UInt32.self)
            bytes.storeBytes(of: UInt32(keys.count), toByteOffset: 20, as: UInt32.self)
            bytes.storeBytes(of: UInt32(postings.count), toByteOffset: 24, as: UInt32.self)
            bytes.storeBytes(of: buildID, toByteOffset: 32, as: UInt64.self)
        }
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        func write<T>(_ array: [T]) throws {
            try array.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count {
                    let chunk = min(16 << 20, bytes.count - offset)
                    try handle.write(contentsOf: Data(bytes[offset..<(offset + chunk)]))
                    offset += chunk
                }
            }
        }
        try write(header)
        try write(keys)
        try write(variantLanguages)
        try write(sequenceOffsets)
        try write(sequenceKeys)
        try write(postingOffsets)
        try write(postings)
        try handle.synchronize()
    }
}
