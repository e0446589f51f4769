import ArgumentParser
import BitextServer
import Foundation

/// `bitext serve`: the local web page to review alignments, align uploaded releases, search the
/// memory and curate glossaries.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open a local web page to review alignments, align releases, search the memory and curate glossaries.",
        discussion: """
            Serves the memories in tmx/ and the glossaries in glossaries/ of the current folder, or \
            the folders and files given, with a JSON API behind every action of the page. Listens on \
            loopback only unless --host says otherwise; then every request needs the session token \
            printed with the address.
            """
    )

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Option(help: "The address to listen on. 127.0.0.1 keeps the page on this machine.")
    var host = "127.0.0.1"

    @Option(help: "The session token that API requests carry in X-Bitext-Token (default: a random one, printed).")
    var token: String?

    @Flag(help: "Open the page in the default browser.")
    var open = false

    @Argument(help: "Folders to serve and memory or glossary files to allow (default: tmx/ and glossaries/ where present).")
    var paths: [String] = []

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be between 0 and 65535 (0: any free port); got \(port)")
        }
    }

    func run() async throws {
        let files = try servedFiles()
        let configuration = ServerConfiguration(host: host, port: port, files: files, token: token)
        let server = BitextServer(configuration: configuration)
        let served = files.folders.map { $0.name + "/" } + files.files.keys.sorted()
        let open = open
        do {
            try await serve(server, configuration: configuration, served: served, open: open)
        } catch {
            let reason = "\(error)".contains("Address already in use")
                ? "the port is already in use (another bitext serve?): choose another with --port, or --port 0"
                : "\(error)"
            throw ValidationError("cannot serve on \(configuration.host):\(configuration.port): \(reason)")
        }
    }

    private func serve(_ server: BitextServer, configuration: ServerConfiguration, served: [String], open: Bool) async throws {
        try await server.run { address in
            let url = configuration.isLoopback ? address : "\(address)?token=\(configuration.token)"
            let scope = configuration.isLoopback
                ? "loopback only"
                : "REACHABLE FROM OTHER MACHINES on \(configuration.host); keep the token secret"
            // Unbuffered: scripts read the address from a pipe while the server runs.
            FileHandle.standardOutput.write(Data("""
                bitext serve: \(served.joined(separator: ", ")) on \(url) (\(scope)); Ctrl+C stops
                API token (X-Bitext-Token header): \(configuration.token)

                """.utf8))
            if open { Self.openBrowser(url) }
        }
    }

    private func servedFiles() throws -> ServedFiles {
        var folders: [URL] = []
        var named: [URL] = []
        if paths.isEmpty {
            folders = ["tmx", "glossaries"].map { URL(fileURLWithPath: $0) }
                .filter { FileManager.default.fileExists(atPath: $0.path) }
            guard !folders.isEmpty else {
                throw ValidationError("there is no tmx/ or glossaries/ folder here: name the folders or files to serve")
            }
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ValidationErrorWithPlace(path: path, line: 0, message: "no such file or folder")
            }
            if isDirectory.boolValue {
                folders.append(URL(fileURLWithPath: path))
            } else {
                named.append(URL(fileURLWithPath: path))
            }
        }
        do {
            return try ServedFiles(folders: folders, files: named)
        } catch {
            throw ValidationError(error.message)
        }
    }

    private static func openBrowser(_ url: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        #endif
        process.arguments = (process.executableURL?.lastPathComponent == "env" ? ["xdg-open"] : []) + [url]
        do {
            try process.run()
        } catch {
            FileHandle.standardError.write(Data("bitext serve: could not open a browser (\(error.localizedDescription)); open \(url) yourself\n".utf8))
        }
    }
}
