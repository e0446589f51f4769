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

    /// The row the page selects first with "weakest first": the lowest score among the rows not
    /// reviewed (a row without a score after those with one), the first in document order on a tie.
    static func weakest(_ rows: [ReviewRow]) -> Int? {
        let weakness = { (row: ReviewRow) in row.reviewed ? 2 : (row.score ?? 1.5) }
        return rows.indices.min { (weakness(rows[$0]), $0) < (weakness(rows[$1]), $1) }
    }

    /// Aligns the uploads, merges the weakest row with its neighbour and saves. Nothing here relies
    /// on what the aligner gets right or wrong: the merged row and the saved unit are checked
    /// against the two rows as the aligner gave them.
    @Test func alignsTwoUploadsIntoANewMemorySavedAfterReview() async throws {
        let setup = try Setup()
        let output = setup.root.appendingPathComponent("tmx/harbour.tmx")
        try await setup.test { client in
            let aligned = try BitextServerTests.state(try await BitextServerTests.post(client, "/api/align", try Self.body()))
            #expect(aligned.path == "tmx/harbour.tmx")
            #expect(aligned.languages == ["en", "fr"]) // told by the file names
            // Every sentence of both versions is in exactly one row, in order.
            #expect(aligned.rows.flatMap { $0.cells[0] }.count == 11)
            #expect(aligned.rows.flatMap { $0.cells[1] }.count == 12)
            #expect(aligned.rows.first?.cells[1].first?.hasPrefix("Opération Harbour Light") == true)
            #expect(aligned.rows.last?.cells[0].last?.hasPrefix("The investigation continues") == true)
            #expect(aligned.rows.allSatisfy { !$0.reviewed && $0.score != nil && $0.bead == ReviewRow.beadType(of: $0.cells) })
            #expect(aligned.dirty && aligned.version.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: output.path)) // nothing is written before the review
            let listed = try BitextServerTests.decode(BitextServer.FileList.self, try await client.execute(uri: "/api/files", method: .get))
            #expect(listed.files.first { $0.path == "tmx/harbour.tmx" }?.unsaved == true)

            // Merge the weakest row with the next one (with the previous one when it is the last).
            let weakest = try #require(Self.weakest(aligned.rows))
            let first = weakest == aligned.rows.count - 1 ? weakest - 1 : weakest
            let (a, b) = (aligned.rows[first], aligned.rows[first + 1])
            let cells = zip(a.cells, b.cells).map { $0 + $1 }
            let direction = first == weakest ? "next" : "previous"
            let merged = try BitextServerTests.state(try await BitextServerTests.post(client, "/api/alignment/edit",
                #"{"path":"tmx/harbour.tmx","revision":\#(aligned.revision),"edit":{"op":"merge","row":\#(weakest),"direction":"\#(direction)"}}"#))
            #expect(merged.rows.count == aligned.rows.count - 1)
            #expect(merged.rows[first].cells == cells)
            #expect(merged.rows[first].bead == "\(cells[0].count)-\(cells[1].count)")
            let saved = try BitextServerTests.state(try await BitextServerTests.post(client, "/api/alignment/save",
                #"{"path":"tmx/harbour.tmx","revision":\#(merged.revision)}"#))
            #expect(saved.savedUnits == merged.rows.count)
            #expect(!saved.dirty && !saved.version.isEmpty)

            let document = try TMXDocument.read(contentsOf: output)
            #expect(document.units.count == merged.rows.count)
            #expect(document.header.sourceLanguage == "en")
            let fixed = document.units[first]
            #expect(fixed.variant(for: "en")?.plainText == cells[0].joined(separator: " "))
            #expect(fixed.variant(for: "fr")?.plainText == cells[1].joined(separator: " "))
            #expect(fixed.properties(ofType: "x-bead") == ["\(cells[0].count)-\(cells[1].count)"])
            #expect(fixed.properties(ofType: "x-reviewed") == ["yes"])
            // A person checked the pair (a row still one-sided has no score).
            #expect(fixed.properties(ofType: "x-score") == (cells.allSatisfy { !$0.isEmpty } ? ["1"] : []))
            // Untouched pairs keep the aligner's score and bead, and name the uploaded files.
            let (other, untouched) = first == 0 ? (merged.rows.count - 1, aligned.rows[aligned.rows.count - 1]) : (0, aligned.rows[0])
            #expect(document.units[other].properties(ofType: "x-score") == [String(format: "%.3f", untouched.score ?? -1)])
            #expect(document.units[other].properties(ofType: "x-bead") == [untouched.bead])
            #expect(document.units[other].properties(ofType: "x-reviewed").isEmpty)
            #expect(document.units[other].properties(ofType: "x-document") == ["upload-release.en.txt | upload-release.fr.txt"])

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
