import Foundation

extension TMXMerger {
    /// Merges memories on disk into `output` like ``add(_:)`` does in memory (same units, same
    /// order of first appearance, same summary), with memory bounded by `bufferedUnits` whatever
    /// the size of the inputs: an external merge sort through temporary runs beside `output`.
    ///
    /// 1. The inputs are read once; units are sorted by identity (``TMXUnitKey``) in runs of
    ///    `bufferedUnits`, each run a TMX file.
    /// 2. The runs are merged; identical units are consecutive and are merged with
    ///    ``TranslationUnit/merged(with:)`` in the order they appeared; the results are sorted
    ///    back by first appearance in new runs.
    /// 3. Those runs are merged into `output` (written atomically; it may be one of the inputs).
    ///
    /// At most ``TMXRunFile/fanIn`` runs are open at once (more are merged in rounds first). The
    /// header is the first input's.
    public static func merge(
        _ inputs: [URL], into output: URL, bufferedUnits: Int = 10_000
    ) throws(TMXError) -> Summary {
        guard !inputs.isEmpty else { throw TMXError(path: output.relativePath, message: "nothing to merge: no input") }
        let runs = try TMXRunFolder(beside: output)
        defer { runs.remove() }
        var summary = Summary()
        var header: TMXHeader?
        let limit = max(bufferedUnits, 1)

        // 1. Runs sorted by identity.
        var buffer: [TMXRunFile.Entry] = []
        var byIdentity: [URL] = []
        var ordinal = 0
        for input in inputs {
            let reader = try TMXReader(contentsOf: input)
            header = header ?? reader.header
            while let unit = try reader.next() {
                summary.read += 1
                guard !unit.variants.isEmpty else {
                    summary.empty += 1
                    continue
                }
                buffer.append(TMXRunFile.Entry(identity: unit.key.hashValue, ordinal: ordinal, unit: unit))
                ordinal += 1
                if buffer.count >= limit { byIdentity.append(try runs.write(&buffer, order: .identity)) }
            }
            summary.leftOut += reader.leftOutWarnings()
        }
        if !buffer.isEmpty { byIdentity.append(try runs.write(&buffer, order: .identity)) }

        // 2. Identical units merged, in runs sorted by first appearance.
        var byAppearance: [URL] = []
        var group: [(key: TMXUnitKey, entry: TMXRunFile.Entry)] = []
        func flushGroup() throws(TMXError) {
            for member in group.sorted(by: { $0.entry.ordinal < $1.entry.ordinal }) { buffer.append(member.entry) }
            group.removeAll(keepingCapacity: true)
            if buffer.count >= limit { byAppearance.append(try runs.write(&buffer, order: .appearance)) }
        }
        let identical = try runs.merged(byIdentity, order: .identity)
        while let entry = try identical.next() {
            if let last = group.last, last.entry.identity != entry.identity { try flushGroup() }
            let key = entry.unit.key
            if let index = group.firstIndex(where: { $0.key == key }) {
                group[index].entry.unit = group[index].entry.unit.merged(with: entry.unit)
                summary.merged += 1
            } else {
                group.append((key, entry))
                summary.kept += 1
            }
        }
        try flushGroup()
        if !buffer.isEmpty { byAppearance.append(try runs.write(&buffer, order: .appearance)) }

        // 3. The output, in order of first appearance.
        let writer = try TMXWriter(url: output, header: header ?? .bitext(sourceLanguage: nil))
        do {
            let ordered = try runs.merged(byAppearance, order: .appearance)
            while let entry = try ordered.next() { try writer.write(entry.unit) }
            try writer.finish()
        } catch {
            writer.discard()
            throw error
        }
        return summary
    }
}
