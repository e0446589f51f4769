import Documents
import Foundation
import Segmentation

extension SentenceAligner {
    /// Aligns two release documents read by ``DocumentReader`` and split by ``SegmentedDocument``,
    /// keeping the page's structure apart: the release's text and its page boilerplate (menu lines,
    /// date lines, archive notices, when the documents include them) are aligned separately, a
    /// boilerplate line pairs only with a line that can be the same one (``Boilerplate/canPair(_:_:)``),
    /// no bead mixes boilerplate with text, and a title or heading is never merged with other
    /// sentences. The content blocks serve as anchors. `terms` are glossary terms counted as whole
    /// terms (``TermAnchors``). Beads index `source.sentences` and `target.sentences`.
    ///
    /// ```swift
    /// let english = try SegmentedDocument(try DocumentReader.read(contentsOf: a), language: "en",
    ///                                     segmenter: segmenter, includingBoilerplate: true)
    /// let alignment = SentenceAligner(options: options).align(english, french)
    /// ```
    public func align(_ source: SegmentedDocument, _ target: SegmentedDocument,
                      terms: TermAnchors = TermAnchors()) -> SentenceAlignment {
        aligningStructure(StructuredSide(source), StructuredSide(target), terms: terms)
    }

    /// Aligns two versions given one sentence a line (the gold segmentation of the benchmark sets,
    /// `bitext align --presegmented`) with the same rules as ``align(_:_:terms:)``: each line is
    /// read as a block of its own (``Documents/Document/init(lines:)``: menu and date lines are
    /// boilerplate, short lines without final punctuation headings, photo labels and their texts
    /// captions). `sourceBlocks`/`targetBlocks` give paragraphs when known (anchors, as in
    /// ``align(source:target:sourceBlocks:targetBlocks:)``). Beads index the lines. A caller that
    /// already read the lines as documents (`Document(lines:)` of these very lines, for their
    /// boilerplate) passes them as `lineDocuments`, so that they are not classified twice.
    public func align(lines source: [String], _ target: [String], sourceBlocks: [Int]? = nil,
                      targetBlocks: [Int]? = nil, terms: TermAnchors = TermAnchors(),
                      lineDocuments: (source: Document, target: Document)? = nil) -> SentenceAlignment {
        alignLinesWithFeatures(source: source, target: target, sourceBlocks: sourceBlocks, targetBlocks: targetBlocks,
                               terms: terms, lineDocuments: lineDocuments).alignment
    }

    /// One version for the structure rules: its sentences, their roles and their anchor blocks.
    struct StructuredSide {
        var sentences: [String]
        var roles: [SentenceRole]
        var anchorBlocks: [Int]?
        /// Whether a line is page furniture (a menu line, a language link, a crawler's date…): the
        /// version is a web page, and the structure rules apply.
        var isPage = true

        init(_ document: SegmentedDocument) {
            sentences = document.sentences
            // Captions stay text here: the readers mark caption labels, not the texts of a gallery
            // ("PR091 - Photo-3" and the caption below it), and with the labels alone kept apart the
            // gallery's texts paired with more of the release's text (precision 0.937 → 0.929 end to end).
            roles = SentenceRole.of(kinds: document.kinds.map { $0 == .caption ? .paragraph : $0 },
                                    isBoilerplate: document.isBoilerplate, blocks: document.blocks)
            anchorBlocks = SentenceAligner.anchorBlocks(document.blocks, isBoilerplate: document.isBoilerplate)
        }

        init(lines: [String], blocks: [Int]?, document: Document) {
            sentences = lines
            roles = SentenceRole.of(kinds: document.blocks.map(\.kind), isBoilerplate: document.blocks.map(\.isBoilerplate),
                                    blocks: Array(lines.indices))
            isPage = document.hasPageFurniture
            anchorBlocks = blocks.map { SentenceAligner.anchorBlocks($0, isBoilerplate: document.blocks.map(\.isBoilerplate)) }
        }
    }

    /// Like ``align(lines:_:sourceBlocks:targetBlocks:terms:)``, with the inputs of each pair's
    /// confidence where the pair is one of the text's alignment (nil for the others), for fitting
    /// the confidence model.
    @_spi(Benchmark)
    public func alignLinesWithFeatures(source: [String], target: [String], sourceBlocks: [Int]? = nil, targetBlocks: [Int]? = nil,
                                       terms: TermAnchors = TermAnchors(), lineDocuments: (source: Document, target: Document)? = nil)
        -> (alignment: SentenceAlignment, features: [[Double]?]) {
        let sides = (StructuredSide(lines: source, blocks: sourceBlocks, document: lineDocuments?.source ?? Document(lines: source)),
                     StructuredSide(lines: target, blocks: targetBlocks, document: lineDocuments?.target ?? Document(lines: target)))
        // Only versions of which one is a web page (a line of either is page furniture) get the
        // structure rules: in books and yearbooks (Text+Berg, TransRead), keeping headings and photo
        // credits apart moved the model's estimates and cost 0.01 of strict F1 on Text+Berg dev.
        guard sides.0.isPage || sides.1.isPage else {
            return alignWithFeatures(source: source, target: target, sourceBlocks: sourceBlocks, targetBlocks: targetBlocks,
                                     terms: terms)
        }
        let (alignment, features) = aligningStructureWithFeatures(sides.0, sides.1, terms: terms)
        return (alignment, alignment.beads.map { features[BeadKey($0)] ?? nil })
    }

