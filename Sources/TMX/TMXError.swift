import XMLKit

/// An error reading or writing a memory, with the place where it was found: its description is
/// `path:line:column: message`. The same type as XMLKit's errors, so that libxml2's errors pass
/// through unchanged.
public typealias TMXError = XMLError
