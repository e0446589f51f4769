import Foundation
import Testing
import TestSupport
@testable import Segmentation

/// One `Segmenter` shared by many tasks at once, as the batch aligner and the server share theirs:
/// the rule cache is filled and read concurrently (run under `--sanitize=thread` and
/// `--sanitize=address` in the sanitizer runs; see README, "Sanitizers and the no-crash sweep").
@Suite struct SegmenterStressTests {
    @Test(.requiresSharedData) func concurrentSegmentingOfRealReleasesMatchesSerial() async throws {
        let folders = SharedData.files(in: "corpus/releases")
        var texts: [(text: String, language: String)] = []
        for folder in folders {
            for language in ["en", "fr"] {
                let url = folder.appendingPathComponent("\(language).txt")
                if let text = try? String(contentsOf: url, encoding: .utf8) { texts.append((text, language)) }
            }
        }
        try #require(texts.count >= 10)
        let expected = texts.map { Segmenter().segment($0.text, language: $0.language) }
        // A fresh segmenter: its cache starts empty, so the first calls of each language race to fill it;
        // the language codes vary in case and region so that several keys are filled at once.
        let shared = Segmenter()
        let variants = ["", "-GB", "_CA", "-fr"]
        let results = await withTaskGroup(of: (Int, [Sentence]).self) { group in
            for round in 0..<4 {
                for (index, item) in texts.enumerated() {
                    let language = (round % 2 == 0 ? item.language : item.language.uppercased()) + variants[round]
                    group.addTask { (index, shared.segment(item.text, language: language)) }
                }
            }
            var results: [(Int, [Sentence])] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.count == texts.count * 4)
        for (index, sentences) in results {
            #expect(sentences == expected[index], "\(texts[index].language) text \(index)")
        }
    }
}
