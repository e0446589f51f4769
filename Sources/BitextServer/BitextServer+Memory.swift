import Foundation
import Hummingbird

/// The API of the memory search and of the alignment of uploaded releases.
extension BitextServer {
    /// The body of `POST /api/align`.
    struct AlignRequest: Codable {
        /// Where the reviewed alignment is saved (`tmx/NAME.tmx`, which must not exist yet).
        var output: String
        /// The source and the target version.
        var source: ReleaseAlignment.Upload
        var target: ReleaseAlignment.Upload
        /// The languages of the versions, e.g. `en,fr` (guessed from names and texts when left out).
        var languages: String?
    }

    func addMemoryRoutes(to router: Router<ServerContext>) {
        let api = router.group("api")
        api.get("memories") { _, _ in
            try await call { () async throws(ServerError) in try await search.overview() }
        }
        api.get("search") { request, _ in
            let parameters = request.uri.queryParameters
            var query = MemorySearch.Query(text: parameters["q"].map(String.init) ?? "")
            query.from = parameters["from"].map(String.init)
            query.to = parameters["to"].map(String.init)
            query.mode = parameters["mode"].map(String.init) ?? "auto"
            query.minimum = try Self.integer(parameters["min"], name: "min") ?? 70
            query.limit = try Self.integer(parameters["max"], name: "max") ?? 10
            return try await call { () async throws(ServerError) in try await search.search(query) }
        }
        api.post("align") { request, _ in
            let body = try await decode(AlignRequest.self, from: request)
            var languages: (String, String)?
            if let given = body.languages?.trimmingWhitespace, !given.isEmpty {
                let codes = given.split(separator: ",").map { String($0).trimmingWhitespace.lowercased() }
                guard codes.count == 2, codes.allSatisfy({ !$0.isEmpty }) else {
                    throw HTTPError(.badRequest, message: "languages needs one code per version, e.g. \"en,fr\"")
                }
                languages = (codes[0], codes[1])
            }
            return try await call { () async throws(ServerError) in
                let aligned = try ReleaseAlignment(source: body.source, target: body.target, languages: languages)
                return try await store.create(body.output, from: aligned)
            }
        }
    }

    /// A whole-number query parameter, or nil when absent.
    static func integer(_ value: Substring?, name: String) throws -> Int? {
        guard let value else { return nil }
        guard let number = Int(value) else {
            throw HTTPError(.badRequest, message: "\(name) must be a whole number, not \(value)")
        }
        return number
    }
}
