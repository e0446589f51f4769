import TMX

extension AlignmentMemory {
    /// The identity of a unit when appending: its texts (plain, without markup) with their
    /// normalised languages, whatever the order of the variants, the ids, dates or props; kept as
    /// a 128-bit digest (two independently seeded hashes) so that the keys of a large memory take
    /// 16 bytes each. Two different units get the same digest with a probability of about 2⁻¹²⁸.
    struct Key: Hashable {
        private let first: Int
        private let second: Int

        /// The key of `unit`.
        init(_ unit: TranslationUnit) {
            let texts = unit.variants.map { "\($0.language.normalized)\u{1}\($0.plainText)" }.sorted()
            var first = Hasher(), second = Hasher()
            first.combine(0 as UInt8)
            second.combine(1 as UInt8)
            for text in texts {
                first.combine(text)
                second.combine(text)
            }
            self.first = first.finalize()
            self.second = second.finalize()
        }
    }
}
