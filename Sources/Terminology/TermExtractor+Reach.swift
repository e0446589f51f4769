extension TermExtractor {
    /// Which target occurrences of a unit a source occurrence can pair with: those holding a word
    /// that one of its two edge words aligns with (a score of at least ``TermExtractor/weak``).
    ///
    /// ``TermExtractor/coverage(_:_:_:headsFirst:)`` is 0 for any other target: with no such word, both edge
    /// words are unexplained, and the one exception (one unexplained word on each side) needs one
    /// of them explained when the source has two words or more, and cannot hold for a single word
    /// (a target word explained by it would explain it). Trying only these targets makes the pair
    /// loop of a unit grow with the pairs that can align, not with all pairs of occurrences.
    struct Reach {
        /// The target occurrences (their numbers) holding each target token.
        private var holding: [[Int]]
        /// The target tokens each source token aligns with.
        private var partners: [Int: [Int]] = [:]
        /// The source occurrence a target occurrence was last collected for.
        private var collectedFor: [Int]

        /// `targets`: the content-word indices of each target occurrence; `sourceWords`: the source
        /// tokens that are content words.
        init(_ targets: [[Int]], tokens: Int, matrix: WordMatrix, sourceWords: some Collection<Int>) {
            holding = [[Int]](repeating: [], count: tokens)
            var targetWords: Set<Int> = []
            for (number, content) in targets.enumerated() {
                for index in content {
                    holding[index].append(number)
                    targetWords.insert(index)
                }
            }
            let sortedTargetWords = targetWords.sorted()
            for i in sourceWords {
                partners[i] = sortedTargetWords.filter { !(matrix[i, $0] < TermExtractor.weak) }
            }
            collectedFor = [Int](repeating: -1, count: targets.count)
        }

        /// The numbers of the target occurrences source occurrence `number` (with these edge words)
        /// can pair with, in order.
        mutating func targets(_ number: Int, edges first: Int, _ last: Int) -> [Int] {
            var found: [Int] = []
            for edge in first == last ? [first] : [first, last] {
                for index in partners[edge] ?? [] {
                    for target in holding[index] where collectedFor[target] != number {
                        collectedFor[target] = number
                        found.append(target)
                    }
                }
            }
            return found.sorted()
        }
    }
}
