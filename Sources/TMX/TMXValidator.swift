import Foundation
import XMLKit

/// Checks a memory: well-formedness, validity against the TMX 1.4b DTD (``TMXDTD``), and what
/// the DTD cannot check — paired codes (`bpt`/`ept` with the same `i`, each `i` once per segment)
/// and `it` positions.
public enum TMXValidator {
    /// The problems found, in document order; empty when the memory is valid.
    /// - Throws: ``TMXError`` when the file cannot be read or is not well-formed.
    public static func validate(contentsOf url: URL) throws(TMXError) -> [TMXError] {
        var problems = try XMLDTDValidator.validate(contentsOf: url, dtd: TMXDTD.text)
        var reader: TMXReader?
        var pairing: [(message: String, mark: XMLStartTagMark)] = []
        do {
            let opened = try TMXReader(contentsOf: url)
            reader = opened
            while let unit = try opened.next() {
                guard let mark = opened.lastUnitMark else { continue }
                for variant in unit.variants {
                    for message in pairingProblems(in: variant.segment) {
                        pairing.append(("<tu\(unit.id.map { " tuid=\"\($0)\"" } ?? "")>, \(variant.language): \(message)", mark))
                    }
                }
            }
        } catch {
            // A structure Bitext cannot read (a <tuv> without <seg>…): the DTD errors already
            // cover it in most cases; report it unless the same line is already reported.
            if !problems.contains(where: { $0.line == error.line }) { problems.append(error) }
        }
        if let reader, !pairing.isEmpty { problems += reader.errors(pairing) }
        return problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// What is wrong with the paired codes of a segment.
    public static func pairingProblems(in segment: TMXSegment) -> [String] {
        var problems: [String] = []
        var open: Set<String> = []
        var seen: Set<String> = []
        func visit(_ content: [TMXInline]) {
            for case .element(let element) in content {
                switch element.kind {
                case .bpt:
                    let i = element[attribute: "i"] ?? ""
                    if !seen.insert(i).inserted { problems.append("<bpt i=\"\(i)\"> is used twice") }
                    open.insert(i)
                case .ept:
                    let i = element[attribute: "i"] ?? ""
                    if open.remove(i) == nil { problems.append("<ept i=\"\(i)\"> has no <bpt> before it") }
                case .it:
                    let position = element[attribute: "pos"] ?? ""
                    if position != "begin" && position != "end" {
                        problems.append("<it> needs pos=\"begin\" or pos=\"end\"")
                    }
                default: break
                }
                if element.kind == .hi || element.kind == .sub { visit(element.content) }
            }
        }
        visit(segment.content)
        for i in open.sorted() { problems.append("<bpt i=\"\(i)\"> has no <ept>") }
        return problems
    }
}