    private func aligningStructure(_ source: StructuredSide, _ target: StructuredSide, terms: TermAnchors) -> SentenceAlignment {
        aligningStructureWithFeatures(source, target, terms: terms).alignment
    }

    /// A bead's place, to find its confidence inputs.
    struct BeadKey: Hashable {
        var source: Range<Int>
        var target: Range<Int>
        init(_ bead: Bead) { (source, target) = (bead.source, bead.target) }
    }

    private func aligningStructureWithFeatures(_ source: StructuredSide, _ target: StructuredSide,
                                               terms: TermAnchors) -> (alignment: SentenceAlignment, features: [BeadKey: [Double]?]) {
        let (alignment, features) = Self.aligningApart(self, source: source.sentences, target: target.sentences,
                                                       sourceBlocks: source.anchorBlocks, targetBlocks: target.anchorBlocks,
                                                       sourceRoles: source.roles, targetRoles: target.roles, terms: terms)
        return (Self.separatingStructure(alignment, source: source.roles, target: target.roles,
                                         sourceSentences: source.sentences, targetSentences: target.sentences), features)
    }

    /// What a sentence is for the rules that keep page structure apart in a bead.
    enum SentenceRole: Hashable, Sendable {
        /// Running text (a paragraph, a list item, a quote).
        case text
        /// A photo caption or credit: it pairs only with a caption.
        case caption
        /// A title or heading line, with its block: it is a unit of its own.
        case heading(block: Int)
        /// Page boilerplate (a menu line, a date line, an archive notice).
        case boilerplate

        /// The roles of the sentences of a document, from the kind of their block, whether it is
        /// boilerplate, and its number.
        static func of(kinds: [BlockKind], isBoilerplate: [Bool], blocks: [Int]) -> [SentenceRole] {
            kinds.indices.map { index in
                if isBoilerplate[index] { return .boilerplate }
                switch kinds[index] {
                case .title, .heading: return .heading(block: blocks[index])
                case .caption: return .caption
                default: return .text
                }
            }
        }

        /// The role without the block: what two sides must agree on to pair.
        var category: Int {
            switch self {
            case .text: 0
            case .heading: 1
            case .boilerplate: 2
            case .caption: 3
            }
        }
    }

