@testable import BitextServer
import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
import TMX

/// The JSON API over the example alignment of `Tests/e2e/release-review.tmx` (an English–French
/// release written for the tests, with weak beads to correct), through Hummingbird's router test
/// client: no network, no browser.
struct BitextServerTests {
    static let token = "test-token"
    static let fixture = SharedData.packageRoot.appendingPathComponent("Tests/e2e/release-review.tmx")

    /// A temporary `tmx/` folder holding a copy of the example alignment (and, when asked, an
    /// empty `glossaries/` folder), and a server on them.
    struct Setup {
        let root: URL
        let memory: URL
        let server: BitextServer

        init(host: String = "127.0.0.1", maxRequestBytes: Int = 64 * 1024, maxUploadBytes: Int = 1 << 20, glossaries: Bool = false) throws {
            root = try SharedData.temporaryDirectory()
            let tmx = root.appendingPathComponent("tmx")
            try FileManager.default.createDirectory(at: tmx, withIntermediateDirectories: true)
            memory = tmx.appendingPathComponent("release.tmx")
            try FileManager.default.copyItem(at: BitextServerTests.fixture, to: memory)
            var folders = [tmx]
            if glossaries {
                folders.append(root.appendingPathComponent("glossaries"))
                try FileManager.default.createDirectory(at: folders[1], withIntermediateDirectories: true)
            }
            let files = try ServedFiles(folders: folders, files: [])
            server = BitextServer(configuration: ServerConfiguration(
                host: host, port: 0, files: files, maxRequestBytes: maxRequestBytes, maxUploadBytes: maxUploadBytes,
                token: BitextServerTests.token))
        }

