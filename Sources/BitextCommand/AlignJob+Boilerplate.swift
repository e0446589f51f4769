import Alignment
import Documents
import Foundation
import Segmentation

extension AlignJob {
    /// What a sentence is for the rules that keep page structure apart in a bead.
    enum SentenceRole: Hashable, Sendable {
        /// Running text (a paragraph, a list item, a quote, a caption).
        case text
        /// A title or heading line, with its block: it is a unit of its own.
        case heading(block: Int)
        /// Page boilerplate (a menu line, a date line, an archive notice).
        case boilerplate

        /// The roles of the sentences of a segmented document.
        static func of(_ document: SegmentedDocument) -> [SentenceRole] {
            document.sentences.indices.map { index in
                if document.isBoilerplate[index] { return .boilerplate }
                let kind = document.kinds[index]
                return kind == .title || kind == .heading ? .heading(block: document.blocks[index]) : .text
            }
        }

        /// The role without the block: what two sides must agree on to pair.
        var category: Int {
            switch self {
            case .text: 0
            case .heading: 1
            case .boilerplate: 2
            }
        }
    }

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

    /// The alignment with no bead mixing page boilerplate with the release's text, or merging a
    /// title or heading with other sentences, and no pair of boilerplate lines that cannot be the
    /// same line:
    /// - such a bead is cut into runs of one role (each a pair when both sides have a run of that
    ///   role, in the order of the bead; otherwise 1-0 and 0-1), keeping the bead's confidence.
    ///   A boilerplate or heading run at the start or end of one side only becomes 1-0/0-1; where
    ///   the two sides still differ inside (text, boilerplate, text against text), every sentence
    ///   of the bead becomes 1-0/0-1.
    ///   A 1-1 bead pairing a heading with a sentence of text stays (the two readers may have
    ///   classified the same line differently); one pairing boilerplate with anything else is cut;
    /// - a pair of boilerplate lines is kept only when ``Boilerplate/canPair(_:_:)`` says they can
    ///   be the same line (not a language link, the same numbers); n-n boilerplate lines that pair
    ///   one by one become 1-1 pairs ("All news" + a date line on both sides).
    static func separatingStructure(_ alignment: SentenceAlignment, source: [SentenceRole], target: [SentenceRole],
                                    sourceSentences: [String], targetSentences: [String]) -> SentenceAlignment {
        var result = alignment
        result.beads = alignment.beads.flatMap { bead -> [Bead] in
            guard bead.isPair else { return [bead] }
            let sourceRuns = runs(bead.source, source), targetRuns = runs(bead.target, target)
            let oneBoilerplate = (source[bead.source.lowerBound] == .boilerplate) != (target[bead.target.lowerBound] == .boilerplate)
            guard sourceRuns.count > 1 || targetRuns.count > 1 || oneBoilerplate else { return [bead] }
            return separate(bead, sourceRuns, targetRuns)
        }.flatMap { bead -> [Bead] in
            guard bead.isPair, source[bead.source.lowerBound] == .boilerplate else { return [bead] }
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

    /// A run of consecutive sentences of one side that have the same role.
    private struct Run {
        var range: Range<Int>
        var role: SentenceRole
    }

    private static func runs(_ range: Range<Int>, _ roles: [SentenceRole]) -> [Run] {
        var runs: [Run] = []
        for index in range {
            if let last = runs.last, last.role == roles[index] {
                runs[runs.count - 1].range = last.range.lowerBound..<(index + 1)
            } else {
                runs.append(Run(range: index..<(index + 1), role: roles[index]))
            }
        }
        return runs
    }

    private static func separate(_ bead: Bead, _ sourceRuns: [Run], _ targetRuns: [Run]) -> [Bead] {
        var sourceRuns = sourceRuns, targetRuns = targetRuns
        var leading: [Bead] = [], trailing: [Bead] = []
        func unaligned(_ run: Run, isSource: Bool) -> [Bead] {
            Self.unaligned(run.range, of: bead, isSource: isSource)
        }
        /// Which side's run to leave out when the runs at one edge differ: the one that is not text
        /// (boilerplate rather than a heading); nil when both are text.
        func side(_ source: Run?, _ target: Run?) -> Bool? {
            guard let source, let target, source.role.category != target.role.category else { return nil }
            return source.role.category >= target.role.category
        }
        // Boilerplate or a heading at an edge of one side only has no counterpart in the bead.
        while sourceRuns.map(\.role.category) != targetRuns.map(\.role.category) {
            if let isSource = side(sourceRuns.first, targetRuns.first) {
                leading += isSource ? unaligned(sourceRuns.removeFirst(), isSource: true) : unaligned(targetRuns.removeFirst(), isSource: false)
            } else if let isSource = side(sourceRuns.last, targetRuns.last) {
                let run = isSource ? sourceRuns.removeLast() : targetRuns.removeLast()
                trailing.insert(contentsOf: unaligned(run, isSource: isSource), at: 0)
            } else {
                break
            }
        }
        let pieces: [Bead]
        if sourceRuns.map(\.role.category) == targetRuns.map(\.role.category) {
            pieces = leading
                + zip(sourceRuns, targetRuns).map { Bead(source: $0.range, target: $1.range, confidence: bead.confidence) }
                + trailing
        } else {
            // The roles in a different order on the two sides: nothing here is sure.
            pieces = Self.unaligned(bead.source, of: bead, isSource: true) + Self.unaligned(bead.target, of: bead, isSource: false)
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
