import Foundation
import TMX

/// The units of a TMX file (1.1 to 1.4b, through the streaming ``TMXReader``), as the index reads them:
/// each variant's language and segment text with every inline code (`bpt`, `ept`, `it`, `ph`, `ut`) as one
/// ``Tokenizer/tagCharacter`` (the text of `hi` kept), the unit's `tuid`, its `x-document` property and
/// its latest change or creation date.
public struct TMXUnitSource: MemoryUnitSource {
    private let reader: TMXReader
    private let path: String

    /// The reader the index uses by default.
    public static let reader: MemoryUnitReader = { url in try TMXUnitSource(contentsOf: url) }

    /// Opens a TMX file; throws `path:line:column: message` when it is missing, malformed or not TMX.
    public init(contentsOf url: URL) throws {
        path = url.path
        do {
            reader = try TMXReader(contentsOf: url)
        } catch {
            throw Self.error(error, path: url.path)
        }
    }

    public mutating func next() throws -> MemoryUnit? {
        let unit: TranslationUnit?
        do {
            unit = try reader.next()
        } catch {
            throw Self.error(error, path: path)
        }
        guard let unit else { return nil }
        let variants = unit.variants.map {
            MemoryUnit.Variant(language: $0.language.description, text: Self.text(of: $0.segment.content))
        }
        let document = unit.properties(ofType: "x-document").first
            ?? unit.variants.lazy.compactMap { $0.properties.first { $0.type == "x-document" }?.value }.first
        return MemoryUnit(id: unit.id, variants: variants, document: document,
                          date: unit.attributes.latestDate.map(TMXDate.format))
    }

    /// The text of a segment or `hi`: text kept, each inline code one tag character.
    static func text(of content: [TMXInline]) -> String {
        var result = ""
        for inline in content {
            switch inline {
            case .text(let text): result += text
            case .element(let element) where element.kind == .hi: result += text(of: element.content)
            case .element: result.append(Tokenizer.tagCharacter)
            }
        }
        return result
    }

    private static func error(_ error: TMXError, path: String) -> MemoryIndexError {
        let place = error.line > 0 ? "\(error.line):\(error.column): " : ""
        return .unreadableMemory(path: path, reason: place + error.message)
    }
}
