import Foundation
import Hummingbird

/// The local web page of `bitext serve` and the JSON API behind it: alignment review over the
/// memories of the served folders, alignment of uploaded releases, memory search and glossary
/// curation (see the README, "Reviewing in the browser").
///
/// ```swift
/// let files = try ServedFiles(folders: [URL(fileURLWithPath: "tmx")], files: [])
/// let server = BitextServer(configuration: ServerConfiguration(files: files))
/// try await server.run { address in print("listening on \(address)") }
/// ```
public struct BitextServer: Sendable {
    /// How the server runs.
    public let configuration: ServerConfiguration
    let store: ReviewStore
    let search: MemorySearch
    let curation: GlossaryCuration

    /// Creates a server; `afterSave` runs after each save of a memory, once the memory search
    /// knows that the memory changed (its index is refreshed by the next search).
    public init(configuration: ServerConfiguration, afterSave: @escaping @Sendable (URL) async -> Void = { _ in }) {
        let search = MemorySearch(files: configuration.files)
        self.configuration = configuration
        self.search = search
        self.curation = GlossaryCuration(files: configuration.files)
        self.store = ReviewStore(files: configuration.files, maxUnits: configuration.maxUnits) { url in
            await search.invalidate()
            await afterSave(url)
        }
    }

    /// The application (for tests: `try await server.application().test(.router) { … }`).
    public func application(
        onRunning: @escaping @Sendable (String) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var application = Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "bitext"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                await onRunning(Self.address(host: configuration.host, port: port))
            }
        )
        application.logger.logLevel = .warning
        return application
    }

    /// Runs until the process is interrupted; `onRunning` gets the address once listening.
    public func run(onRunning: @escaping @Sendable (String) async -> Void = { _ in }) async throws {
        try await application(onRunning: onRunning).runService()
    }

    /// The base address of a server (`http://127.0.0.1:8080/`, `http://[::1]:8080/`).
    static func address(host: String, port: Int) -> String {
        let name = host.contains(":") ? "[\(host)]" : host
        return "http://\(name):\(port)/"
    }

    func router() -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: SecurityMiddleware(configuration: configuration))
        addPageRoutes(to: router)
        addAPIRoutes(to: router)
        addMemoryRoutes(to: router)
        addGlossaryRoutes(to: router)
        return router
    }
}
