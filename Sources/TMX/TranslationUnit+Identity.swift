import Foundation

/// The identity of a unit for merging and de-duplication: the same texts (markup included) in
/// the same languages, whatever the order of the variants, the ids, dates, props or notes.
public struct TMXUnitKey: Sendable, Hashable {
    /// (normalised language, segment) pairs, sorted.
    let variants: [Pair]

    struct Pair: Sendable, Hashable, Comparable {
        let language: String
        let segment: TMXSegment
        let plainText: String

        static func < (lhs: Pair, rhs: Pair) -> Bool {
            (lhs.language, lhs.plainText) < (rhs.language, rhs.plainText)
        }
    }
}

extension TranslationUnit {
    /// The identity of this unit (see ``TMXUnitKey``).
    public var key: TMXUnitKey {
        TMXUnitKey(variants: variants.map {
            TMXUnitKey.Pair(language: $0.language.normalized, segment: $0.segment, plainText: $0.segment.plainText)
        }.sorted())
    }

    /// This unit merged with an identical one (same ``key``): the attributes of the one changed
    /// last, the earliest creation date, the highest usage count and latest usage date, and the
    /// union of props and notes (unit and variants).
    public func merged(with other: TranslationUnit) -> TranslationUnit {
        let otherIsNewer = (other.attributes.latestDate ?? .distantPast) > (attributes.latestDate ?? .distantPast)
        var result = otherIsNewer ? other : self
        let older = otherIsNewer ? self : other
        result.id = result.id ?? older.id
        result.sourceLanguage = result.sourceLanguage ?? older.sourceLanguage
        result.attributes.mergeUsage(from: older.attributes)
        result.properties.appendMissing(older.properties)
        result.notes.appendMissing(older.notes)
        var usedOlder = Set<Int>()
        for index in result.variants.indices {
            let variant = result.variants[index]
            guard let match = older.variants.indices.first(where: {
                !usedOlder.contains($0) && older.variants[$0].language == variant.language
                    && older.variants[$0].segment == variant.segment
            }) else { continue }
            usedOlder.insert(match)
            let olderVariant = older.variants[match]
            result.variants[index].properties.appendMissing(olderVariant.properties)
            result.variants[index].notes.appendMissing(olderVariant.notes)
            result.variants[index].attributes.mergeUsage(from: olderVariant.attributes)
        }
        return result
    }
}

extension TMXAttributes {
    /// Keeps the earliest creation and the highest usage from `older` (the newer unit's other
    /// attributes win).
    mutating func mergeUsage(from older: TMXAttributes) {
        if let creation = older.creationDate, creation < (creationDate ?? .distantFuture) {
            creationDate = creation
            creationID = older.creationID ?? creationID
        }
        if let count = older.usageCount { usageCount = max(usageCount ?? 0, count) }
        if let last = older.lastUsageDate, last > (lastUsageDate ?? .distantPast) { lastUsageDate = last }
        changeDate = changeDate ?? older.changeDate
        changeID = changeID ?? older.changeID
        for attribute in older.other where !other.contains(where: { $0.name == attribute.name }) {
            other.append(attribute)
        }
    }
}

extension Array where Element: Hashable {
    /// Appends the elements of `others` not already present, in order.
    mutating func appendMissing(_ others: [Element]) {
        guard !others.isEmpty else { return }
        var seen = Set(self)
        for element in others where seen.insert(element).inserted { append(element) }
    }
}
