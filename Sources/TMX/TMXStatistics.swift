import Foundation

/// What a memory holds: units, variants per language, creation tools, date range, properties.
/// Gathered node by node, so memory use does not depend on the size of the memory.
public struct TMXStatistics: Sendable, Codable {
    /// The file, as given (a relative path stays relative).
    public var path: String
    /// `version` of `<tmx>`, `nil` when missing.
    public var version: String?
    /// The header's `srclang`.
    public var sourceLanguage: String?
    /// Translation units.
    public var units = 0
    /// Variants (`tuv`), all languages together.
    public var variants = 0
    /// Variants per language (keyed by the first spelling met), sorted by code in JSON.
    public var variantsPerLanguage: [String: Int] = [:]
    /// Creation tools (`creationtool` and version) of the header, units and variants, with counts.
    public var creationTools: [String: Int] = [:]
    /// The earliest creation or change date of any unit or variant.
    public var earliestDate: Date?
    /// The latest creation or change date of any unit or variant.
    public var latestDate: Date?
    /// Property types in use (header, units, variants), with counts.
    public var propertyTypes: [String: Int] = [:]
    /// Units carrying inline markup in at least one variant.
    public var unitsWithMarkup = 0
    /// Whether the file needed `XML_PARSE_HUGE` (a segment over 10 MB).
    public var neededHugeOption = false

    /// Counts per language in order of appearance (few languages: a linear search is fastest).
    var languageCounts: [(language: LanguageTag, count: Int)] = []

    private enum CodingKeys: String, CodingKey {
        case path, version, sourceLanguage, units, variants, variantsPerLanguage, creationTools, earliestDate,
            latestDate, propertyTypes, unitsWithMarkup, neededHugeOption
    }

    /// Reads the whole file and gathers its statistics. Scans libxml2's nodes directly, without
    /// building units: the figures are those of reading every unit with ``TMXReader``.
    /// - Throws: ``TMXError`` when the file is missing, malformed or not a TMX file.
    public init(contentsOf url: URL) throws(TMXError) {
        let scanner = try TMXStatisticsScanner(url: url, huge: false)
        do {
            self = try scanner.run()
        } catch {
            guard scanner.failedOnSizeLimit else { throw error }
            let again = try TMXStatisticsScanner(url: url, huge: true)
            self = try again.run()
            neededHugeOption = true
        }
    }

    /// Empty statistics of the file at `path`.
    init(path: String) {
        self.path = path
    }

    /// The statistics of units read with ``TMXReader`` (the reference for the scan).
    init(reading url: URL) throws(TMXError) {
        let reader = try TMXReader(contentsOf: url)
        path = url.relativePath
        version = reader.version
        sourceLanguage = reader.header.sourceLanguage?.description
        addTool(reader.header.attributes)
        for property in reader.header.properties { propertyTypes[property.type, default: 0] += 1 }
        while let unit = try reader.next() { add(unit) }
        for (language, count) in languageCounts { variantsPerLanguage[language.description] = count }
        neededHugeOption = reader.neededHugeOption
    }

    /// The languages, sorted by code.
    public var languages: [String] { variantsPerLanguage.keys.sorted { $0.lowercased() < $1.lowercased() } }

    private mutating func add(_ unit: TranslationUnit) {
        units += 1
        addTool(unit.attributes)
        addDates(unit.attributes)
        for property in unit.properties { propertyTypes[property.type, default: 0] += 1 }
        var markup = false
        // Fields are read through the index: binding each variant would copy it whole.
        for index in unit.variants.indices {
            variants += 1
            let language = unit.variants[index].language
            if let position = languageCounts.firstIndex(where: { $0.language == language }) {
                languageCounts[position].count += 1
            } else {
                languageCounts.append((language, 1))
            }
            addTool(unit.variants[index].attributes)
            addDates(unit.variants[index].attributes)
            for property in unit.variants[index].properties { propertyTypes[property.type, default: 0] += 1 }
            if !markup, unit.variants[index].segment.hasMarkup { markup = true }
        }
        if markup { unitsWithMarkup += 1 }
    }

    private mutating func addTool(_ attributes: TMXAttributes) {
        guard let tool = attributes.creationTool else { return }
        let name = attributes.creationToolVersion.map { tool + " " + $0 } ?? tool
        creationTools[name, default: 0] += 1
    }

    private mutating func addDates(_ attributes: TMXAttributes) {
        if let date = attributes.creationDate { addDate(date) }
        if let date = attributes.changeDate { addDate(date) }
    }

    mutating func addDate(_ date: Date) {
        if earliestDate.map({ date < $0 }) ?? true { earliestDate = date }
        if latestDate.map({ date > $0 }) ?? true { latestDate = date }
    }
}
