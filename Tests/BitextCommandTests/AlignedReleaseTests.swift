import Testing

@testable import BitextCommand

@Suite struct AlignedReleaseTests {
    /// The summary lines of `align --pairs` said `1 pairs`, `1 units added`, `1 releases aligned`.
    @Test func summaryCountsAgreeWithTheirNouns() {
        #expect(AlignedRelease.count(1, "pair") == "1 pair")
        #expect(AlignedRelease.count(0, "unit") == "0 units")
        #expect(AlignedRelease.count(1, "unaligned sentence") == "1 unaligned sentence")
        #expect(AlignedRelease.count(26, "unaligned sentence") == "26 unaligned sentences")
    }
}
