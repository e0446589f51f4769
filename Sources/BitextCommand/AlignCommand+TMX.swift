import Alignment
import Foundation
import TMX

/// Writes aligned releases into a translation memory: one unit per aligned unit, with a variant per
/// version (pivot first) and the props `x-document`, `x-score` and `x-bead`; appends to an existing
/// memory without duplicating a unit it holds (same texts in the same languages).
struct AlignmentMemory {
    /// Pairs below this confidence are left out.
    var minConfidence: Double
    /// Whether sentences without counterpart (1-0, 0-1) become one-variant units.
    var keepUnaligned: Bool
    /// The creation date of the new units.
    var date = Date()

    /// Appends the units of the releases to the memory at `url` (created, with its folder, when
    /// missing), written atomically; returns how many units each release added.
    func append(_ releases: [AlignedRelease], to url: URL) throws -> [Int] {
        var existing: [TranslationUnit] = []
        let pivot = releases.first?.alignment.languages.first.flatMap { $0 }
        var header = TMXHeader.bitext(sourceLanguage: LanguageTag(pivot ?? "en"))
        if FileManager.default.fileExists(atPath: url.path) {
            do {
                let document = try TMXDocument.read(contentsOf: url)
                existing = document.units
                header = document.header
            } catch {
                throw AlignInputError("\(url.path): cannot append to this memory: \(error)")
            }
        }
        var seen = Set(existing.map(Self.key))
        var added: [TranslationUnit] = []
        var counts: [Int] = []
        for release in releases {
            let before = added.count
            for unit in try units(of: release) where seen.insert(Self.key(unit)).inserted {
                added.append(unit)
            }
            counts.append(added.count - before)
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let writer = try TMXWriter(url: url, header: header)
            do {
                try writer.write(contentsOf: existing)
                try writer.write(contentsOf: added)
                try writer.finish()
            } catch {
                writer.discard()
                throw error
            }
        } catch {
            throw AlignInputError("\(url.path): cannot write the memory: \(error)")
        }
        return counts
    }

    /// The translation units of one release.
    func units(of release: AlignedRelease) throws -> [TranslationUnit] {
        let codes = release.alignment.languages
        guard codes.allSatisfy({ $0 != nil }), let pivot = codes.first.flatMap({ $0 }) else {
            throw AlignInputError("\(release.name): the languages of the versions could not be recognised: give them with --langs, e.g. --langs en,fr")
        }
        let languages = codes.map { LanguageTag($0!) }
        let document = release.labels.joined(separator: " | ")
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
            return TranslationUnit(
                sourceLanguage: LanguageTag(pivot), variants: variants,
                attributes: TMXAttributes(creationTool: "bitext", creationToolVersion: TMXWriter.toolVersion,
                                          creationDate: date, segmentType: "sentence"),
                properties: [
                    TMXProperty(type: "x-document", value: document),
                    TMXProperty(type: "x-score", value: String(format: "%.3f", unit.confidence)),
                    TMXProperty(type: "x-bead", value: unit.kind),
                ])
        }
    }

    /// Two units are duplicates when they have the same texts in the same languages.
    private static func key(_ unit: TranslationUnit) -> [String] {
        unit.variants.map { "\($0.language.normalized)\u{1}\($0.plainText)" }.sorted()
    }
}
