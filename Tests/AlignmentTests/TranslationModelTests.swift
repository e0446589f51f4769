@testable import Alignment
import Testing

/// IBM Model 1 on beads written for the purpose: a word that always comes with its translation is
/// learned, even when a frequent word co-occurs with both everywhere.
struct TranslationModelTests {
    /// Source words 0 "haus", 1 "alt", 2 "gross", 3 "rot"; target words 0 "maison", 1 "vieille",
    /// 2 "grande", 3 "rouge". Word 1 ("alt") appears with word 0 in most beads, so co-occurrence alone
    /// would pair "alt" with "maison" too.
    let beads: [(source: [Int32], target: [Int32])] = [
        ([0, 1], [0, 1]), ([0, 2], [0, 2]), ([0, 3], [0, 3]), ([1, 2], [1, 2]),
        ([1, 3], [1, 3]), ([0, 1, 2], [0, 1, 2]), ([0, 1], [1, 0]), ([2, 3], [3, 2]),
    ]

    @Test func learnsTranslationsBothWays() {
        let model = TranslationModel(beads: beads, sourceVocabulary: 4, targetVocabulary: 4)
        let lexicon = model.lexicon(threshold: 0.5)
        #expect(lexicon[0] == [0])
        #expect(lexicon[1] == [1])
        #expect(lexicon[2] == [2])
        #expect(lexicon[3] == [3])
    }

    @Test func aPairSeenOnceIsNotLearned() {
        let model = TranslationModel(beads: [([0], [0]), ([1, 2], [1, 2])], sourceVocabulary: 3, targetVocabulary: 3)
        #expect(model.lexicon(threshold: 0.1).isEmpty)
        #expect(model.lexicon(threshold: 0.1, minimumCooccurrences: 1)[0] == [0])
    }

    @Test func emptyBeadsLearnNothing() {
        let model = TranslationModel(beads: [([], [0]), ([0], [])], sourceVocabulary: 1, targetVocabulary: 1)
        #expect(model.lexicon(threshold: 0, minimumCooccurrences: 1).isEmpty)
    }
}

/// Graded links: IBM Model 1's probabilities kept as strengths instead of a thresholded word list.
struct TranslationModelLinksTests {
    let beads = TranslationModelTests().beads

    @Test func eachWordLinksToItsTranslationMostStrongly() {
        let links = TranslationModel(beads: beads, sourceVocabulary: 4, targetVocabulary: 4)
            .links(floor: 0.05, perWord: 5)
        for word in Int32(0)..<4 {
            let strongest = links[word]?.first
            #expect(strongest?.target == word, "source word \(word): \(links[word] ?? [])")
            #expect((0.5...1).contains(strongest?.strength ?? 0))
            // Strongest first.
            let strengths = links[word]?.map(\.strength) ?? []
            #expect(strengths == strengths.sorted(by: >))
        }
    }

    @Test func floorPerWordAndScaleLimitTheLinks() {
        let model = TranslationModel(beads: beads, sourceVocabulary: 4, targetVocabulary: 4)
        let all = model.links(floor: 0.01, perWord: 5)
        let one = model.links(floor: 0.01, perWord: 1)
        #expect(all.values.reduce(0) { $0 + $1.count } > one.values.reduce(0) { $0 + $1.count })
        // Each word's strongest link survives (of its source word or its target word).
        #expect((Int32(0)..<4).allSatisfy { word in one[word]?.contains { $0.target == word } == true })
        let strong = model.links(floor: 0.5, perWord: 5)
        #expect(strong.values.allSatisfy { $0.allSatisfy { $0.strength >= 0.5 } })
        let doubled = model.links(floor: 0.01, perWord: 5, scale: 2)
        #expect(doubled.values.allSatisfy { $0.allSatisfy { $0.strength <= 1 } })
        #expect(doubled[0]?.first?.strength == min(1, 2 * (all[0]?.first?.strength ?? 0)))
    }

    @Test func aPairSeenOnceHasNoLinkUnlessAsked() {
        let model = TranslationModel(beads: [([0], [0]), ([1, 2], [1, 2])], sourceVocabulary: 3, targetVocabulary: 3)
        #expect(model.links(floor: 0.05, perWord: 5).isEmpty)
        #expect(model.links(floor: 0.05, perWord: 5, minimumCooccurrences: 1)[0]?.first?.target == 0)
    }
}
