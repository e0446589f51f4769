import Testing
import XMLKit
import TestSupport

@Suite struct LibXML2Tests {
    @Test func initializesAndReportsVersion() {
        LibXML2.initialize()
        #expect(LibXML2.version.hasPrefix("2"))
    }

    @Test func errorsPrintPathLineColumn() {
        let error = XMLError(path: "a.tmx", line: 3, column: 7, message: "unexpected end of file")
        #expect(error.description == "a.tmx:3:7: unexpected end of file")
    }

    @Test(.requiresSharedData) func sharedDataIsFound() {
        #expect(SharedData.files(in: "interop/tmx", suffix: ".tmx").count > 40)
    }
}
