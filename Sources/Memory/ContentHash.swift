import Foundation

/// A fast 64-bit hash of a file's content, to tell whether a memory changed when its size or time did.
/// Not cryptographic: it detects edits, not attacks.
enum ContentHash {
    /// The hash of the file at `url`, read in 4 MB chunks.
    static func of(_ url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var length: UInt64 = 0
        while let chunk = try handle.read(upToCount: 4 << 20), !chunk.isEmpty {
            length &+= UInt64(chunk.count)
            chunk.withUnsafeBytes { bytes in
                var offset = 0
                let count = bytes.count
                while offset + 8 <= count {
                    let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    hash = (hash ^ word) &* 0x0000_0100_0000_01B3
                    hash ^= hash >> 29
                    offset += 8
                }
                while offset < count {
                    hash = (hash ^ UInt64(bytes[offset])) &* 0x0000_0100_0000_01B3
                    offset += 1
                }
            }
        }
        hash ^= length
        return String(hash, radix: 16)
    }
}
