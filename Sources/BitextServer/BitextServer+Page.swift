import Hummingbird

/// The page: one HTML document, its script and its style sheet, all compiled into the binary.
extension BitextServer {
    func addPageRoutes(to router: Router<ServerContext>) {
        router.get("/") { _, _ in
            let html = PageAssets.html.replacingOccurrences(of: "{{TOKEN}}", with: configuration.token)
            return Self.response(html, type: "text/html; charset=utf-8")
        }
        router.get("app.js") { _, _ in
            Self.response(PageAssets.script, type: "text/javascript; charset=utf-8")
        }
        router.get("app.css") { _, _ in
            Self.response(PageAssets.style, type: "text/css; charset=utf-8")
        }
    }

    private static func response(_ text: String, type: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: type],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text))
        )
    }
}
