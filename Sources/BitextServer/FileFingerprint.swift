import Foundation

/// What a file looked like when it was read: its size and a 64-bit FNV-1a hash of its bytes. A
/// save checks that the file on disk still has the fingerprint it was opened with, so that a save
/// never overwrites changes made meanwhile by another program or another server.
struct FileFingerprint: Sendable, Hashable {
    /// The size in bytes.
    var size: Int
    /// The FNV-1a hash of the bytes.
    var hash: UInt64

    /// The fingerprint of some bytes.
    init(data: Data) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        self.size = data.count
        self.hash = hash
    }

    /// The fingerprint of a file, or `nil` when it cannot be read.
    init?(contentsOf url: URL) {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return nil }
        self.init(data: data)
    }

    /// The version string the API shows: the hash in hexadecimal.
    var version: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
