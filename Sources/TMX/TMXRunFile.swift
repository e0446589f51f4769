import Foundation

/// A sorted run of an external merge (``TMXMerger/merge(_:into:bufferedUnits:)``): a TMX file
/// whose units carry their sort keys in two attributes, read back as a stream.
final class TMXRunFile {
    /// How many runs are merged at once (more are merged in rounds), which bounds the readers open.
    static let fanIn = 32
    /// The attributes that carry an entry's keys in a run file.
    static let identityAttribute = "x-bitext-identity", ordinalAttribute = "x-bitext-ordinal"

    /// A unit with its sort keys.
    struct Entry {
        /// The hash of the unit's identity (``TMXUnitKey``), within this process.
        var identity: Int
        /// The position of the unit among all the units read (first appearance).
        var ordinal: Int
        var unit: TranslationUnit
    }

    /// The orders runs are sorted in.
    enum Order {
        case identity, appearance

        func precedes(_ a: Entry, _ b: Entry) -> Bool {
            switch self {
            case .identity: (a.identity, a.ordinal) < (b.identity, b.ordinal)
            case .appearance: a.ordinal < b.ordinal
            }
        }
    }

    private let reader: TMXReader
    private(set) var head: Entry?

    init(_ url: URL) throws(TMXError) {
        reader = try TMXReader(contentsOf: url)
        try advance()
    }

    /// Moves to the next entry (`head` is `nil` at the end).
    func advance() throws(TMXError) {
        guard var unit = try reader.next() else {
            head = nil
            return
        }
        var identity = 0, ordinal = 0
        unit.attributes.other.removeAll { attribute in
            switch attribute.name {
            case Self.identityAttribute: identity = Int(attribute.value) ?? 0
            case Self.ordinalAttribute: ordinal = Int(attribute.value) ?? 0
            default: return false
            }
            return true
        }
        head = Entry(identity: identity, ordinal: ordinal, unit: unit)
    }

    /// Writes the entries `next` gives, until `nil`, as a run to `url`.
    static func write(to url: URL, _ next: () throws(TMXError) -> Entry?) throws(TMXError) {
        let writer = try TMXWriter(url: url, header: .bitext(sourceLanguage: nil))
        do {
            while let entry = try next() {
                var unit = entry.unit
                unit.attributes.other.append(TMXAttribute(name: identityAttribute, value: String(entry.identity)))
                unit.attributes.other.append(TMXAttribute(name: ordinalAttribute, value: String(entry.ordinal)))
                try writer.write(unit)
            }
            try writer.finish()
        } catch {
            writer.discard()
            throw error
        }
    }
}
