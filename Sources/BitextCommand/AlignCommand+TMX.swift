import Alignment
import Foundation
import TMX

/// `bitext align -o memory.tmx`: the releases go into the memory through the library's
/// ``AlignmentMemory`` (one unit per aligned unit, appended without duplicates).
extension AlignmentMemory {
    /// Appends the units of the releases to the memory at `url`; returns how many units each
    /// release added.
    /// - Parameter extraProperties: props to add to the unit made of an alignment unit of a release
    ///   (after `x-document`, `x-score` and `x-bead`), e.g. to mark boilerplate; none when nil.
    /// - Throws: ``AlignInputError`` naming the release or the memory, with how to fix it.
    func append(_ releases: [AlignedRelease], to url: URL,
                extraProperties: (@Sendable (AlignedRelease, MultilingualAlignment.Unit) -> [TMXProperty])? = nil) throws -> [Int] {
        do {
            return try append(releases.map { release in
                var converted = release.memoryRelease
                if let extraProperties { converted.extraProperties = { unit in extraProperties(release, unit) } }
                return converted
            }, to: url)
        } catch where error.kind == .unknownLanguage {
            throw AlignInputError("\(error.description): give them with --langs, e.g. --langs en,fr")
        } catch {
            throw AlignInputError(error.description)
        }
    }
}

extension AlignedRelease {
    /// The release as ``AlignmentMemory`` takes it (`x-document` is the labels joined by ` | `).
    var memoryRelease: AlignmentMemory.Release {
        AlignmentMemory.Release(document: labels.joined(separator: " | "), sentences: sentences, alignment: alignment,
                                extraProperties: unitProperties)
    }
}
