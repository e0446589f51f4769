import Foundation
import TMX

extension LexiconPool {
    /// Adds the units of a TMX memory that have a variant in both languages of the pool (compared by
    /// primary subtag: `de-CH` counts as `de`); returns how many were added. Units marked
    /// `x-boilerplate` (page furniture) are left out. The memory is streamed.
    /// - Throws: ``TMX/TMXError`` when the memory cannot be read.
    @discardableResult
    public mutating func add(memory url: URL) throws(TMXError) -> Int {
        guard let source = sourceLanguage?.lowercased(), let target = targetLanguage?.lowercased() else { return 0 }
        let reader = try TMXReader(contentsOf: url)
        var added = 0
        while let unit = try reader.next() {
            guard unit.properties(ofType: "x-boilerplate").isEmpty,
                  let s = unit.variants.first(where: { $0.language.primary == source }),
                  let t = unit.variants.first(where: { $0.language.primary == target }) else { continue }
            add(source: s.plainText, target: t.plainText)
            added += 1
        }
        return added
    }
}
