import Foundation
import XMLKit

/// An attribute kept as written, for attributes TMX does not define (or values Bitext cannot
/// interpret, such as an unreadable date), so that a round trip loses nothing.
public typealias TMXAttribute = XMLAttribute

/// The optional attributes TMX 1.4b shares between `header`, `tu` and `tuv`.
///
/// Dates are UTC; unknown attributes and unreadable values are kept in ``other``.
public struct TMXAttributes: Sendable, Hashable {
    /// `creationtool`.
    public var creationTool: String?
    /// `creationtoolversion`.
    public var creationToolVersion: String?
    /// `creationdate`.
    public var creationDate: Date?
    /// `creationid`: the user who created the element.
    public var creationID: String?
    /// `changedate`.
    public var changeDate: Date?
    /// `changeid`: the user who last changed the element.
    public var changeID: String?
    /// `o-encoding`: the original code set (never the file's encoding).
    public var originalEncoding: String?
    /// `datatype` (`plaintext`, `html`, `xml`…).
    public var dataType: String?
    /// `o-tmf`: the original translation-memory format.
    public var originalFormat: String?
    /// `segtype` (`block`, `paragraph`, `sentence`, `phrase`).
    public var segmentType: String?
    /// `usagecount`.
    public var usageCount: Int?
    /// `lastusagedate`.
    public var lastUsageDate: Date?
    /// Other attributes, in document order, written back as they were.
    public var other: [TMXAttribute]

    /// Creates a set of attributes.
    public init(
        creationTool: String? = nil, creationToolVersion: String? = nil, creationDate: Date? = nil,
        creationID: String? = nil, changeDate: Date? = nil, changeID: String? = nil,
        originalEncoding: String? = nil, dataType: String? = nil, originalFormat: String? = nil,
        segmentType: String? = nil, usageCount: Int? = nil, lastUsageDate: Date? = nil,
        other: [TMXAttribute] = []
    ) {
        self.creationTool = creationTool
        self.creationToolVersion = creationToolVersion
        self.creationDate = creationDate
        self.creationID = creationID
        self.changeDate = changeDate
        self.changeID = changeID
        self.originalEncoding = originalEncoding
        self.dataType = dataType
        self.originalFormat = originalFormat
        self.segmentType = segmentType
        self.usageCount = usageCount
        self.lastUsageDate = lastUsageDate
        self.other = other
    }

    /// The value of a kept attribute by its qualified name.
    public subscript(other name: String) -> String? {
        other.first { $0.name == name }?.value
    }

    /// The newest of the change and creation dates, the date a unit counts as "as of".
    public var latestDate: Date? {
        switch (changeDate, creationDate) {
        case let (change?, creation?): max(change, creation)
        case let (change, creation): change ?? creation
        }
    }
}

extension TMXAttributes {
    /// Takes one attribute as read; returns `false` when it is not one of the shared ones.
    /// A date or count that cannot be read is kept verbatim in ``other``.
    mutating func take(_ name: String, _ value: String) -> Bool {
        switch name {
        case "creationtool": creationTool = value
        case "creationtoolversion": creationToolVersion = value
        case "creationid": creationID = value
        case "changeid": changeID = value
        case "o-encoding": originalEncoding = value
        case "datatype": dataType = value
        case "o-tmf": originalFormat = value
        case "segtype": segmentType = value
        case "creationdate", "changedate", "lastusagedate":
            guard let date = TMXDate.parse(value) else {
                other.append(TMXAttribute(name: name, value: value))
                return true
            }
            switch name {
            case "creationdate": creationDate = date
            case "changedate": changeDate = date
            default: lastUsageDate = date
            }
        case "usagecount":
            if let count = Int(value.trimmingCharacters(in: .whitespaces)) { usageCount = count } else {
                other.append(TMXAttribute(name: name, value: value))
            }
        default: return false
        }
        return true
    }

    /// The attributes in the order the writer emits them (TMX names, formatted values).
    var written: [(String, String)] {
        var result: [(String, String)] = []
        func add(_ name: String, _ value: String?) { if let value { result.append((name, value)) } }
        add("o-encoding", originalEncoding)
        add("datatype", dataType)
        add("usagecount", usageCount.map(String.init))
        add("lastusagedate", lastUsageDate.map(TMXDate.format))
        add("creationtool", creationTool)
        add("creationtoolversion", creationToolVersion)
        add("creationdate", creationDate.map(TMXDate.format))
        add("creationid", creationID)
        add("changedate", changeDate.map(TMXDate.format))
        add("segtype", segmentType)
        add("changeid", changeID)
        add("o-tmf", originalFormat)
        return result
    }
}
