import Foundation
import Terminology

/// A release folder of the shared corpus: `en.sent`, `fr.sent` (one segment a line), `gold.align`
/// (beads `[0, 1]:[2]`, English indices first) and `terms.tsv` (`fr<TAB>en<TAB>type`).
struct ReleaseFolder {
    let url: URL

    var name: String { url.lastPathComponent }

    /// The gold beads as aligned units, French source and English target; one-sided beads are left out.
    func units() throws -> [AlignedUnit] {
        let english = try lines("en.sent"), french = try lines("fr.sent")
        var units: [AlignedUnit] = []
        for (number, bead) in try lines("gold.align").enumerated() where !bead.isEmpty {
            let sides = bead.split(separator: ":", omittingEmptySubsequences: false)
            guard sides.count == 2 else {
                throw ValidationErrorWithPlace(path: url.appendingPathComponent("gold.align").relativePath, line: number + 1, message: "a bead must be [i…]:[j…]")
            }
            func indices(_ side: Substring) -> [Int] {
                side.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).split(separator: ",")
                    .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            }
            let en = indices(sides[0]), fr = indices(sides[1])
            for (side, count, file) in [(en, english.count, "en.sent"), (fr, french.count, "fr.sent")] {
                if let beyond = side.first(where: { $0 >= count }) {
                    throw ValidationErrorWithPlace(
                        path: url.appendingPathComponent("gold.align").relativePath, line: number + 1,
                        message: "sentence \(beyond) is beyond the \(count) lines of \(file) (indices start at 0)")
                }
            }
            guard !en.isEmpty, !fr.isEmpty else { continue }
            units.append(AlignedUnit(
                id: "\(name)#\(number + 1)", source: fr.map { french[$0] }.joined(separator: " "),
                target: en.map { english[$0] }.joined(separator: " ")))
        }
        return units
    }

    /// The gold terms, French and English.
    func goldTerms() throws -> [(source: String, target: String)] {
        try lines("terms.tsv").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count >= 2 ? (String(fields[0]), String(fields[1])) : nil
        }
    }

    private func lines(_ file: String) throws -> [String] {
        let path = url.appendingPathComponent(file)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationErrorWithPlace(path: url.relativePath, line: 0,
                                           message: "no such folder (a release folder holds en.sent, fr.sent, gold.align and terms.tsv)")
        }
        guard FileManager.default.fileExists(atPath: path.path) else {
            throw ValidationErrorWithPlace(path: path.relativePath, line: 0, message: "no such file: a release folder holds \(file)")
        }
        guard let text = try? String(contentsOf: path, encoding: .utf8) else {
            throw ValidationErrorWithPlace(path: path.relativePath, line: 0, message: "cannot read the file as UTF-8 text")
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }
}

/// An error in an input file, printed as `path:line: message` (`path: message` with line 0); unlike
/// `ValidationError`, not a usage error: exit status 1, no usage line.
struct ValidationErrorWithPlace: Error, CustomStringConvertible {
    var path: String
    var line: Int
    var message: String
    var description: String { path + (line > 0 ? ":\(line)" : "") + ": " + message }
}
