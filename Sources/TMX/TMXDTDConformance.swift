/// Makes units and headers fit the TMX 1.4b DTD where Bitext otherwise keeps what the source
/// file had (``TMXWriter`` writes every attribute it read, so that a round trip loses nothing).
///
/// Attributes the DTD does not declare on `header`, `tu` and `tuv` move into a property
/// `<prop type="x-attr-NAME">VALUE</prop>` of the same element, so that nothing is lost; those on
/// inline codes, notes, props and user-defined encodings have no such place and are dropped.
/// Both are counted, for the caller to report.
public struct TMXDTDConformance: Sendable {
    /// The property type prefix for moved attributes (`x-attr-id` for `id=`).
    public static let propertyPrefix = "x-attr-"

    /// Attributes moved into properties so far.
    public private(set) var moved = 0
    /// Attributes dropped so far (where no property can hold them).
    public private(set) var dropped = 0

    /// Creates a conformance pass with nothing counted yet.
    public init() {}

    /// `unit` with only declared attributes.
    public mutating func conforming(_ unit: TranslationUnit) -> TranslationUnit {
        var unit = unit
        var properties = unit.properties
        move(&unit.attributes, of: "tu", into: &properties)
        unit.properties = properties
        unit.notes = unit.notes.map { conforming($0) }
        unit.properties = unit.properties.map { conforming($0) }
        for index in unit.variants.indices {
            var variant = unit.variants[index]
            move(&variant.attributes, of: "tuv", into: &variant.properties)
            variant.notes = variant.notes.map { conforming($0) }
            variant.properties = variant.properties.map { conforming($0) }
            variant.segment.content = conforming(variant.segment.content)
            unit.variants[index] = variant
        }
        return unit
    }

    /// `header` with only declared attributes (the usage attributes, which the DTD declares on
    /// units and variants only, move into properties too).
    public mutating func conforming(_ header: TMXHeader) -> TMXHeader {
        var header = header
        var attributes = header.attributes
        if let count = attributes.usageCount {
            attributes.other.append(TMXAttribute(name: "usagecount", value: String(count)))
            attributes.usageCount = nil
        }
        if let date = attributes.lastUsageDate {
            attributes.other.append(TMXAttribute(name: "lastusagedate", value: TMXDate.format(date)))
            attributes.lastUsageDate = nil
        }
        var properties = header.properties
        move(&attributes, of: "header", into: &properties)
        header.properties = properties
        header.attributes = attributes
        header.notes = header.notes.map { conforming($0) }
        header.properties = header.properties.map { conforming($0) }
        for index in header.userDefinedEncodings.indices {
            header.userDefinedEncodings[index].otherAttributes = kept(header.userDefinedEncodings[index].otherAttributes, of: "ude")
            for map in header.userDefinedEncodings[index].maps.indices {
                header.userDefinedEncodings[index].maps[map].otherAttributes =
                    kept(header.userDefinedEncodings[index].maps[map].otherAttributes, of: "map")
            }
        }
        return header
    }

    private mutating func move(_ attributes: inout TMXAttributes, of element: String, into properties: inout [TMXProperty]) {
        var kept: [TMXAttribute] = []
        for attribute in attributes.other {
            if TMXDTD.declares(attribute.name, on: element) {
                kept.append(attribute)
            } else {
                properties.append(TMXProperty(type: Self.propertyPrefix + attribute.name, value: attribute.value))
                moved += 1
            }
        }
        attributes.other = kept
    }

    private mutating func kept(_ attributes: [TMXAttribute], of element: String) -> [TMXAttribute] {
        let kept = attributes.filter { TMXDTD.declares($0.name, on: element) }
        dropped += attributes.count - kept.count
        return kept
    }

    private mutating func conforming(_ note: TMXNote) -> TMXNote {
        var note = note
        note.otherAttributes = kept(note.otherAttributes, of: "note")
        return note
    }

    private mutating func conforming(_ property: TMXProperty) -> TMXProperty {
        var property = property
        property.otherAttributes = kept(property.otherAttributes, of: "prop")
        return property
    }

    private mutating func conforming(_ content: [TMXInline]) -> [TMXInline] {
        content.map { piece in
            guard case .element(var element) = piece, element.kind != nil else { return piece }
            element.attributes = kept(element.attributes, of: element.name)
            element.content = conforming(element.content)
            return .element(element)
        }
    }
}
