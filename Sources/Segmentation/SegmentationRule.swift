/// One SRX `<rule>`: a break (or an exception that prevents one) between text matching
/// `before` and text matching `after`. Patterns are in the Java dialect of SRX files.
public struct SegmentationRule: Sendable, Hashable {
    /// `break="yes"` splits, `break="no"` is an exception that prevents a split.
    public var isBreak: Bool
    /// `<beforebreak>`: must match text ending at the position (empty matches anything).
    public var before: String
    /// `<afterbreak>`: must match text starting at the position (empty matches anything).
    public var after: String
    /// The line of the rule's `<rule>` start tag in its file (0 when built in code).
    public var line: Int
    /// The column of that start tag (0 when unknown).
    public var column: Int
    /// The rule's 1-based place in its `<languagerule>` (0 when built in code).
    public var number: Int

    public init(isBreak: Bool, before: String, after: String, line: Int = 0, column: Int = 0, number: Int = 0) {
        self.isBreak = isBreak
        self.before = before
        self.after = after
        self.line = line
        self.column = column
        self.number = number
    }
}
