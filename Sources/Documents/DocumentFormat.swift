/// The formats ``DocumentReader`` reads.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// Plain text (`.txt`): paragraphs separated by blank lines.
    case plainText = "text"
    /// An HTML page (`.html`, `.htm`), parsed by libxml2's recovering HTML parser.
    case html
    /// A Word document (`.docx`, Office Open XML).
    case docx

    /// The format a file extension names, if any (case-insensitive, without the dot).
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text", "sent": self = .plainText
        case "html", "htm", "xhtml", "shtml": self = .html
        case "docx", "docm", "dotx": self = .docx
        default: return nil
        }
    }
}
