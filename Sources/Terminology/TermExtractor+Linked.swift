extension TermExtractor {
    /// What one link of a unit adds to its pair's ``Tally``, computed once per distinct pair of texts
    /// and added for every unit that has these texts.
    struct Linked {
        /// The pair's key: the source key, a tab, the target key.
        var key: String
        var isNested: Bool
        var alignment: Double
        var sourceBaseForm: String
        var sourceWrittenForm: String
        var targetBaseForm: String
        var sourceWords: Int
        var targetWords: Int
        var namedSource: Bool
        var namedTarget: Bool
        var acronyms: Bool
        var traits: Traits
    }
}

extension TermExtractor.Tally {
    /// Counts `link`, seen in `unit`.
    mutating func add(_ link: TermExtractor.Linked, from unit: AlignedUnit) {
        links += 1
        if link.isNested { nestedLinks += 1 }
        alignment += link.alignment
        sourceForms[link.sourceBaseForm, default: 0] += 1
        writtenSourceForms[link.sourceWrittenForm, default: 0] += 1
        targetForms[link.targetBaseForm, default: 0] += 1
        sourceWords = link.sourceWords
        targetWords = link.targetWords
        namedSource = namedSource || link.namedSource
        namedTarget = namedTarget || link.namedTarget
        acronyms = link.acronyms
        traits.coordinated = traits.coordinated || link.traits.coordinated
        traits.wholeUnit = traits.wholeUnit || link.traits.wholeUnit
        traits.endsOnParticiple = traits.endsOnParticiple || link.traits.endsOnParticiple
        traits.endsOnName = traits.endsOnName || link.traits.endsOnName
        traits.startsOnAdjective = traits.startsOnAdjective || link.traits.startsOnAdjective
        traits.verbPhrase = traits.verbPhrase || link.traits.verbPhrase
        traits.ownedByName = traits.ownedByName || link.traits.ownedByName
        if examples.count < 3, !examples.contains(where: { $0.id == unit.id }) { examples.append(unit) }
    }
}
