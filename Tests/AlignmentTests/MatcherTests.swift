@testable import Alignment
import Foundation
import Testing
import TestSupport

/// Word matches between sentences: outright (identical, cognate, lexicon) and graded (IBM Model 1).
struct MatcherTests {
    /// Sentences written for the test: no word is identical, a cognate or in the (empty) lexicon.
    let source = SideFeatures(sentences: ["Die Bergsteiger erreichten den Gipfel .", "Am Abend regnete es ."], language: "de")
    let target = SideFeatures(sentences: ["Les alpinistes atteignirent le sommet .", "Le soir , il pleuvait ."], language: "fr")

    func id(_ side: SideFeatures, _ word: String) -> Int32 { side.ids[word]! }

    @Test func withoutLinksNothingMatches() {
        let matcher = Matcher(source: source, target: target, lexicon: Lexicon())
        #expect(!matcher.isGraded)
        #expect(matcher.matches(source: [source.tokens[0]], target: [target.tokens[0]], source, target).matched == 0)
    }

    @Test func aGradedLinkMatchesWithItsStrength() {
        let graded: [Int32: [(target: Int32, strength: Float)]] = [
            id(source, "gipfel"): [(id(target, "sommet"), 0.75)],
            id(source, "bergsteiger"): [(id(target, "alpinistes"), 0.25), (id(target, "sommet"), 0.5)],
        ]
        let matcher = Matcher(source: source, target: target, lexicon: Lexicon(), graded: graded)
        let first = matcher.matches(source: [source.tokens[0]], target: [target.tokens[0]], source, target)
        // Source: gipfel 0.75, bergsteiger max(0.25, 0.5); target: sommet max(0.75, 0.5), alpinistes 0.25.
        #expect(first.matched == 0.75 + 0.5 + 0.75 + 0.25)
        #expect(first.total == Double(source.weights[0] + target.weights[0]))
        // Nothing links the second sentences, or the first of one side with the second of the other.
        #expect(matcher.matches(source: [source.tokens[0]], target: [target.tokens[1]], source, target).matched == 0)
        #expect(matcher.matches(source: [source.tokens[1]], target: [target.tokens[1]], source, target).matched == 0)
        // The table of sentence pairs counts the same strengths, per side.
        let table = PairTable(band: .full(n: 2, m: 2), maxSide: 1, sourceSide: source, targetSide: target, matcher: matcher)
        #expect(table.matches(0, 0) == (source: 1.25, target: 1.0))
        #expect(table.matches(0, 1) == (source: 0, target: 0))
        #expect(table.matches(1, 1) == (source: 0, target: 0))
    }

    @Test func anOutrightMatchCountsWhole() {
        var lexicon = Lexicon()
        lexicon.insert(source: "gipfel", target: "sommet")
        let graded: [Int32: [(target: Int32, strength: Float)]] = [id(source, "gipfel"): [(id(target, "sommet"), 0.3)]]
        let matcher = Matcher(source: source, target: target, lexicon: lexicon, graded: graded)
        let table = PairTable(band: .full(n: 2, m: 2), maxSide: 1, sourceSide: source, targetSide: target, matcher: matcher)
        #expect(table.matches(0, 0) == (source: 1, target: 1))
        #expect(matcher.matches(source: [source.tokens[0]], target: [target.tokens[0]], source, target).matched == 2)
    }

    /// Text+Berg test1 (German-French): IBM Model 1 trained on its gold pairs, as graded links, matches
    /// more of the words of those pairs than the thresholded lexicon learned from the same model (0.231
    /// against 0.172 of their content weight), and still little of sentences half a document apart (0.009),
    /// as the aligner measures chance.
    @Test(.requiresSharedData)
    func gradedLinksMatchMoreOfRealPairsThanOfUnrelatedOnes() throws {
        func lines(_ name: String) throws -> [String] {
            var lines = try String(contentsOf: SharedData.url("corpus/textberg/\(name)"), encoding: .utf8)
                .components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            return lines
        }
        let german = SideFeatures(sentences: try lines("test1.de"), language: "de")
        let french = SideFeatures(sentences: try lines("test1.fr"), language: "fr")
        let gold = try VecalignFormat.parseEntries(lines("test1.defr").joined(separator: "\n")).map(\.entry)
            .filter { !$0.source.isEmpty && !$0.target.isEmpty }
        let steps = gold.map { BandedSearch.Step(source: $0.source.min()!..<($0.source.max()! + 1),
                                                 target: $0.target.min()!..<($0.target.max()! + 1), posterior: 1) }
        let model = TranslationModel(pairsOf: steps, german, french)
        let thresholded = Matcher(source: german, target: french, lexicon: Lexicon(), learned: model.lexicon(threshold: 0.5))
        let graded = Matcher(source: german, target: french, lexicon: Lexicon(), learned: model.lexicon(threshold: 0.5),
                             graded: model.links(floor: 0.05, perWord: 5))
        func share(_ matcher: Matcher, shift: Int) -> Double {
            var matched = 0.0, total = 0.0
            for step in steps where step.source.count == 1 && step.target.count == 1 {
                let t = (step.target.lowerBound + shift) % french.count
                let result = matcher.matches(source: [german.tokens[step.source.lowerBound]], target: [french.tokens[t]], german, french)
                matched += result.matched
                total += result.total
            }
            return matched / total
        }
        let pairs = (thresholded: share(thresholded, shift: 0), graded: share(graded, shift: 0))
        let unrelated = (thresholded: share(thresholded, shift: french.count / 2), graded: share(graded, shift: french.count / 2))
        #expect(pairs.graded > pairs.thresholded + 0.04, "\(pairs)")
        #expect(unrelated.graded < pairs.graded / 3, "\(unrelated) against \(pairs)")
    }
}
