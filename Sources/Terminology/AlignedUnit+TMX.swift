import Foundation
import TMX

extension AlignedUnit {
    /// What reading a memory for term extraction found.
    public struct MemoryContents: Sendable {
        /// The units that have both languages, in file order.
        public var units: [AlignedUnit]
        /// How many units lacked one of the two languages.
        public var skipped: Int
        /// How many units were left out as page boilerplate (`x-boilerplate` = `yes`, written by `bitext
        /// align`: menus, date lines, archive notices are no source of terms).
        public var boilerplate = 0
        /// Every language the memory holds.
        public var languages: Set<LanguageTag>
    }

    /// Reads the `source`→`target` pairs of a TMX memory (streaming, any size). A unit's id is its
    /// `tuid`, else `file#n`; its texts are the variants' plain text (inline markup dropped). Units
    /// marked as page boilerplate are left out.
    public static func read(memory url: URL, from source: String, to target: String) throws(TMXError) -> MemoryContents {
        let reader = try TMXReader(contentsOf: url)
        let sourceTag = LanguageTag(source), targetTag = LanguageTag(target)
        var contents = MemoryContents(units: [], skipped: 0, languages: [])
        var number = 0
        while let unit = try reader.next() {
            number += 1
            contents.languages.formUnion(unit.variants.map(\.language))
            if unit.properties(ofType: "x-boilerplate").contains("yes") {
                contents.boilerplate += 1
                continue
            }
            guard let from = unit.variants.first(where: { sourceTag.matches($0.language) }),
                let to = unit.variants.first(where: { targetTag.matches($0.language) })
            else {
                contents.skipped += 1
                continue
            }
            let sourceText = from.plainText.trimmingCharacters(in: .whitespacesAndNewlines)
            let targetText = to.plainText.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !sourceText.isEmpty, !targetText.isEmpty else {
                contents.skipped += 1
                continue
            }
            contents.units.append(AlignedUnit(
                id: unit.id ?? "\(url.lastPathComponent)#\(number)", source: sourceText, target: targetText))
        }
        return contents
    }
}
