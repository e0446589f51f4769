import XMLKit

/// An error reading or writing a glossary, with the place where it was found: the same error type
/// as XMLKit's, whose description has the form `path:line:column: message`.
public typealias GlossaryError = XMLError
