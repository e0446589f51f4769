/// A set of UTF-16 code units with a bitmap for ASCII (the common case) and a set for the rest.
struct UnitSet: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var others: Set<UInt16> = []

    init(_ units: Set<UInt16>) {
        for unit in units {
            if unit < 64 { low |= 1 << UInt64(unit) }
            else if unit < 128 { high |= 1 << UInt64(unit - 64) }
            else { others.insert(unit) }
        }
    }

    @inline(__always)
    func contains(_ unit: UInt16) -> Bool {
        if unit < 64 { return low & (1 << UInt64(unit)) != 0 }
        if unit < 128 { return high & (1 << UInt64(unit - 64)) != 0 }
        return !others.isEmpty && others.contains(unit)
    }

    /// Every unit of the set.
    var all: [UInt16] {
        (0..<128).filter { contains(UInt16($0)) }.map { UInt16($0) } + others
    }
}
