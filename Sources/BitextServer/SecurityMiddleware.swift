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
        method: HTTPRequest.Method, authority: String?, origin: String?, token: String?, contentLength: Int?
    ) throws(ServerError) {
        if let contentLength, contentLength > configuration.maxRequestBytes {
            throw ServerError(.tooLarge, "the request body has \(contentLength) bytes; the server accepts at most \(configuration.maxRequestBytes)")
        }
        if configuration.isLoopback, let authority, !ServerConfiguration.isLoopbackName(Self.hostName(authority)) {
            throw ServerError(.forbidden, "this server answers to loopback names only (127.0.0.1, localhost), not \(authority)")
        }
        if let origin, let authority, origin != "http://\(authority)" {
            throw ServerError(.forbidden, "cross-site request from \(origin) refused")
        }
        let needsToken = method != .get && method != .head || !configuration.isLoopback
        if needsToken, token != configuration.token {
            throw ServerError(.forbidden, "missing or wrong session token (X-Bitext-Token): open the address bitext serve printed")
        }
    }

    /// The host name of a `Host` header (`127.0.0.1:8080` → `127.0.0.1`, `[::1]:80` → `::1`).
    static func hostName(_ host: String) -> String {
        if host.hasPrefix("["), let end = host.firstIndex(of: "]") {
            return String(host[host.index(after: host.startIndex)..<end])
        }
        return host.split(separator: ":", maxSplits: 1).first.map(String.init) ?? host
    }
}
