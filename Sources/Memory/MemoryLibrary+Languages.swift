extension MemoryLibrary {
    /// The languages of the memories' segments, sorted, each once.
    public var languages: [String] {
        Array(Set(indexes.flatMap(\.languages))).sorted()
    }
}
