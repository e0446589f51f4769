/// One translation unit as the index sees it: the texts of its languages, where it comes from and when.
public struct MemoryUnit: Sendable, Hashable {
    /// One language version of a unit.
    public struct Variant: Sendable, Hashable {
        /// The language tag as written in the memory (e.g. `en-US`).
        public var language: String
        /// The plain text, each inline tag replaced by ``Tokenizer/tagCharacter``.
        public var text: String

        /// A language version of a unit.
        public init(language: String, text: String) {
            self.language = language
            self.text = text
        }
    }

    /// The unit's `tuid`, when it has one.
    public var id: String?
    /// The language versions.
    public var variants: [Variant]
    /// The source document (the `x-document` property), when known.
    public var document: String?
    /// The change or creation date as written in the memory (`YYYYMMDDThhmmssZ`), when known.
    public var date: String?

    /// A unit.
    public init(id: String? = nil, variants: [Variant], document: String? = nil, date: String? = nil) {
        self.id = id
        self.variants = variants
        self.document = document
        self.date = date
    }
}
