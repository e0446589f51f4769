import Foundation
import XMLKit

/// The units of a TMX file (1.1 to 1.4b), as the index reads them: each `<tuv>`'s language
/// (`xml:lang` or `lang`) and `<seg>` text with every inline code (`bpt`, `ept`, `it`, `ph`, `ut`) as one
/// ``Tokenizer/tagCharacter``, the unit's `tuid`, its `x-document` property and its change (or creation) date.
public struct TMXUnitSource: MemoryUnitSource {
    private var units: IndexingIterator<[XMLElement]>

    /// The reader the index uses by default.
    public static let reader: MemoryUnitReader = { url in try TMXUnitSource(contentsOf: url) }

    /// Opens a TMX file; throws `path:line:column: message` when it is not well-formed or not TMX.
    public init(contentsOf url: URL) throws {
        let document: XMLDocument
        do {
            document = try XMLDocument(contentsOf: url)
        } catch {
            throw MemoryIndexError.unreadableMemory(path: url.path, reason: "not a readable TMX file: \(error)")
        }
        guard document.root.localName == "tmx", let body = document.root.firstChild(named: "body") else {
            throw MemoryIndexError.unreadableMemory(
                path: url.path, reason: "\(document.root.line): the root element is <\(document.root.name)>, not <tmx> with a <body>")
        }
        units = body.children(named: "tu").makeIterator()
    }

    public mutating func next() throws -> MemoryUnit? {
        guard let tu = units.next() else { return nil }
        let variants = tu.children(named: "tuv").compactMap { tuv -> MemoryUnit.Variant? in
            guard let language = tuv[attribute: "xml:lang"] ?? tuv[attribute: "lang"],
                  let seg = tuv.firstChild(named: "seg") else { return nil }
            return MemoryUnit.Variant(language: language, text: Self.text(of: seg.children))
        }
        let properties = tu.children(named: "prop") + tu.children(named: "tuv").flatMap { $0.children(named: "prop") }
        let document = properties.first { $0[attribute: "type"] == "x-document" }?.text
        return MemoryUnit(id: tu[attribute: "tuid"], variants: variants, document: document,
                          date: tu[attribute: "changedate"] ?? tu[attribute: "creationdate"])
    }

    /// The text of a `<seg>` or `<hi>`: text kept, each inline code one tag character.
    static func text(of nodes: [XMLNode]) -> String {
        var result = ""
        for node in nodes {
            switch node {
            case .text(let text): result += text
            case .element(let element) where element.localName == "hi": result += text(of: element.children)
            case .element: result.append(Tokenizer.tagCharacter)
            default: break
            }
        }
        return result
    }
}
