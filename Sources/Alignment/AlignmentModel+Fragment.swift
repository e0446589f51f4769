extension AlignmentModel {
    /// The lexical evidence that the last sentence of one side, a fragment (a page cut off in the
    /// middle of a sentence), translates the beginning of sentence `other` of the other side: the
    /// fragment's words against `other`'s, and `other`'s words only over its prefix of the fragment's
    /// length (in the other language), so a sentence is not penalised for going on where the page stops.
    func prefixEvidence(fragmentOnSource: Bool, other: Int, matcher: Matcher) -> Double {
        let fragment = fragmentOnSource ? source.count - 1 : target.count - 1
        let fragmentSide = fragmentOnSource ? source : target, otherSide = fragmentOnSource ? target : source
        let scale = fragmentOnSource ? ratio : 1 / ratio
        let share = min(1, scale * fragmentSide.lengths[fragment] / max(1, otherSide.lengths[other]))
        let otherTokens = otherSide.tokens[other]
        let prefix = otherTokens.prefix(Int((share * Double(otherTokens.count)).rounded(.up)))
        // Keys of each side's tokens in the matcher's key space.
        func keys(_ token: Int32, onSource: Bool) -> [Int32] {
            onSource ? matcher.sourceCandidates[Int(token)] : matcher.targetKeys[Int(token)]
        }
        let fragmentKeys = Set(fragmentSide.tokens[fragment].flatMap { keys($0, onSource: fragmentOnSource) })
        let prefixKeys = Set(prefix.flatMap { keys($0, onSource: !fragmentOnSource) })
        var matchedFragment: Float = 0, matchedPrefix: Float = 0, prefixWeight = 0.0
        for token in fragmentSide.tokens[fragment]
        where keys(token, onSource: fragmentOnSource).contains(where: prefixKeys.contains) {
            matchedFragment += fragmentSide.tokenWeight[Int(token)]
        }
        for token in prefix {
            prefixWeight += Double(otherSide.tokenWeight[Int(token)])
            if keys(token, onSource: !fragmentOnSource).contains(where: fragmentKeys.contains) {
                matchedPrefix += otherSide.tokenWeight[Int(token)]
            }
        }
        let fragmentGains = fragmentOnSource ? sourceGains[0] : targetGains[0]
        let otherGains = fragmentOnSource ? targetGains[0] : sourceGains[0]
        return Self.sentenceEvidence(weight: fragmentSide.weights[fragment], matched: matchedFragment, gains: fragmentGains)
            + Self.sentenceEvidence(weight: prefixWeight, matched: matchedPrefix, gains: otherGains)
    }
}
