/// How far a term has been accepted by a terminologist.
public enum TermStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Proposed (by extraction or a colleague), not yet reviewed.
    case candidate
    /// Reviewed and to be used.
    case approved
    /// Not to be used: a deprecated, superseded or wrong rendering.
    case forbidden

    /// Maps the administrative statuses that real TBX exporters write to a status
    /// (`preferredTerm-admn-sts`, TermWeb's `preferred`, `notRecommended`, …); `nil` when unknown.
    public init?(administrativeStatus value: String) {
        let value = value.lowercased().replacingOccurrences(of: "-admn-sts", with: "")
        switch value {
        case "preferredterm", "preferred", "approved", "standardizedterm", "standardized": self = .approved
        case "admittedterm", "admitted", "candidate", "proposed", "new", "draft": self = .candidate
        case "deprecatedterm", "deprecated", "supersededterm", "superseded", "notrecommended",
            "forbidden", "legalterm-forbidden", "obsolete":
            self = .forbidden
        default: return nil
        }
    }

    /// The TBX-Basic `administrativeStatus` value written for this status.
    public var administrativeStatus: String {
        switch self {
        case .approved: "preferredTerm-admn-sts"
        case .candidate: "admittedTerm-admn-sts"
        case .forbidden: "deprecatedTerm-admn-sts"
        }
    }
}
