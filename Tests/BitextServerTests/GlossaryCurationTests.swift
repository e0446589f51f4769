@testable import BitextServer
import Foundation
import HummingbirdTesting
import Terminology
import TestSupport
import Testing

/// `GET /api/terms`, `GET /api/glossary` and `POST /api/glossary/decide` over the example
/// alignment, with the glossary files checked on disk.
struct GlossaryCurationTests {
    typealias Setup = BitextServerTests.Setup

    /// The candidates, asked again while the extraction runs in the background (as the page does).
    static func candidates(_ client: any TestClientProtocol, _ query: String) async throws -> GlossaryCuration.CandidateList {
        for _ in 0..<600 {
            let list = try BitextServerTests.decode(GlossaryCuration.CandidateList.self, try await client.execute(uri: "/api/terms?\(query)", method: .get))
            if list.status == "done" { return list }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw CancellationError() // still running after a minute
    }

    /// The example setup with a served glossary `glossaries/NAME` that holds `text`.
    static func setup(glossary name: String, _ text: String) throws -> (setup: Setup, file: URL) {
        let setup = try Setup(glossaries: true)
        let file = setup.root.appendingPathComponent("glossaries/\(name)")
        try Data(text.utf8).write(to: file)
        return (setup, file)
    }

    static func decide(_ client: any TestClientProtocol, _ json: String) async throws -> GlossaryCuration.GlossaryState {
        try BitextServerTests.decode(GlossaryCuration.GlossaryState.self, try await BitextServerTests.post(client, "/api/glossary/decide", json))
    }

    @Test func candidatesComeWithTheirEvidence() async throws {
        try await Setup(glossaries: true).test { client in
            let list = try await Self.candidates(client, "from=fr&to=en")
            #expect(list.glossary == "glossaries/glossary.tbx")
            #expect(list.memories == ["tmx/release.tmx"])
            #expect(list.units == 8) // the two one-sided units have no pair
            #expect(list.total > 0 && list.undecided == list.total)
            let pairs = list.candidates.map { "\($0.source) → \($0.target)" }
            #expect(pairs.contains { $0.lowercased().contains("plan commun") }, "\(pairs)")
            let first = try #require(list.candidates.first)
            #expect(first.frequency >= 1 && first.score > 0 && !first.examples.isEmpty)
            #expect(list.candidates.allSatisfy { $0.decision == nil && $0.known == nil })
        }
    }

    /// The first request starts the extraction and answers at once with its progress; the
    /// candidates come when it is done, and are kept until a memory changes.
    @Test func extractionRunsInTheBackgroundAndIsKeptUntilAMemoryChanges() async throws {
        let setup = try Setup(glossaries: true)
        try await setup.test { client in
            let first = try BitextServerTests.decode(GlossaryCuration.CandidateList.self,
                try await client.execute(uri: "/api/terms?from=fr&to=en", method: .get))
            #expect(first.status == "running")
            let progress = try #require(first.progress)
            #expect(progress.from == "fr" && progress.to == "en" && progress.memories == 1)
            #expect(first.candidates.isEmpty)
            let done = try await Self.candidates(client, "from=fr&to=en")
            #expect(done.progress == nil && done.total > 0)
            // Asked again: the same candidates at once.
            let again = try BitextServerTests.decode(GlossaryCuration.CandidateList.self,
                try await client.execute(uri: "/api/terms?from=fr&to=en", method: .get))
            #expect(again.status == "done" && again.total == done.total)
            // Another language pair, or a changed memory, starts a new extraction.
            var text = try String(contentsOf: setup.memory, encoding: .utf8)
            text = text.replacingOccurrences(of: "</body>", with: "<tu><tuv xml:lang=\"fr\"><seg>Le plan commun est signé.</seg></tuv><tuv xml:lang=\"en\"><seg>The joint plan is signed.</seg></tuv></tu></body>")
            try text.write(to: setup.memory, atomically: true, encoding: .utf8)
            let changed = try BitextServerTests.decode(GlossaryCuration.CandidateList.self,
                try await client.execute(uri: "/api/terms?from=fr&to=en", method: .get))
            #expect(changed.status == "running")
            #expect(try await Self.candidates(client, "from=fr&to=en").units == done.units + 1)
        }
    }

    /// A failed extraction is reported to the request that asks for it.
    @Test func anExtractionWithoutUnitsIsReportedWhenAskedAgain() async throws {
        try await Setup(glossaries: true).test { client in
            var message: String?
            for _ in 0..<600 where message == nil {
                let response = try await client.execute(uri: "/api/terms?from=fr&to=de", method: .get)
                if response.status == .badRequest { message = BitextServerTests.message(response) }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(message?.contains("no unit with both fr and de") == true)
        }
    }

    /// A candidate whose source term the chosen glossary already translates (approved) is decided as
    /// `translated` and left out of the list to decide: accepting one of two proposed translations
    /// decides the other.
    @Test func anotherTranslationOfAnApprovedTermIsDecided() async throws {
        let (setup, _) = try Self.setup(glossary: "plans.tsv", "plan commun\tcommon action plan\n")
        try await setup.test { client in
            let list = try await Self.candidates(client, "from=fr&to=en&glossary=glossaries/plans.tsv&all=1")
            let candidate = try #require(list.candidates.first { TermNormalizer.key($0.source) == TermNormalizer.key("plan commun") })
            #expect(TermNormalizer.key(candidate.target) != TermNormalizer.key("common action plan"))
            #expect(candidate.known == "source" && candidate.decision == "translated")
            let open = try await Self.candidates(client, "from=fr&to=en&glossary=glossaries/plans.tsv")
            #expect(!open.candidates.contains { TermNormalizer.key($0.source) == TermNormalizer.key("plan commun") })
            #expect(open.undecided == list.total - list.candidates.count { $0.decision != nil })
        }
    }

    @Test func acceptingWithAnEditWritesTheGlossaryInItsOwnFormat() async throws {
        let (setup, tsv) = try Self.setup(glossary: "wildlife.tsv", "ivoire\tivory\n")
        try await setup.test { client in
            let list = try await Self.candidates(client, "from=fr&to=en&glossary=glossaries/wildlife.tsv")
            let candidate = try #require(list.candidates.first { $0.source.lowercased().contains("plan commun") })
            // The curator's rendering differs from whatever the extractor proposes.
            #expect(candidate.target.lowercased() != "common action plan")
            let state = try await Self.decide(client, #"""
                {"glossary":"glossaries/wildlife.tsv","from":"fr","to":"en","source":"\#(candidate.source)","target":"\#(candidate.target)",
                 "decision":"accept","editedSource":"plan commun","editedTarget":"common action plan","note":"checked"}
                """#)
            #expect(state.change == "added: plan commun → common action plan (approved)")
            #expect(state.format == "tsv")
            #expect(state.entries.count == 2)
            // The file stays tab-separated, the first entry as it was.
            let text = try String(contentsOf: tsv, encoding: .utf8)
            let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            #expect(lines.first == "ivoire\tivory")
            #expect(lines.contains { $0.hasPrefix("plan commun\tcommon action plan") })
            // Nothing but the glossary and its decisions file is left in the folder.
            let left = try FileManager.default.contentsOfDirectory(atPath: tsv.deletingLastPathComponent().path).sorted()
            #expect(left == [".wildlife.tsv.decisions.tsv", "wildlife.tsv"])
            // The candidate as proposed is now decided ("edited"), and hidden from the list to decide.
            let after = try await Self.candidates(client, "from=fr&to=en&glossary=glossaries/wildlife.tsv&all=1")
            #expect(after.candidates.first { $0.source == candidate.source && $0.target == candidate.target }?.decision == "edited")
            #expect(after.undecided == list.undecided - 1)
        }
    }

    @Test func forbidAndRejectAreRemembered() async throws {
        let setup = try Setup(glossaries: true)
        try await setup.test { client in
            let list = try await Self.candidates(client, "from=fr&to=en")
            #expect(list.candidates.count >= 2)
            let (a, b) = (list.candidates[0], list.candidates[1])
            let forbidden = try await Self.decide(client,
                #"{"glossary":"glossaries/glossary.tbx","from":"fr","to":"en","source":"\#(a.source)","target":"\#(a.target)","decision":"forbid"}"#)
            #expect(forbidden.exists && forbidden.format == "tbx")
            #expect(forbidden.entries.first?.targets.first?.status == "forbidden")
            let rejected = try await Self.decide(client,
                #"{"glossary":"glossaries/glossary.tbx","from":"fr","to":"en","source":"\#(b.source)","target":"\#(b.target)","decision":"reject"}"#)
            #expect(rejected.change == "rejected")
            #expect(rejected.entries.count == 1) // a rejection does not go into the glossary
            // The TBX on disk says the rendering is forbidden.
            let glossary = try GlossaryFormat.read(contentsOf: setup.root.appendingPathComponent("glossaries/glossary.tbx"))
            #expect(glossary.entries.count == 1)
            #expect(glossary.entries[0].terms(in: "en").map { glossary.entries[0].status(of: $0) } == [.forbidden])
            let after = try await Self.candidates(client, "from=fr&to=en&all=1")
            #expect(after.candidates.first { $0.source == a.source && $0.target == a.target }?.decision == "forbidden")
            #expect(after.candidates.first { $0.source == b.source && $0.target == b.target }?.decision == "rejected")
            #expect(after.candidates.first { $0.source == a.source && $0.target == a.target }?.known == "pair")
            let undecided = try await Self.candidates(client, "from=fr&to=en")
            #expect(undecided.undecided == list.undecided - 2)
            #expect(!undecided.candidates.contains { $0.source == b.source && $0.target == b.target })
        }
    }

    @Test func theGlossaryIsListedWithItsEntries() async throws {
        let setup = try Setup(glossaries: true)
        try Data("fr,en\ntraite,trafficking\n".utf8).write(to: setup.root.appendingPathComponent("glossaries/terms.csv"))
        try await setup.test { client in
            let state = try BitextServerTests.decode(GlossaryCuration.GlossaryState.self,
                try await client.execute(uri: "/api/glossary?path=glossaries/terms.csv&from=fr&to=en", method: .get))
            #expect(state.format == "csv")
            #expect(state.entries.count == 1)
            #expect(state.entries[0].sources.map(\.text) == ["traite"])
            #expect(state.entries[0].targets.map(\.text) == ["trafficking"])
            let missing = try BitextServerTests.decode(GlossaryCuration.GlossaryState.self,
                try await client.execute(uri: "/api/glossary?path=glossaries/new.tbx", method: .get))
            #expect(!missing.exists && missing.entries.isEmpty)
        }
    }

    @Test func badGlossaryRequestsAreRefused() async throws {
        try await Setup(glossaries: true).test { client in
            let outside = try await client.execute(uri: "/api/glossary?path=glossaries/../../etc/passwd.tbx", method: .get)
            #expect(outside.status == .forbidden)
            let notGlossary = try await client.execute(uri: "/api/glossary?path=tmx/release.tmx", method: .get)
            #expect(notGlossary.status == .badRequest)
            let sameLanguage = try await client.execute(uri: "/api/terms?from=en&to=en", method: .get)
            #expect(sameLanguage.status == .badRequest)
            let decision = #"{"glossary":"glossaries/glossary.tbx","from":"fr","to":"en","source":"a","target":"b","decision":"maybe"}"#
            let unknown = try await BitextServerTests.post(client, "/api/glossary/decide", decision)
            #expect(unknown.status == .badRequest)
            #expect(BitextServerTests.message(unknown).contains("accept, forbid or reject"))
            let noToken = try await BitextServerTests.post(client, "/api/glossary/decide", decision.replacingOccurrences(of: "maybe", with: "accept"), token: nil)
            #expect(noToken.status == .forbidden)
            let empty = try await BitextServerTests.post(client, "/api/glossary/decide", decision.replacingOccurrences(of: #""a""#, with: #"" ""#))
            #expect(empty.status == .badRequest)
        }
    }

    @Test func withoutAGlossariesFolderTheGlossaryMustBeNamed() async throws {
        try await Setup().test { client in
            let response = try await client.execute(uri: "/api/terms?from=fr&to=en", method: .get)
            #expect(response.status == .badRequest)
            #expect(BitextServerTests.message(response).contains("name the glossary"))
        }
    }
}
