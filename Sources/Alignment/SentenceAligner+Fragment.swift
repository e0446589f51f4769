extension SentenceAligner {
    /// The confidence of a pair whose one side is a final fragment: the pairing rests on the
    /// fragment's position more than on its words.
    static let fragmentConfidence = 0.5
    /// How much weaker (lexical evidence) the first unpaired sentence may be than a later one and
    /// still be the fragment's counterpart.
    static let fragmentMargin = 0.5

    /// Whether `sentence` stops without sentence-final punctuation (a page cut off mid-sentence).
    static func isFragment(_ sentence: String) -> Bool {
        guard let last = sentence.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        return !".!?…:;\"”’»)]。！？".unicodeScalars.contains(last)
    }

    /// Pairs a version's final fragment (its last sentence, cut off without final punctuation) with
    /// the sentence it begins to translate: the first unpaired sentence of the other side after the
    /// last pair, unless a later unpaired sentence's beginning matches the fragment's words clearly
    /// better (``AlignmentModel/prefixEvidence(fragmentOnSource:other:matcher:)``). A fragment left
    /// out is paired when that evidence is not against it. The other unpaired sentences stay 1-0/0-1.
    /// Returns the steps and the index of the pair step it made or moved, if any.
    static func pairingFragment(_ steps: [BandedSearch.Step], source: [String], target: [String],
                                model: AlignmentModel, matcher: Matcher) -> (steps: [BandedSearch.Step], pair: Int?) {
        for fragmentOnSource in [true, false] {
            let sentences = fragmentOnSource ? source : target
            guard let last = sentences.last, isFragment(last) else { continue }
            func fragmentSide(_ step: BandedSearch.Step) -> Range<Int> { fragmentOnSource ? step.source : step.target }
            func otherSide(_ step: BandedSearch.Step) -> Range<Int> { fragmentOnSource ? step.target : step.source }
            var steps = steps
            guard var k = steps.lastIndex(where: { fragmentSide($0).contains(sentences.count - 1) }),
                  fragmentSide(steps[k]).count == 1, otherSide(steps[k]).count <= 1 else { continue }
            // The unpaired steps around the fragment's step (up to the end: nothing follows the fragment).
            var first = k
            while first > 0, steps[first - 1].source.isEmpty || steps[first - 1].target.isEmpty { first -= 1 }
            // The last pair merged several sentences of the other side: its last one may be the one the
            // fragment begins (a merge made to avoid leaving it out); what it adds to the merge counts
            // against that.
            var splitCost = 0.0
            if first > 0, otherSide(steps[first - 1]).count >= 2 {
                let merged = steps[first - 1], other = otherSide(merged)
                let shorter = other.lowerBound..<(other.upperBound - 1)
                let shortened = fragmentOnSource ? BandedSearch.Step(source: merged.source, target: shorter, posterior: merged.posterior)
                    : BandedSearch.Step(source: shorter, target: merged.target, posterior: merged.posterior)
                splitCost = model.lexicalEvidence(source: merged.source, target: merged.target)
                    - model.lexicalEvidence(source: shortened.source, target: shortened.target)
                let end = fragmentSide(merged).upperBound, last = other.upperBound - 1
                let alone = fragmentOnSource ? BandedSearch.Step(source: end..<end, target: last..<(last + 1), posterior: merged.posterior)
                    : BandedSearch.Step(source: last..<(last + 1), target: end..<end, posterior: merged.posterior)
                steps.replaceSubrange((first - 1)..<first, with: [shortened, alone])
                k += 1
            }
            let candidates = steps[first...].filter { step in step.source.isEmpty || step.target.isEmpty || step.source == steps[k].source && step.target == steps[k].target }
                .flatMap(otherSide)
            guard let firstCandidate = candidates.min() else { continue }
            let current = otherSide(steps[k]).first
            if current == firstCandidate { continue }
            let evidence = { model.prefixEvidence(fragmentOnSource: fragmentOnSource, other: $0, matcher: matcher) }
            if let current {
                guard evidence(firstCandidate) - splitCost >= evidence(current) - fragmentMargin else { continue }
            } else {
                guard evidence(firstCandidate) - splitCost >= 0 else { continue }
            }
            // Rebuild from `first`: the unpaired sentences before the fragment, kept in their order
            // (the fragment side's sentences before it first), the pair, then the other side's rest.
            let fragment = sentences.count - 1
            let otherCount = fragmentOnSource ? target.count : source.count
            let start = (source: steps[first].source.lowerBound, target: steps[first].target.lowerBound)
            let fragmentStart = fragmentOnSource ? start.source : start.target
            let otherStart = fragmentOnSource ? start.target : start.source
            // Sentences of the fragment's former pair: as unsure as the new pair.
            var posterior: [Int: Double] = [:], fragmentPosterior: [Int: Double] = [:]
            for index in otherSide(steps[k]) { posterior[index] = fragmentConfidence }
            for step in steps[first...] where step.source.isEmpty || step.target.isEmpty {
                for index in otherSide(step) { posterior[index] = step.posterior }
                for index in fragmentSide(step) { fragmentPosterior[index] = step.posterior }
            }
            func step(_ f: Range<Int>, _ o: Range<Int>, _ p: Double) -> BandedSearch.Step {
                fragmentOnSource ? BandedSearch.Step(source: f, target: o, posterior: p) : BandedSearch.Step(source: o, target: f, posterior: p)
            }
            var rebuilt: [BandedSearch.Step] = []
            for index in fragmentStart..<fragment {
                rebuilt.append(step(index..<(index + 1), otherStart..<otherStart, fragmentPosterior[index] ?? 1))
            }
            for index in otherStart..<firstCandidate {
                rebuilt.append(step(fragment..<fragment, index..<(index + 1), posterior[index] ?? 1))
            }
            let pairIndex = first + rebuilt.count
            rebuilt.append(step(fragment..<(fragment + 1), firstCandidate..<(firstCandidate + 1), fragmentConfidence))
            for index in (firstCandidate + 1)..<otherCount {
                rebuilt.append(step((fragment + 1)..<(fragment + 1), index..<(index + 1), posterior[index] ?? 1))
            }
            steps.replaceSubrange(first..., with: rebuilt)
            return (steps, pairIndex)
        }
        return (steps, nil)
    }
}