        func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
            defer { try? FileManager.default.removeItem(at: root) }
            return try await server.application().test(.router, body)
        }
    }

    static func post(_ client: any TestClientProtocol, _ uri: String, _ json: String, token: String? = token) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.init(SecurityMiddleware.tokenHeaderName)!] = token }
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: json))
    }

    static func state(_ response: TestResponse) throws -> AlignmentState {
        #expect(response.status == .ok, "\(String(buffer: response.body))")
        return try JSONDecoder().decode(AlignmentState.self, from: Data(buffer: response.body))
    }

    /// The decoded body of a successful response.
    static func decode<Value: Decodable>(_ type: Value.Type, _ response: TestResponse) throws -> Value {
        #expect(response.status == .ok, "\(String(buffer: response.body))")
        return try JSONDecoder().decode(Value.self, from: Data(buffer: response.body))
    }

    /// The message of an error response (`{"error": {"message": …}}`), or the body as text.
    static func message(_ response: TestResponse) -> String {
        struct Failure: Decodable { struct Detail: Decodable { var message: String }; var error: Detail }
        let failure = try? JSONDecoder().decode(Failure.self, from: Data(buffer: response.body))
        return failure?.error.message ?? String(buffer: response.body)
    }

    @Test func opensTheAlignmentAsRowsWithScoresAndSentences() async throws {
        try await Setup().test { client in
            let state = try Self.state(try await client.execute(uri: "/api/alignment?path=tmx/release.tmx", method: .get))
            #expect(state.languages == ["en", "fr"])
            #expect(state.rows.count == 10)
            #expect(state.rows[2].bead == "1-2")
            #expect(state.rows[2].score == 0.41)
            // The two French sentences of the 1-2 bead are shown apart.
            #expect(state.rows[2].cells[1].count == 2)
            #expect(state.rows[4].cells[1].isEmpty)
            #expect(!state.dirty)
            #expect(state.revision == 0)
        }
    }

    @Test func mergeSaveWritesTheMergedPairToTheMemory() async throws {
        let setup = try Setup()
        let memory = setup.memory
        try await setup.test { client in
            let opened = try Self.state(try await client.execute(uri: "/api/alignment?path=tmx/release.tmx", method: .get))
            let merged = try Self.state(try await Self.post(client, "/api/alignment/edit",
                #"{"path":"tmx/release.tmx","revision":\#(opened.revision),"edit":{"op":"merge","row":4,"direction":"next"}}"#))
            #expect(merged.rows.count == 9)
            #expect(merged.dirty)
            let saved = try Self.state(try await Self.post(client, "/api/alignment/save",
                #"{"path":"tmx/release.tmx","revision":\#(merged.revision)}"#))
            #expect(saved.savedUnits == 9)
            #expect(!saved.dirty)
            #expect(saved.version != opened.version)

            let document = try TMXDocument.read(contentsOf: memory)
            #expect(document.units.count == 9)
            let unit = document.units[4]
            #expect(unit.variant(for: "en")?.plainText == "Seizures of ivory rose by 40 per cent last year.")
            #expect(unit.variant(for: "fr")?.plainText == "Les saisies d'ivoire ont augmenté de 40 % l'an dernier.")
            #expect(unit.properties(ofType: "x-bead") == ["1-1"])
            #expect(unit.properties(ofType: "x-score") == ["1"])
            #expect(unit.properties(ofType: "x-reviewed") == ["yes"])
            #expect(unit.properties(ofType: "x-document") == ["release.en.txt release.fr.txt"])
            // Untouched units are written back as they were read.
            let original = try TMXDocument.read(contentsOf: BitextServerTests.fixture)
            #expect(document.units[0] == original.units[0])
            #expect(document.units[8] == original.units[9])
            // Nothing is left beside the memory.
            let left = try FileManager.default.contentsOfDirectory(atPath: memory.deletingLastPathComponent().path)
            #expect(left == ["release.tmx"])
        }
    }

    @Test func undoAndRedoWalkTheHistory() async throws {
        try await Setup().test { client in
            let path = #""path":"tmx/release.tmx""#
            var state = try Self.state(try await client.execute(uri: "/api/alignment?path=tmx/release.tmx", method: .get))
            let original = state.rows
            state = try Self.state(try await Self.post(client, "/api/alignment/edit",
                #"{\#(path),"revision":\#(state.revision),"edit":{"op":"swap","row":6,"column":1}}"#))
            #expect(state.rows[6].cells[1] == ["La prochaine réunion aura lieu à Nairobi en mars 2027."])
            #expect(state.canUndo)
            state = try Self.state(try await Self.post(client, "/api/alignment/undo", #"{\#(path),"revision":\#(state.revision)}"#))
            #expect(state.rows == original)
            #expect(state.canRedo)
            state = try Self.state(try await Self.post(client, "/api/alignment/redo", #"{\#(path),"revision":\#(state.revision)}"#))
            #expect(state.rows[6].cells[1] == ["La prochaine réunion aura lieu à Nairobi en mars 2027."])
            let nothing = try await Self.post(client, "/api/alignment/redo", #"{\#(path),"revision":\#(state.revision)}"#)
            #expect(nothing.status == .badRequest)
            #expect(Self.message(nothing).contains("nothing to redo"))
        }
    }

    @Test func staleRevisionIsAConflict() async throws {
        try await Setup().test { client in
            let path = #""path":"tmx/release.tmx""#
            let state = try Self.state(try await client.execute(uri: "/api/alignment?path=tmx/release.tmx", method: .get))
            _ = try Self.state(try await Self.post(client, "/api/alignment/edit",
                #"{\#(path),"revision":\#(state.revision),"edit":{"op":"confirm","row":0}}"#))
            // A second page still at the first revision.
            let stale = try await Self.post(client, "/api/alignment/edit",
                #"{\#(path),"revision":\#(state.revision),"edit":{"op":"unalign","row":0}}"#)
            #expect(stale.status == .conflict)
            #expect(Self.message(stale).contains("changed by another page"))
        }
    }

    @Test func saveRefusesToOverwriteAFileChangedOnDisk() async throws {
        let setup = try Setup()
        let memory = setup.memory
        try await setup.test { client in
            let path = #""path":"tmx/release.tmx""#
            var state = try Self.state(try await client.execute(uri: "/api/alignment?path=tmx/release.tmx", method: .get))
            state = try Self.state(try await Self.post(client, "/api/alignment/edit",
                #"{\#(path),"revision":\#(state.revision),"edit":{"op":"confirm","row":0}}"#))
            // Another program rewrites the memory meanwhile.
            let other = try String(contentsOf: memory, encoding: .utf8).replacingOccurrences(of: "press office", with: "media office")
            try other.write(to: memory, atomically: true, encoding: .utf8)
            let refused = try await Self.post(client, "/api/alignment/save", #"{\#(path),"revision":\#(state.revision)}"#)
            #expect(refused.status == .conflict)
            #expect(Self.message(refused).contains("changed on disk"))
            #expect(try String(contentsOf: memory, encoding: .utf8) == other, "the other program's version is kept")
            let forced = try Self.state(try await Self.post(client, "/api/alignment/save",
                #"{\#(path),"revision":\#(state.revision),"force":true}"#))
            #expect(forced.savedUnits == 10)
            #expect(try !String(contentsOf: memory, encoding: .utf8).contains("media office"))
        }
    }

    @Test func statesChangingRequestsNeedTheToken() async throws {
        try await Setup().test { client in
            let body = #"{"path":"tmx/release.tmx","revision":0,"edit":{"op":"confirm","row":0}}"#
            let missing = try await Self.post(client, "/api/alignment/edit", body, token: nil)
            #expect(missing.status == .forbidden)
            let wrong = try await Self.post(client, "/api/alignment/edit", body, token: "guess")
            #expect(wrong.status == .forbidden)
            #expect(Self.message(wrong).contains("token"))
        }
    }

    @Test func crossSiteOriginsAreRefused() async throws {
        try await Setup().test { client in
            let body = #"{"path":"tmx/release.tmx","revision":0,"edit":{"op":"confirm","row":0}}"#
            let crossSite = try await client.execute(
                uri: "/api/alignment/edit", method: .post,
                headers: [.origin: "http://evil.example", .init(SecurityMiddleware.tokenHeaderName)!: Self.token],
                body: ByteBuffer(string: body))
            #expect(crossSite.status == .forbidden)
            #expect(Self.message(crossSite).contains("cross-site request from http://evil.example refused"))
            let sameSite = try await client.execute(
                uri: "/api/alignment/edit", method: .post,
                headers: [.origin: "http://localhost", .init(SecurityMiddleware.tokenHeaderName)!: Self.token],
                body: ByteBuffer(string: body))
            #expect(sameSite.status == .ok)
        }
    }

    /// DNS rebinding: a loopback server does not answer to another host name.
    @Test func loopbackServerAnswersOnlyToLoopbackNames() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.root) }
        let middleware = SecurityMiddleware(configuration: setup.server.configuration)
        for authority in ["127.0.0.1:8080", "localhost:8080", "[::1]:8080", "127.0.0.2"] {
            #expect(throws: Never.self) {
                try middleware.check(method: .get, authority: authority, origin: nil, token: nil, contentLength: nil)
            }
        }
        for authority in ["evil.example:8080", "192.168.1.5:8080", "localhost.evil.example"] {
            #expect(throws: ServerError.self) {
                try middleware.check(method: .get, authority: authority, origin: nil, token: nil, contentLength: nil)
            }
        }
    }

    @Test func beyondLoopbackEveryRequestNeedsTheToken() async throws {
        try await Setup(host: "0.0.0.0").test { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .forbidden)
            let withToken = try await client.execute(uri: "/?token=\(Self.token)", method: .get)
            #expect(withToken.status == .ok)
            #expect(String(buffer: withToken.body).contains(#"content="\#(Self.token)""#))
            let files = try await client.execute(uri: "/api/files", method: .get)
            #expect(files.status == .forbidden)
            let script = try await client.execute(uri: "/app.js", method: .get)
            #expect(script.status == .ok, "the page's script loads without the token")
        }
    }

    @Test func pathsOutsideTheServedFoldersAreRefused() async throws {
        try await Setup().test { client in
            for path in ["tmx/../../etc/passwd", "tmx/..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd"] {
                let response = try await client.execute(uri: "/api/alignment?path=\(path)", method: .get)
                #expect(response.status == .forbidden, "\(path): \(Self.message(response))")
            }
            let saved = try await Self.post(client, "/api/alignment/save", #"{"path":"tmx/../release.tmx","revision":0}"#)
            #expect(saved.status == .forbidden)
        }
    }

    @Test func oversizedRequestsAreRefused() async throws {
        try await Setup(maxRequestBytes: 1024).test { client in
            let text = String(repeating: "x", count: 4096)
            let response = try await Self.post(client, "/api/alignment/edit",
                #"{"path":"tmx/release.tmx","revision":0,"edit":{"op":"edit","row":0,"column":0,"text":"\#(text)"}}"#)
            #expect(response.status == .contentTooLarge)
        }
    }

    @Test func malformedRequestsGetAClearMessage() async throws {
        try await Setup().test { client in
            let unknown = try await Self.post(client, "/api/alignment/edit",
                #"{"path":"tmx/release.tmx","revision":0,"edit":{"op":"shuffle","row":0}}"#)
            #expect(unknown.status == .badRequest)
            #expect(Self.message(unknown).contains("unknown op"))
            let noRow = try await Self.post(client, "/api/alignment/edit",
                #"{"path":"tmx/release.tmx","revision":0,"edit":{"op":"merge","row":42,"direction":"next"}}"#)
            #expect(noRow.status == .badRequest)
            #expect(Self.message(noRow).contains("there is no row 43"))
            let notJSON = try await Self.post(client, "/api/alignment/edit", "merge please")
            #expect(notJSON.status == .badRequest)
        }
    }

    @Test func aMalformedMemoryIsReportedWithItsPlace() async throws {
        let setup = try Setup()
        try Data("<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>cut".utf8).write(to: setup.memory)
        try await setup.test { client in
            let response = try await client.execute(uri: "/api/alignment?path=tmx/release.tmx", method: .get)
            #expect(response.status == .unprocessableContent)
            #expect(Self.message(response).contains("release.tmx:1:"))
        }
    }

    @Test func listsTheServedMemoriesAndServesThePage() async throws {
        try await Setup().test { client in
            let files = try await client.execute(uri: "/api/files", method: .get)
            let list = try JSONDecoder().decode(BitextServer.FileList.self, from: Data(buffer: files.body))
            #expect(list.files.map(\.path) == ["tmx/release.tmx"])
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            #expect(String(buffer: page.body).contains(#"<meta name="bitext-token" content="\#(Self.token)">"#))
            let script = try await client.execute(uri: "/app.js", method: .get)
            #expect(String(buffer: script.body).contains("api/alignment/edit"))
        }
    }
}
