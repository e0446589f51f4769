import Hummingbird

/// Guards every request: body size, DNS rebinding (a loopback server answers only to loopback
/// host names), cross-site requests (an `Origin` must be the server's own; state-changing requests
/// must carry the session token, which another site's page cannot read), and, beyond loopback,
/// the token on every request. Adds headers that keep the page out of other sites' frames.
struct SecurityMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    /// The name of the token header.
    static let tokenHeaderName = "X-Bitext-Token"

    let configuration: ServerConfiguration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            try check(
                method: request.method,
                path: request.uri.path,
                authority: request.head.authority,
                origin: request.headers[.origin],
                token: request.headers[.init(Self.tokenHeaderName)!] ?? request.uri.queryParameters["token"].map(String.init),
                contentLength: request.headers[.contentLength].flatMap { Int($0) }
            )
        } catch {
            throw HTTPError(BitextServer.status(of: error.kind), message: error.message)
        }
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.contentSecurityPolicy] = "default-src 'self'; frame-ancestors 'none'"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// Refuses a request that is too large, addressed to a foreign host name, sent from another
    /// site, or without the token where one is needed.
    func check(
        method: HTTPRequest.Method, path: String = "/", authority: String?, origin: String?, token: String?, contentLength: Int?
    ) throws(ServerError) {
        if let contentLength, contentLength > configuration.maxBytes(path: path) {
            throw ServerError(.tooLarge, "the request body has \(contentLength) bytes; the server accepts at most \(configuration.maxBytes(path: path))")
        }
        if configuration.isLoopback, let authority, !ServerConfiguration.isLoopbackName(Self.hostName(authority)) {
            throw ServerError(.forbidden, "this server answers to loopback names only (127.0.0.1, localhost), not \(authority)")
        }
        if let origin, let authority, origin != "http://\(authority)" {
            throw ServerError(.forbidden, "cross-site request from \(origin) refused")
        }
        // The script and the style sheet hold no data: the page loads them without the token.
        let isAsset = (method == .get || method == .head) && Self.publicAssets.contains(path)
        let needsToken = method != .get && method != .head || !configuration.isLoopback && !isAsset
        if needsToken, !Self.sameToken(token, configuration.token) {
            throw ServerError(.forbidden, "missing or wrong session token (X-Bitext-Token): open the address bitext serve printed")
        }
    }

    /// The paths served to anyone who may connect.
    static let publicAssets: Set<String> = ["/app.js", "/app.css"]

    /// Compares tokens in a time that does not depend on where they differ.
    static func sameToken(_ given: String?, _ expected: String) -> Bool {
        guard let given else { return false }
        let a = Array(given.utf8)
        let b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The host name of a `Host` header (`127.0.0.1:8080` → `127.0.0.1`, `[::1]:80` → `::1`).
    static func hostName(_ host: String) -> String {
        if host.hasPrefix("["), let end = host.firstIndex(of: "]") {
            return String(host[host.index(after: host.startIndex)..<end])
        }
        return host.split(separator: ":", maxSplits: 1).first.map(String.init) ?? host
    }
}
