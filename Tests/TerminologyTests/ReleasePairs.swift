import Foundation
import Terminology
import TestSupport

/// The gold pairs of a release folder of ../shared/corpus/releases as aligned units (French source).
enum ReleasePairs {
    static func units(_ release: String) throws -> [AlignedUnit] {
        let folder = SharedData.url("corpus/releases/\(release)")
        func lines(_ name: String) throws -> [String] {
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").map(String.init)
        }
        let english = try lines("en.sent"), french = try lines("fr.sent")
        return try lines("gold.align").enumerated().compactMap { number, bead in
            let sides = bead.split(separator: ":", omittingEmptySubsequences: false).map { side in
                side.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).split(separator: ",")
                    .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            }
            guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else { return nil }
            return AlignedUnit(
                id: "\(release)#\(number + 1)", source: sides[1].map { french[$0] }.joined(separator: " "),
                target: sides[0].map { english[$0] }.joined(separator: " "))
        }
    }
}
