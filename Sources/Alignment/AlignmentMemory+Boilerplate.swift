import TMX

extension AlignmentMemory.Release {
    /// Whether every sentence of `unit` is page boilerplate, `boilerplate[version][sentence]`
    /// telling which sentences are (``SegmentedDocument/isBoilerplate``): chrome that the versions
    /// share, such as a date line or "All news".
    public static func isBoilerplate(_ unit: MultilingualAlignment.Unit, _ boilerplate: [[Bool]]) -> Bool {
        var any = false
        for (version, range) in unit.sentences.enumerated() {
            for index in range {
                guard boilerplate[version][index] else { return false }
                any = true
            }
        }
        return any
    }

    /// The ``extraProperties`` that mark a unit made only of page boilerplate with the prop
    /// `x-boilerplate` = `yes`, so that users and CAT tools can filter it.
    public static func markingBoilerplate(_ boilerplate: [[Bool]]) -> @Sendable (MultilingualAlignment.Unit) -> [TMXProperty] {
        { unit in isBoilerplate(unit, boilerplate) ? [TMXProperty(type: "x-boilerplate", value: "yes")] : [] }
    }
}
