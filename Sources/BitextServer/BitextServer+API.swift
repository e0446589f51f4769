import Foundation
import Hummingbird

/// The JSON API: every action of the page is one request (see the README for examples).
extension BitextServer {
    /// `GET /api/info`: what the server is and what it can do.
    struct Info: Codable, ResponseEncodable {
        var name = "bitext"
        var version: String
        var loopbackOnly: Bool
        var folders: [String]
        /// Capabilities by name: `review`, `align`, `search`, `glossary`.
        var capabilities: [String: Bool]
    }

    struct FileList: Codable, ResponseEncodable {
        var files: [ServedFiles.Entry]
    }

    /// The body of every alignment request; `edit` only for `/edit`, `force` only for `/save`.
    struct AlignmentRequest: Codable {
        var path: String
        var revision: Int?
        var edit: ReviewEdit?
        var force: Bool?
    }

    func addAPIRoutes(to router: Router<ServerContext>) {
        let api = router.group("api")
        api.get("info") { _, _ in
            Info(
                version: "0.1.0",
                loopbackOnly: configuration.isLoopback,
                folders: configuration.files.folders.map(\.name),
                capabilities: ["review": true, "align": true, "search": true, "glossary": true]
            )
        }
        api.get("files") { _, _ in
            let unsaved = await store.unsavedAlignments().map { ServedFiles.Entry(path: $0, kind: "memory", size: 0, unsaved: true) }
            return FileList(files: (configuration.files.list() + unsaved).sorted { $0.path < $1.path })
        }
        api.get("alignment") { request, _ in
            guard let path = request.uri.queryParameters["path"].map(String.init), !path.isEmpty else {
                throw HTTPError(.badRequest, message: "name the file: /api/alignment?path=tmx/NAME.tmx")
            }
            return try await call { () async throws(ServerError) in try await store.open(path) }
        }
        api.post("alignment/edit") { request, _ in
            let body = try await decode(AlignmentRequest.self, from: request)
            guard let edit = body.edit else {
                throw HTTPError(.badRequest, message: "the request has no edit: {\"path\": …, \"revision\": …, \"edit\": {\"op\": \"merge\", …}}")
            }
            let revision = try Self.revision(of: body)
            return try await call { () async throws(ServerError) in try await store.apply(edit, to: body.path, revision: revision) }
        }
        api.post("alignment/undo") { request, _ in
            let body = try await decode(AlignmentRequest.self, from: request)
            let revision = try Self.revision(of: body)
            return try await call { () async throws(ServerError) in try await store.undo(body.path, revision: revision) }
        }
        api.post("alignment/redo") { request, _ in
            let body = try await decode(AlignmentRequest.self, from: request)
            let revision = try Self.revision(of: body)
            return try await call { () async throws(ServerError) in try await store.redo(body.path, revision: revision) }
        }
        api.post("alignment/save") { request, _ in
            let body = try await decode(AlignmentRequest.self, from: request)
            let revision = try Self.revision(of: body)
            return try await call { () async throws(ServerError) in
                try await store.save(body.path, revision: revision, force: body.force ?? false)
            }
        }
        api.post("alignment/reload") { request, _ in
            let body = try await decode(AlignmentRequest.self, from: request)
            return try await call { () async throws(ServerError) in try await store.reload(body.path) }
        }
    }

    private static func revision(of body: AlignmentRequest) throws -> Int {
        guard let revision = body.revision else {
            throw HTTPError(.badRequest, message: "the request has no revision (take it from the last state the API returned)")
        }
        return revision
    }

    /// Decodes a JSON body of at most ``ServerConfiguration/maxBytes(path:)``.
    func decode<Body: Decodable>(_ type: Body.Type, from request: Request) async throws -> Body {
        var request = request
        let limit = configuration.maxBytes(path: request.uri.path)
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw HTTPError(.contentTooLarge, message: "the request body is larger than \(limit) bytes")
        }
        do {
            return try JSONDecoder().decode(Body.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw HTTPError(.badRequest, message: "malformed request: \(Self.describe(error))")
        }
    }

    /// Runs an operation, turning its error into an HTTP error with the right status.
    func call<Value>(_ body: () async throws(ServerError) -> Value) async throws -> Value {
        do {
            return try await body()
        } catch {
            throw HTTPError(Self.status(of: error.kind), message: error.message)
        }
    }

    static func status(of kind: ServerError.Kind) -> HTTPResponse.Status {
        switch kind {
        case .invalidRequest: .badRequest
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .conflict: .conflict
        case .file: .unprocessableContent
        case .tooLarge: .contentTooLarge
        case .unavailable: .notImplemented
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            let place = context.codingPath.map(\.stringValue).joined(separator: ".")
            let key: String
            if case .keyNotFound(let missing, _) = error { key = "missing \(missing.stringValue)" } else { key = context.debugDescription }
            return place.isEmpty ? key : "\(place): \(key)"
        @unknown default:
            return "\(error)"
        }
    }
}
