import Foundation

/// A stream of units read from a memory file.
public protocol MemoryUnitSource {
    /// The next unit, or nil at the end; throws when the file is malformed.
    mutating func next() throws -> MemoryUnit?
}

/// Opens a memory file as a stream of units (TMX by default: ``TMXUnitSource``).
public typealias MemoryUnitReader = @Sendable (URL) throws -> any MemoryUnitSource

/// Units already in memory, as a source.
public struct MemoryUnitArray: MemoryUnitSource {
    private var iterator: IndexingIterator<[MemoryUnit]>

    /// A source over `units`.
    public init(_ units: [MemoryUnit]) {
        iterator = units.makeIterator()
    }

    public mutating func next() throws -> MemoryUnit? {
        iterator.next()
    }
}
