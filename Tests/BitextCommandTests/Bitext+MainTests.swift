import ArgumentParser
@testable import BitextCommand
import Foundation
import Testing
import TestSupport

/// How a failure of the command line is printed: `error: …`, as Bitext's warnings are.
struct BitextMainTests {
    @Test func aFailureOfTheWorkIsAnErrorLineWithStatusOne() async throws {
        let missing = try SharedData.temporaryDirectory().appendingPathComponent("missing.fr.txt").path
        var command = try #require(try Bitext.parseAsRoot(["segment", missing]) as? AsyncParsableCommand)
        var thrown: (any Error)?
        do { try await command.run() } catch { thrown = error }
        let error = try #require(thrown)
        let report = try #require(Bitext.failureReport(for: error))
        #expect(report.message == "error: \(missing): no such file")
        #expect(report.status == 1)
    }

    @Test func aUsageErrorKeepsItsUsageLinesWithStatus64() throws {
        let error = try #require(throws: (any Error).self) { try Bitext.parseAsRoot(["segment", "x.txt", "--lang", "f r"]) }
        let report = try #require(Bitext.failureReport(for: error))
        #expect(report.message.hasPrefix("error: --lang: 'f r' is not a language code"))
        #expect(report.message.contains("\nUsage: bitext segment <file>"))
        #expect(report.status == 64)
    }

    @Test func helpAndAnExitCodeAfterOwnMessagesPrintNothingNew() throws {
        #expect(Bitext.failureReport(for: CleanExit.helpRequest()) == nil)
        #expect(Bitext.failureReport(for: CleanExit.message("0.1.0")) == nil)
        let report = try #require(Bitext.failureReport(for: ExitCode.failure))
        #expect(report.message.isEmpty && report.status == 1)
    }
}
