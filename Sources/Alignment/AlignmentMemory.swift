import Foundation
import TMX

/// Turns aligned releases into translation units and appends them to a memory: one unit per
/// ``MultilingualAlignment/Unit``, with a variant per version that has sentences (pivot first) and
/// the props `x-document`, `x-score` (the unit's confidence, 3 decimals) and `x-bead` (its kind,
/// e.g. `1-2`), plus whatever props the release adds.
///
/// The one path from beads to TMX: `bitext align -o memory.tmx` and the web page's alignment both
/// build their units here.
///
/// ```swift
/// let memory = AlignmentMemory(minConfidence: 0.5, keepUnaligned: false)
/// let release = AlignmentMemory.Release(document: "a.en.txt | a.fr.txt",
///                                       sentences: [english, french], alignment: alignment)
/// let added = try memory.append([release], to: URL(fileURLWithPath: "tmx/archive.tmx"))
/// ```
public struct AlignmentMemory: Sendable {
    /// One aligned release: its sentences and their alignment.
    public struct Release: Sendable {
        /// The value of `x-document` (e.g. the files of the versions, joined by ` | `).
        public var document: String
        /// The sentences of each version, pivot first (indexed by the alignment's ranges).
        public var sentences: [[String]]
        /// The alignment of the versions; its `languages` give the variants' languages.
        public var alignment: MultilingualAlignment
        /// Extra props for the unit made of an alignment unit (after `x-document`, `x-score` and
        /// `x-bead`), e.g. to mark boilerplate; none when nil.
        public var extraProperties: (@Sendable (MultilingualAlignment.Unit) -> [TMXProperty])?

        /// Creates a release.
        public init(document: String, sentences: [[String]], alignment: MultilingualAlignment,
                    extraProperties: (@Sendable (MultilingualAlignment.Unit) -> [TMXProperty])? = nil) {
            self.document = document
            self.sentences = sentences
            self.alignment = alignment
            self.extraProperties = extraProperties
        }
    }

    /// Why units could not be made or the memory not written.
    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        /// What went wrong.
        public enum Kind: Sendable, Equatable {
            /// A version's language is unknown (`alignment.languages` holds nil).
            case unknownLanguage
            /// The existing memory cannot be read.
            case unreadableMemory
            /// The memory cannot be written.
            case unwritableMemory
        }

        /// What went wrong.
        public var kind: Kind
        /// The message, starting with the document or the memory's path.
        public var description: String
    }

    /// Aligned units below this confidence are left out.
    public var minConfidence: Double
    /// Whether sentences without counterpart (1-0, 0-1) become one-variant units.
    public var keepUnaligned: Bool
    /// The creation date of the new units.
    public var date: Date

    /// Creates a converter.
    public init(minConfidence: Double = 0, keepUnaligned: Bool = false, date: Date = Date()) {
        self.minConfidence = minConfidence
        self.keepUnaligned = keepUnaligned
        self.date = date
    }

    /// The translation units of one release, in the alignment's order.
    /// - Throws: ``Error`` (`unknownLanguage`) when a version's language is unknown.
    public func units(of release: Release) throws(Error) -> [TranslationUnit] {
        let codes = release.alignment.languages
        guard codes.allSatisfy({ $0 != nil }), let pivot = codes.first.flatMap({ $0 }) else {
            throw Error(kind: .unknownLanguage, description: "\(release.document): the languages of the versions could not be recognised")
        }
        let languages = codes.map { LanguageTag($0!) }
        let attributes = TMXAttributes(creationTool: "bitext", creationToolVersion: TMXWriter.toolVersion,
                                       creationDate: date, segmentType: "sentence")
        return release.alignment.units.compactMap { unit in
            if unit.isAligned && unit.confidence < minConfidence { return nil }
            if !unit.isAligned && !keepUnaligned { return nil }
            let variants = unit.sentences.indices.compactMap { version -> TMXVariant? in
                let range = unit.sentences[version]
                guard !range.isEmpty else { return nil }
                return TMXVariant(language: languages[version],
                                  segment: TMXSegment(range.map { release.sentences[version][$0] }.joined(separator: " ")))
            }
            guard !variants.isEmpty else { return nil }
            let properties = [
                TMXProperty(type: "x-document", value: release.document),
                TMXProperty(type: "x-score", value: String(format: "%.3f", unit.confidence)),
                TMXProperty(type: "x-bead", value: unit.kind),
            ] + (release.extraProperties?(unit) ?? [])
            return TranslationUnit(sourceLanguage: LanguageTag(pivot), variants: variants,
                                   attributes: attributes, properties: properties)
        }
    }

    /// Appends the units of the releases to the memory at `url` (created, with its folder, when
    /// missing), leaving out every unit whose texts in the same languages the memory already holds
    /// (see ``Key``); returns how many units each release added.
    ///
    /// The existing memory is streamed: each of its units is copied to the new file as it is read,
    /// and only a 128-bit digest of its identity is kept, so appending to a memory of a million
    /// units does not hold them in memory. The file is replaced only when complete.
    /// Elements of the existing memory that TMX has no place for cannot be kept: each is passed to
    /// `leftOut` as a warning (``TMXReader/leftOutWarnings()``) once the memory is written.
    /// - Throws: ``Error`` when a language is unknown (nothing is written), or the memory cannot be
    ///   read or written (the memory is left as it was).
    public func append(_ releases: [Release], to url: URL, leftOut: (String) -> Void = { _ in }) throws(Error) -> [Int] {
        let candidates = try releases.map { release throws(Error) in try units(of: release) }
        var seen = Set<Key>()
        var header = TMXHeader.bitext(sourceLanguage: LanguageTag(releases.first?.alignment.languages.first.flatMap { $0 } ?? "en"))
        var reader: TMXReader?
        if FileManager.default.fileExists(atPath: url.path) {
            do {
                reader = try TMXReader(contentsOf: url)
                header = reader!.header
            } catch {
                throw Error(kind: .unreadableMemory, description: "\(url.path): cannot append to this memory: \(error)")
            }
        }
        let writer: TMXWriter
        do {
            writer = try TMXWriter(url: url, header: header)
        } catch {
            throw Error(kind: .unwritableMemory, description: "\(url.path): cannot write the memory: \(error)")
        }
        do throws(Error) {
            // Placed while the memory read is still the file on disk (one more pass over it).
            var warnings: [String] = []
            if let reader {
                while let unit = try Self.next(from: reader, url: url) {
                    seen.insert(Key(unit))
                    try Self.write(unit, to: writer, url: url)
                }
                warnings = reader.leftOutWarnings()
            }
            var counts: [Int] = []
            for units in candidates {
                var count = 0
                for unit in units where seen.insert(Key(unit)).inserted {
                    try Self.write(unit, to: writer, url: url)
                    count += 1
                }
                counts.append(count)
            }
            do { try writer.finish() } catch {
                throw Error(kind: .unwritableMemory, description: "\(url.path): cannot write the memory: \(error)")
            }
            warnings.forEach(leftOut)
            return counts
        } catch {
            writer.discard()
            throw error
        }
    }

    private static func next(from reader: TMXReader, url: URL) throws(Error) -> TranslationUnit? {
        do { return try reader.next() } catch {
            throw Error(kind: .unreadableMemory, description: "\(url.path): cannot append to this memory: \(error)")
        }
    }

    private static func write(_ unit: TranslationUnit, to writer: TMXWriter, url: URL) throws(Error) {
        do { try writer.write(unit) } catch {
            throw Error(kind: .unwritableMemory, description: "\(url.path): cannot write the memory: \(error)")
        }
    }
}
