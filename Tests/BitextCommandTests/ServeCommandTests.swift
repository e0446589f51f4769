import ArgumentParser
import Testing

@testable import BitextCommand

@Suite struct ServeCommandTests {
    /// A port outside 0…65535 used to be taken modulo 65536 (`--port 99999` listened on 34463).
    @Test func aPortOutOfRangeIsRefusedBeforeServing() throws {
        for port in ["99999", "65536", "-1"] {
            #expect {
                _ = try Bitext.parseAsRoot(["serve", "--port=\(port)"])
            } throws: { error in
                Bitext.message(for: error).contains("--port must be between 0 and 65535")
            }
        }
        #expect((try Bitext.parseAsRoot(["serve", "--port", "0"]) as? ServeCommand)?.port == 0)
        #expect((try Bitext.parseAsRoot(["serve", "--port", "65535"]) as? ServeCommand)?.port == 65535)
    }
}
