import ArgumentParser
import Foundation
import Testing
import TMX
import TestSupport
@testable import BitextCommand

/// `bitext align --pairs … --pool-lexicon`: one lexicon learned from the whole batch.
extension AlignCommandBatchTests {
    /// Text+Berg test0-6 (one yearbook) through a manifest, without a dictionary: with the pooled
    /// lexicon, test0's German 78 and French 75 (a gold pair) are a unit of the memory; without, not.
    @Test(.requiresSharedData) func aPooledLexiconAlignsPairsThatOneDocumentMisses() async throws {
        let folder = try SharedData.temporaryDirectory()
        let manifest = folder.appendingPathComponent("yearbook.tsv")
        let corpus = SharedData.url("corpus/textberg").path
        try ("de\tfr\n" + (0..<7).map { "\(corpus)/test\($0).de\t\(corpus)/test\($0).fr\n" }.joined())
            .write(to: manifest, atomically: true, encoding: .utf8)
        func lines(_ name: String) throws -> [String] {
            try String(contentsOf: SharedData.url("corpus/textberg/\(name)"), encoding: .utf8).components(separatedBy: "\n")
        }
        let german = try lines("test0.de")[78].trimmingCharacters(in: .whitespaces)
        let french = try lines("test0.fr")[75].trimmingCharacters(in: .whitespaces)
        var pairs: [Bool] = []
        for pooled in [false, true] {
            let memory = folder.appendingPathComponent("archive-\(pooled).tmx")
            try await runBitext(["align", "--pairs", manifest.path, "--presegmented", "--no-dictionary", "--no-glossary",
                                 "-o", memory.path] + (pooled ? ["--pool-lexicon"] : []))
            pairs.append(try variants(memory).contains { $0["de"] == german && $0["fr"] == french })
        }
        #expect(pairs == [false, true])
    }

    @Test func poolingNeedsABatch() async throws {
        await #expect(throws: (any Error).self) {
            try await runBitext(["align", "a.de.txt", "a.fr.txt", "--pool-lexicon"])
        }
    }
}
