import ArgumentParser
import Foundation

extension Bitext {
    /// Parses the arguments and runs the command, as `main()` does, except that a failure is printed in
    /// the style of Bitext's `warning: …` lines (see ``failureReport(for:)``). Help and `--version` are
    /// printed by ArgumentParser as before.
    public static func mainPrintingErrors() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            guard let report = failureReport(for: error) else { exit(withError: error) }
            if !report.message.isEmpty { FileHandle.standardError.write(Data((report.message + "\n").utf8)) }
            Foundation.exit(report.status)
        }
    }

    /// What a failure prints on standard error and the exit status: `error: …` instead of
    /// ArgumentParser's `Error: …` (a usage error followed by its usage lines, status 64; a failure of the
    /// work itself, a file that cannot be read or data that is wrong, status 1); an empty message for
    /// an `ExitCode` thrown after the command printed its own. Nil for help and `--version`.
    static func failureReport(for error: any Error) -> (message: String, status: Int32)? {
        let code = exitCode(for: error)
        guard code != .success else { return nil }
        let message = fullMessage(for: error)
        return (message.hasPrefix("Error: ") ? "error: " + message.dropFirst("Error: ".count) : message, code.rawValue)
    }
}
