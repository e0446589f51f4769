import Foundation
import Testing
@testable import Segmentation

/// The columns of start tags, which libxml2 does not give.
struct TagColumnsTests {
    @Test func findsEachStartTagInOrderSkippingCommentsAndLookalikes() {
        let xml = """
            <a><rule/> <rules/><!-- <rule> --><rule x="1">
            é<![CDATA[<rule>]]><rule>
            <?pi <rule?>
              <rule>
            """
        var columns = TagColumns(data: Data(xml.utf8), name: "rule")
        #expect(columns.next(onLine: 1) == 4)
        #expect(columns.next(onLine: 1) == 35)
        // Characters, not bytes: `é` is one column.
        #expect(columns.next(onLine: 2) == 20)
        #expect(columns.next(onLine: 4) == 3)
        #expect(columns.next(onLine: 4) == 0)
    }

    /// An element libxml2 places on a line where no start tag was found (a prefixed name) gets 0,
    /// and the tags after it are still matched by line.
    @Test func aLineWithoutTheTagGivesZero() {
        var columns = TagColumns(data: Data("<x:rule/>\n<rule/>".utf8), name: "rule")
        #expect(columns.next(onLine: 1) == 0)
        #expect(columns.next(onLine: 2) == 1)
    }
}
