import Foundation

/// How `bitext serve` runs: where it listens, what it serves, and its limits.
public struct ServerConfiguration: Sendable {
    /// The address to listen on (`127.0.0.1` by default: loopback only).
    public var host: String
    /// The port (0 picks a free one).
    public var port: Int
    /// The files the server may read and write.
    public var files: ServedFiles
    /// The largest request body accepted, in bytes.
    public var maxRequestBytes: Int
    /// The largest body of `POST /api/align` (two release files in base64), in bytes.
    public var maxUploadBytes: Int
    /// The largest memory opened for review, in units.
    public var maxUnits: Int
    /// The per-session token: every state-changing request must carry it in `X-Bitext-Token`,
    /// and every request at all when the server listens beyond loopback.
    public var token: String

    /// Creates a configuration; the token is random unless given.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, files: ServedFiles,
        maxRequestBytes: Int = 4 << 20, maxUploadBytes: Int = 24 << 20, maxUnits: Int = 100_000, token: String? = nil
    ) {
        self.host = host
        self.port = port
        self.files = files
        self.maxRequestBytes = maxRequestBytes
        self.maxUploadBytes = maxUploadBytes
        self.maxUnits = maxUnits
        self.token = token ?? Self.randomToken()
    }

    /// The largest body accepted for a request path.
    func maxBytes(path: String) -> Int {
        path == "/api/align" ? max(maxUploadBytes, maxRequestBytes) : maxRequestBytes
    }

    /// Whether the server listens on a loopback address only.
    public var isLoopback: Bool {
        Self.isLoopbackName(host)
    }

    /// Whether a host name or address designates this machine only.
    static func isLoopbackName(_ host: String) -> Bool {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return name == "localhost" || name == "::1" || name.hasPrefix("127.")
    }

    private static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let digits = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
