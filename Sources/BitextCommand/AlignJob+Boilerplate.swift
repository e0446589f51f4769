import Alignment
import Documents
import Foundation
import Segmentation

extension AlignJob {
    /// The block numbers given to the aligner as anchors: the document's content blocks numbered
    /// 0, 1, 2… as if the boilerplate were not there (so one-sided chrome does not make the block
    /// counts of the versions differ), and every boilerplate sentence in block −1. The aligner
    /// charges a bead that crosses a block boundary, or pairs sentences of different blocks, when
    /// both versions have the same number of blocks: boilerplate then pairs with boilerplate, and
    /// is not merged with the text.
    static func anchorBlocks(_ document: SegmentedDocument) -> [Int] {
        var numbers: [Int: Int] = [:]
        return document.blocks.indices.map { index in
            if document.isBoilerplate[index] { return -1 }
            if let number = numbers[document.blocks[index]] { return number }
            numbers[document.blocks[index]] = numbers.count
            return numbers.count - 1
        }
    }

    /// The alignment with no bead mixing page boilerplate and the release's text, and no pair of
    /// boilerplate lines that cannot be the same line:
    /// - a mixed bead is cut into its boilerplate part and its text part (each a pair when both
    ///   sides have some, in the order of the bead; otherwise 1-0 and 0-1), keeping the bead's
    ///   confidence. Boilerplate on one side only at the start or end of a bead becomes 1-0/0-1;
    ///   where the two sides order text and boilerplate differently, every sentence of the bead
    ///   becomes 1-0/0-1;
    /// - a pair of boilerplate lines is kept only when ``Boilerplate/canPair(_:_:)`` says they can
    ///   be the same line (not a language link, the same numbers); n-n boilerplate lines that pair
    ///   one by one become 1-1 pairs ("All news" + a date line on both sides).
    static func separatingBoilerplate(_ alignment: SentenceAlignment, source: [Bool], target: [Bool],
                                      sourceSentences: [String], targetSentences: [String]) -> SentenceAlignment {
        var result = alignment
        result.beads = alignment.beads.flatMap { bead -> [Bead] in
            let kinds = Set(bead.source.map { source[$0] } + bead.target.map { target[$0] })
            guard bead.isPair, kinds.count > 1 else { return [bead] }
            return separate(bead, source: source, target: target)
        }.flatMap { bead -> [Bead] in
            guard bead.isPair, bead.source.allSatisfy({ source[$0] }) else { return [bead] }
            let pairs = zip(bead.source, bead.target)
            if bead.source.count == bead.target.count,
               pairs.allSatisfy({ Boilerplate.canPair(sourceSentences[$0], targetSentences[$1]) }) {
                return pairs.map { Bead(source: $0..<($0 + 1), target: $1..<($1 + 1), confidence: bead.confidence) }
            }
            let joined = (bead.source.map { sourceSentences[$0] }.joined(separator: " "),
                          bead.target.map { targetSentences[$0] }.joined(separator: " "))
            if Boilerplate.canPair(joined.0, joined.1) { return [bead] }
            return unaligned(bead.source, of: bead, isSource: true) + unaligned(bead.target, of: bead, isSource: false)
        }
        return result
    }

    /// 1-0 (or 0-1) beads for the sentences `range` of a bead, their empty side where the bead starts.
    private static func unaligned(_ range: Range<Int>, of bead: Bead, isSource: Bool) -> [Bead] {
        range.map { index in
            isSource ? Bead(source: index..<(index + 1), target: bead.target.lowerBound..<bead.target.lowerBound, confidence: bead.confidence)
                : Bead(source: bead.source.upperBound..<bead.source.upperBound, target: index..<(index + 1), confidence: bead.confidence)
        }
    }

    /// A run of consecutive sentences of one side that are all boilerplate or all text.
    private struct Run {
        var range: Range<Int>
        var isBoilerplate: Bool
    }

    private static func runs(_ range: Range<Int>, _ flags: [Bool]) -> [Run] {
        var runs: [Run] = []
        for index in range {
            if let last = runs.last, last.isBoilerplate == flags[index] {
                runs[runs.count - 1].range = last.range.lowerBound..<(index + 1)
            } else {
                runs.append(Run(range: index..<(index + 1), isBoilerplate: flags[index]))
            }
        }
        return runs
    }

    private static func separate(_ bead: Bead, source: [Bool], target: [Bool]) -> [Bead] {
        var sourceRuns = runs(bead.source, source), targetRuns = runs(bead.target, target)
        var leading: [Bead] = [], trailing: [Bead] = []
        func unaligned(_ run: Run, isSource: Bool) -> [Bead] {
            Self.unaligned(run.range, of: bead, isSource: isSource)
        }
        // Boilerplate at an edge of one side only has no counterpart in the bead.
        while sourceRuns.map(\.isBoilerplate) != targetRuns.map(\.isBoilerplate) {
            if sourceRuns.first?.isBoilerplate == true, targetRuns.first?.isBoilerplate == false {
                leading += unaligned(sourceRuns.removeFirst(), isSource: true)
            } else if targetRuns.first?.isBoilerplate == true, sourceRuns.first?.isBoilerplate == false {
                leading += unaligned(targetRuns.removeFirst(), isSource: false)
            } else if sourceRuns.last?.isBoilerplate == true, targetRuns.last?.isBoilerplate == false {
                trailing.insert(contentsOf: unaligned(sourceRuns.removeLast(), isSource: true), at: 0)
            } else if targetRuns.last?.isBoilerplate == true, sourceRuns.last?.isBoilerplate == false {
                trailing.insert(contentsOf: unaligned(targetRuns.removeLast(), isSource: false), at: 0)
            } else {
                break
            }
        }
        let pieces: [Bead]
        if sourceRuns.map(\.isBoilerplate) == targetRuns.map(\.isBoilerplate) {
            pieces = leading
                + zip(sourceRuns, targetRuns).map { Bead(source: $0.range, target: $1.range, confidence: bead.confidence) }
                + trailing
        } else {
            // Text and boilerplate in a different order on the two sides: nothing here is sure.
            pieces = unaligned(Run(range: bead.source, isBoilerplate: false), isSource: true)
                + unaligned(Run(range: bead.target, isBoilerplate: false), isSource: false)
        }
        // The empty side of a 1-0 or 0-1 bead sits where the other side has got to.
        var next = (source: bead.source.lowerBound, target: bead.target.lowerBound)
        return pieces.map { piece in
            var piece = piece
            if piece.source.isEmpty { piece.source = next.source..<next.source }
            if piece.target.isEmpty { piece.target = next.target..<next.target }
            next = (piece.source.upperBound, piece.target.upperBound)
            return piece
        }
    }
}
