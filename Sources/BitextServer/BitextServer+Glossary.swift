import Foundation
import Hummingbird

/// The API of glossary curation: term candidates with their evidence, a glossary's entries, and
/// the decisions on candidates.
extension BitextServer {
    func addGlossaryRoutes(to router: Router<ServerContext>) {
        let api = router.group("api")
        api.get("terms") { request, _ in
            let parameters = request.uri.queryParameters
            var query = GlossaryCuration.Query(
                from: parameters["from"].map(String.init) ?? "fr",
                to: parameters["to"].map(String.init) ?? "en",
                glossary: try Self.glossaryPath(parameters["glossary"], folders: configuration.files.folders))
            query.minimumFrequency = try Self.integer(parameters["min-freq"], name: "min-freq") ?? 1
            query.limit = try Self.integer(parameters["limit"], name: "limit") ?? 100
            query.all = parameters["all"].map { $0 == "1" || $0 == "true" } ?? false
            return try await call { () async throws(ServerError) in try await curation.candidates(query) }
        }
        api.get("glossary") { request, _ in
            let parameters = request.uri.queryParameters
            let path = try Self.glossaryPath(parameters["path"], folders: configuration.files.folders)
            let from = parameters["from"].map(String.init) ?? "fr", to = parameters["to"].map(String.init) ?? "en"
            return try await call { () async throws(ServerError) in try await curation.glossary(path, from: from, to: to) }
        }
        api.post("glossary/decide") { request, _ in
            let body = try await decode(GlossaryCuration.Decision.self, from: request)
            return try await call { () async throws(ServerError) in try await curation.decide(body) }
        }
    }

    /// The glossary a request names, or `glossaries/glossary.tbx` when a `glossaries` folder is served.
    static func glossaryPath(_ value: Substring?, folders: [ServedFiles.Folder]) throws -> String {
        if let value, !value.isEmpty { return String(value) }
        guard folders.contains(where: { $0.name == "glossaries" }) else {
            throw HTTPError(.badRequest, message: "name the glossary (glossary=FOLDER/NAME.tbx): no glossaries/ folder is served")
        }
        return "glossaries/glossary.tbx"
    }
}
