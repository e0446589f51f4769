/// A header `<ude name= base=>`: how private-use characters map to a legacy code set.
public struct TMXUserDefinedEncoding: Sendable, Hashable {
    /// One `<map unicode= code= ent= subst=/>`.
    public struct Map: Sendable, Hashable {
        /// `unicode` (`#xF8FF`).
        public var unicode: String
        /// `code` (`#xF0`).
        public var code: String?
        /// `ent`: an entity name.
        public var entity: String?
        /// `subst`: a substitution text.
        public var substitution: String?
        /// Other attributes, written back as they were.
        public var otherAttributes: [TMXAttribute]

        /// Creates a mapping.
        public init(
            unicode: String, code: String? = nil, entity: String? = nil, substitution: String? = nil,
            otherAttributes: [TMXAttribute] = []
        ) {
            self.unicode = unicode
            self.code = code
            self.entity = entity
            self.substitution = substitution
            self.otherAttributes = otherAttributes
        }
    }

    /// `name`.
    public var name: String
    /// `base`.
    public var base: String?
    /// The mappings.
    public var maps: [Map]
    /// Other attributes, written back as they were.
    public var otherAttributes: [TMXAttribute]

    /// Creates a user-defined encoding.
    public init(name: String, base: String? = nil, maps: [Map] = [], otherAttributes: [TMXAttribute] = []) {
        self.name = name
        self.base = base
        self.maps = maps
        self.otherAttributes = otherAttributes
    }
}
