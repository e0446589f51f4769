extension Concordance.Group {
    /// The groups in the order a concordance shows them: those holding an exact hit first, then by count,
    /// then in the order given.
    static func ranked(_ groups: [Concordance.Group]) -> [Concordance.Group] {
        groups.enumerated()
            .sorted { ($0.1.hasExactHit ? 1 : 0, $0.1.count, -$0.0) > ($1.1.hasExactHit ? 1 : 0, $1.1.count, -$1.0) }
            .map(\.1)
    }

    /// The groups with every group whose rendering is another inflection of an earlier group's rendering
    /// (`Red Notices` after `Red Notice`, as `near`'s finder for the translation language sees it, with
    /// as many words) folded into that earlier group: one translation, whatever its number. The earlier
    /// group keeps its rendering and evidence; its hits stay exact first. Groups without a span (the
    /// whole translation shown) are never folded. With `NearMatching.none`, the groups unchanged.
    static func mergingInflections(_ groups: [Concordance.Group], near: NearMatching) -> [Concordance.Group] {
        guard let finderFor = near.finder, groups.count > 1 else { return groups }
        var merged: [Concordance.Group] = []
        var finders: [Int: NearMatching.Finder?] = [:]
        for group in groups {
            let words = FoldedTokenizer.keys(of: group.rendering).count
            let head = group.spanEvidence == nil ? nil : merged.indices.first { index in
                let candidate = merged[index]
                guard candidate.language == group.language, candidate.spanEvidence != nil,
                      FoldedTokenizer.keys(of: candidate.rendering).count == words else { return false }
                if finders[index] == nil { finders[index] = .some(finderFor(candidate.rendering, candidate.language)) }
                guard let finder = finders[index]! else { return false }
                let rendering = group.rendering
                return finder(rendering).contains { $0.lowerBound == rendering.startIndex && $0.upperBound == rendering.endIndex }
            }
            guard let head else {
                merged.append(group)
                continue
            }
            merged[head].count += group.count
            merged[head].hits = (merged[head].hits + group.hits).enumerated()
                .sorted { ($0.1.isNear ? 1 : 0, $0.0) < ($1.1.isNear ? 1 : 0, $1.0) }
                .map(\.1)
        }
        return merged
    }

    /// Whether one of the group's hits holds the phrase exactly.
    var hasExactHit: Bool { hits.contains { !$0.isNear } }
}
