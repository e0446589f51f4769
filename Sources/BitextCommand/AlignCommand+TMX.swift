import Alignment
import Foundation

/// `bitext align -o memory.tmx`: the releases go into the memory through the library's
/// ``AlignmentMemory`` (one unit per aligned unit, appended without duplicates).
extension AlignmentMemory {
    /// Appends the units of the releases to the memory at `url` (with each release's own props, see
    /// ``AlignedRelease/memoryRelease``); returns how many units each release added. Elements of
    /// the memory that TMX has no place for are left out with a warning each on standard error.
    /// - Throws: ``AlignInputError`` naming the release or the memory, with how to fix it.
    func append(_ releases: [AlignedRelease], to url: URL) throws -> [Int] {
        do {
            return try append(releases.map(\.memoryRelease), to: url) { printError("warning: \($0)") }
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
                                extraProperties: AlignmentMemory.Release.markingBoilerplate(boilerplate))
    }
}
