@testable import BitextServer
import Foundation
import HummingbirdTesting
import TestSupport
import Testing
import TMX

/// `POST /api/align`: two uploaded versions of a release (written for the tests, in `Tests/e2e/`)
/// aligned into a review session that is saved as a new memory.
struct ReleaseAlignmentTests {
    typealias Setup = BitextServerTests.Setup

    static let english = SharedData.packageRoot.appendingPathComponent("Tests/e2e/upload-release.en.txt")
    static let french = SharedData.packageRoot.appendingPathComponent("Tests/e2e/upload-release.fr.txt")

    static func body(output: String = "tmx/harbour.tmx", languages: String? = nil, source: Data? = nil) throws -> String {
        let request = BitextServer.AlignRequest(
            output: output,
            source: .init(name: "upload-release.en.txt", data: (try source ?? Data(contentsOf: english)).base64EncodedString()),
            target: .init(name: "upload-release.fr.txt", data: try Data(contentsOf: french).base64EncodedString()),
            languages: languages)
        return String(decoding: try JSONEncoder().encode(request), as: UTF8.self)
    }

    @Test func alignsTwoUploadsIntoANewMemorySavedAfterReview() async throws {
        let setup = try Setup()
        let output = setup.root.appendingPathComponent("tmx/harbour.tmx")
        try await setup.test { client in
            let aligned = try BitextServerTests.state(try await BitextServerTests.post(client, "/api/align", try Self.body()))
            #expect(aligned.path == "tmx/harbour.tmx")
            #expect(aligned.languages == ["en", "fr"]) // told by the file names
            #expect(aligned.rows.count == 12)
            #expect(aligned.dirty && aligned.version.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: output.path)) // nothing is written before the review
            let listed = try BitextServerTests.decode(BitextServer.FileList.self, try await client.execute(uri: "/api/files", method: .get))
            #expect(listed.files.first { $0.path == "tmx/harbour.tmx" }?.unsaved == true)
            // The weak pair and the French sentence left alone are the ones to fix.
            let weak = aligned.rows.enumerated().filter { ($0.element.score ?? 1) < 0.7 }.map(\.offset)
            #expect(weak == [5, 6])
            #expect(aligned.rows[6].cells[0].isEmpty)
            #expect(aligned.rows[6].cells[1] == ["Ces agences étaient situées dans quatre pays."])

            let merged = try BitextServerTests.state(try await BitextServerTests.post(client, "/api/alignment/edit",
                #"{"path":"tmx/harbour.tmx","revision":\#(aligned.revision),"edit":{"op":"merge","row":5,"direction":"next"}}"#))
            #expect(merged.rows[5].bead == "1-2")
            let saved = try BitextServerTests.state(try await BitextServerTests.post(client, "/api/alignment/save",
                #"{"path":"tmx/harbour.tmx","revision":\#(merged.revision)}"#))
            #expect(saved.savedUnits == 11)
            #expect(!saved.dirty && !saved.version.isEmpty)

            let document = try TMXDocument.read(contentsOf: output)
            #expect(document.units.count == 11)
            #expect(document.header.sourceLanguage == "en")
            let fixed = document.units[5]
            #expect(fixed.variant(for: "fr")?.plainText == "Les paiements transitaient par des agences de transfert d'argent. Ces agences étaient situées dans quatre pays.")
            #expect(fixed.properties(ofType: "x-bead") == ["1-2"])
            #expect(fixed.properties(ofType: "x-reviewed") == ["yes"])
            // Untouched pairs keep the aligner's score and bead, and name the uploaded files.
            #expect(document.units[0].properties(ofType: "x-score") == ["1.000"])
            #expect(document.units[0].properties(ofType: "x-reviewed").isEmpty)
            #expect(document.units[0].properties(ofType: "x-document") == ["upload-release.en.txt | upload-release.fr.txt"])

            // The new memory is listed as a file and searchable.
            let files = try BitextServerTests.decode(BitextServer.FileList.self, try await client.execute(uri: "/api/files", method: .get))
            #expect(files.files.first { $0.path == "tmx/harbour.tmx" }?.unsaved == nil)
            #expect(files.files.first { $0.path == "tmx/harbour.tmx" }?.size ?? 0 > 0)
            let found = try await MemorySearchTests.search(client, "q=agences%20de%20transfert&from=fr&to=en")
            #expect(found.concordance?.groups.first?.hits.first?.origin.memory == "tmx/harbour.tmx")
        }
    }

    @Test func anExistingMemoryIsNeverReplacedByAnAlignment() async throws {
        try await Setup().test { client in
            let response = try await BitextServerTests.post(client, "/api/align", try Self.body(output: "tmx/release.tmx"))
            #expect(response.status == .conflict)
            #expect(BitextServerTests.message(response).contains("exists already"))
        }
    }

    @Test func aFileWrittenMeanwhileIsNotOverwrittenBySave() async throws {
        let setup = try Setup()
        try await setup.test { client in
            let aligned = try BitextServerTests.state(try await BitextServerTests.post(client, "/api/align", try Self.body()))
            try Data("someone else's".utf8).write(to: setup.root.appendingPathComponent("tmx/harbour.tmx"))
            let save = try await BitextServerTests.post(client, "/api/alignment/save", #"{"path":"tmx/harbour.tmx","revision":\#(aligned.revision)}"#)
            #expect(save.status == .conflict)
            #expect(try String(contentsOf: setup.root.appendingPathComponent("tmx/harbour.tmx"), encoding: .utf8) == "someone else's")
        }
    }

    @Test func badUploadsGetAClearMessage() async throws {
        try await Setup(maxUploadBytes: 200_000).test { client in
            let garbage = try await BitextServerTests.post(client, "/api/align",
                #"{"output":"tmx/x.tmx","source":{"name":"a.txt","data":"QU%JD"},"target":{"name":"b.txt","data":"QUJD"}}"#)
            #expect(garbage.status == .badRequest)
            #expect(BitextServerTests.message(garbage).contains("a.txt: the data is not base64"))
            let binary = try await BitextServerTests.post(client, "/api/align", try Self.body(source: Data([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 0, 0, 0])))
            #expect(binary.status == .badRequest)
            #expect(BitextServerTests.message(binary).contains("upload-release.en.txt"))
            let languages = try await BitextServerTests.post(client, "/api/align", try Self.body(languages: "en"))
            #expect(languages.status == .badRequest)
            let unknown = try await BitextServerTests.post(client, "/api/align",
                #"{"output":"tmx/x.tmx","source":{"name":"a.txt","data":"MTIzNA=="},"target":{"name":"b.txt","data":"MTIzNA=="}}"#)
            #expect(BitextServerTests.message(unknown) == "a.txt: cannot tell the language: give the languages, e.g. en,fr")
            let outside = try await BitextServerTests.post(client, "/api/align", try Self.body(output: "tmx/../../x.tmx"))
            #expect(outside.status == .forbidden)
            let notMemory = try await BitextServerTests.post(client, "/api/align", try Self.body(output: "tmx/x.txt"))
            #expect(notMemory.status == .badRequest)
            let tooLarge = try await BitextServerTests.post(client, "/api/align", try Self.body(source: Data(repeating: 0x61, count: 300_000)))
            #expect(tooLarge.status == .contentTooLarge)
        }
    }
}
