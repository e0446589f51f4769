import Alignment
import Testing

struct VecalignFormatTests {
    @Test
    func roundTrip() throws {
        let text = "[0]:[0, 1]\n[1, 2]:[2]\n[3]:[]\n[]:[3]\n"
        let beads = try VecalignFormat.parse(text)
        #expect(beads.map(\.kind) == ["1-2", "2-1", "1-0", "0-1"])
        #expect(VecalignFormat.format(beads) == text)
    }

    @Test
    func errorsGiveLineAndColumn() {
        #expect(throws: VecalignFormat.ParseError.self) { try VecalignFormat.parse("[0]:[0]\n[1]-[1]\n") }
        do {
            _ = try VecalignFormat.parse("[0]:[0]\n[1]:[x]\n")
            Issue.record("no error")
        } catch {
            #expect(error.line == 2 && error.column == 5)
        }
        #expect(throws: VecalignFormat.ParseError.self) { try VecalignFormat.parse("[0, 2]:[0]") }
    }
}