    /// The block numbers given to the aligner as anchors: the document's content blocks numbered
    /// 0, 1, 2… as if the boilerplate were not there (so that one-sided chrome does not make the
    /// block counts of the versions differ: the aligner uses blocks only when the counts agree),
    /// and every boilerplate sentence in block −1.
    static func anchorBlocks(_ blocks: [Int], isBoilerplate: [Bool]) -> [Int] {
        var numbers: [Int: Int] = [:]
        return blocks.indices.map { index in
            if isBoilerplate[index] { return -1 }
            if let number = numbers[blocks[index]] { return number }
            numbers[blocks[index]] = numbers.count
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
            let first = (source[bead.source.lowerBound], target[bead.target.lowerBound])
            let oneApart = (first.0 == .boilerplate) != (first.1 == .boilerplate) || (first.0 == .caption) != (first.1 == .caption)
            guard sourceRuns.count > 1 || targetRuns.count > 1 || oneApart else { return [bead] }
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

extension SentenceAligner {
    /// Aligns the release's text and its page boilerplate apart, then joins them: a pair of
    /// boilerplate lines is kept where it crosses no pair of the text; the other sentences become
    /// 1-0/0-1 with the confidence their alignment gave them.
    ///
    /// So one-sided chrome (a "Print" line, a language link) cannot pull the text out of step, and
    /// boilerplate is never merged with text. On the releases of ../shared this found two gold
    /// pairs more than aligning the boilerplate among the text (block −1 anchors, mixed beads cut
    /// afterwards), with a more precise memory (README, "End to end"). The cost: shared chrome no
    /// longer serves as an anchor for the text. A text bead whose sentences surround a boilerplate
    /// line comes back covering it; ``separatingStructure`` then cuts it.
    static func aligningApart(_ aligner: SentenceAligner, source: [String], target: [String],
                              sourceBlocks: [Int]?, targetBlocks: [Int]?,
                              sourceRoles: [SentenceRole], targetRoles: [SentenceRole],
                              terms: TermAnchors = TermAnchors()) -> (alignment: SentenceAlignment, features: [BeadKey: [Double]?]) {
        let textSource = source.indices.filter { sourceRoles[$0] != .boilerplate && sourceRoles[$0] != .caption }
        let textTarget = target.indices.filter { targetRoles[$0] != .boilerplate && targetRoles[$0] != .caption }
        // Captions pair only with captions: aligned apart too, when both versions have some.
        let captionSource = source.indices.filter { sourceRoles[$0] == .caption }
        let captionTarget = target.indices.filter { targetRoles[$0] == .caption }
        // Boilerplate lines that can pair with no line of the other side (a language link, a "Print"
        // line only one page has, a second copy of a headline) are left out before aligning the rest.
        func chrome(_ sentences: [String], _ roles: [SentenceRole]) -> [Int] {
            var seen = Set<String>()
            return sentences.indices.filter { seen.insert(sentences[$0]).inserted && roles[$0] == .boilerplate }
        }
        let sourceLines = chrome(source, sourceRoles), targetLines = chrome(target, targetRoles)
        let chromeSource = sourceLines.filter { s in targetLines.contains { Boilerplate.canPair(source[s], target[$0]) } }
        let chromeTarget = targetLines.filter { t in sourceLines.contains { Boilerplate.canPair(source[$0], target[t]) } }
        let (text, textFeatures) = aligner.alignWithFeatures(
            source: textSource.map { source[$0] }, target: textTarget.map { target[$0] },
            sourceBlocks: sourceBlocks.map { blocks in textSource.map { blocks[$0] } },
            targetBlocks: targetBlocks.map { blocks in textTarget.map { blocks[$0] } }, terms: terms)
        func apart(_ s: [Int], _ t: [Int]) -> SentenceAlignment {
            s.isEmpty || t.isEmpty ? SentenceAlignment(beads: []) : aligner.align(source: s.map { source[$0] }, target: t.map { target[$0] })
        }
        let chrome = apart(chromeSource, chromeTarget), captions = apart(captionSource, captionTarget)
        func mapped(_ bead: Bead, _ s: [Int], _ t: [Int]) -> Bead {
            Bead(source: bead.source.isEmpty ? 0..<0 : s[bead.source.lowerBound]..<(s[bead.source.upperBound - 1] + 1),
                 target: bead.target.isEmpty ? 0..<0 : t[bead.target.lowerBound]..<(t[bead.target.upperBound - 1] + 1),
                 confidence: bead.confidence)
        }
        func crossesNone(_ pair: Bead, of pairs: [Bead]) -> Bool {
            pairs.allSatisfy { other in
                (other.source.upperBound <= pair.source.lowerBound && other.target.upperBound <= pair.target.lowerBound)
                    || (other.source.lowerBound >= pair.source.upperBound && other.target.lowerBound >= pair.target.upperBound)
            }
        }
        let textPairs = text.beads.filter(\.isPair).map { mapped($0, textSource, textTarget) }
        let chromePairs = chrome.beads.filter(\.isPair).map { mapped($0, chromeSource, chromeTarget) }.filter {
            crossesNone($0, of: textPairs)
        }
        let captionPairs = captions.beads.filter(\.isPair).map { mapped($0, captionSource, captionTarget) }.filter {
            crossesNone($0, of: textPairs + chromePairs)
        }
        // Confidence of the sentences left out, from the alignment that left them out.
        var single: [Int: Double] = [:], singleTarget: [Int: Double] = [:]
        for (alignment, s, t) in [(text, textSource, textTarget), (chrome, chromeSource, chromeTarget),
                                  (captions, captionSource, captionTarget)] {
            for bead in alignment.beads {
                for index in bead.source { single[s[index]] = bead.confidence }
                for index in bead.target { singleTarget[t[index]] = bead.confidence }
            }
        }
        var beads: [Bead] = []
        var next = (source: 0, target: 0)
        func leaveOut(upTo end: (source: Int, target: Int)) {
            for index in next.source..<end.source {
                beads.append(Bead(source: index..<(index + 1), target: next.target..<next.target, confidence: single[index] ?? 1))
            }
            for index in next.target..<end.target {
                beads.append(Bead(source: end.source..<end.source, target: index..<(index + 1), confidence: singleTarget[index] ?? 1))
            }
        }
        for pair in (textPairs + chromePairs + captionPairs).sorted(by: { $0.source.lowerBound < $1.source.lowerBound }) {
            leaveOut(upTo: (pair.source.lowerBound, pair.target.lowerBound))
            beads.append(pair)
            next = (pair.source.upperBound, pair.target.upperBound)
        }
        leaveOut(upTo: (source.count, target.count))
        var features: [BeadKey: [Double]?] = [:]
        for (bead, vector) in zip(text.beads, textFeatures) where bead.isPair {
            features[BeadKey(mapped(bead, textSource, textTarget))] = vector
        }
        return (SentenceAlignment(beads: beads, warnings: text.warnings,
                                  sourceLanguage: text.sourceLanguage, targetLanguage: text.targetLanguage), features)
    }
}
