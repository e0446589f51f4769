/// One SRX `<rule>`: a break (or an exception that prevents one) between text matching
/// `before` and text matching `after`. Patterns are in the Java dialect of SRX files.
public struct SegmentationRule: Sendable, Hashable {
    /// `break="yes"` splits, `break="no"` is an exception that prevents a split.
    public var isBreak: Bool
    /// `<beforebreak>`: must match text ending at the position (empty matches anything).
    public var before: String
    /// `<afterbreak>`: must match text starting at the position (empty matches anything).
    public var after: String
    /// The rule's line in its file (0 when built in code).
    public var line: Int

    public init(isBreak: Bool, before: String, after: String, line: Int = 0) {
        self.isBreak = isBreak
        self.before = before
        self.after = after
        self.line = line
    }
}
