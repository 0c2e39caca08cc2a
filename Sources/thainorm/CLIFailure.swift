import Foundation
import ThaiNorm

/// A failure the command reports with a message and an exit code.
struct CLIFailure: Error {
    static let badInputExitCode: Int32 = 1
    static let usageExitCode: Int32 = 2

    var message: String
    var exitCode: Int32

    static func badInput(_ source: String, _ problem: String) -> CLIFailure {
        CLIFailure(message: "\(source): \(problem)", exitCode: badInputExitCode)
    }

    static func usage(_ message: String) -> CLIFailure {
        CLIFailure(message: message, exitCode: usageExitCode)
    }
}

/// Writing to the standard streams with `write(2)`, so that a failed write is an error the
/// command reports, not a trap (`FileHandle.write` traps on failure).
///
/// - A closed pipe (`EPIPE`: the reader went away, as `thainorm … | head` does) ends the
///   program quietly with status 0; SIGPIPE is ignored so that the write returns the error.
/// - Any other failure (`/dev/full`, a closed descriptor) throws a ``CLIFailure`` with
///   exit status 1 and the system's reason.
enum Console {
    /// Called once at start-up: a write to a closed pipe returns EPIPE instead of killing us.
    static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// A message on standard error; if standard error itself cannot be written there is
    /// nobody to tell, and the exit status still says it.
    static func error(_ message: String) {
        _ = Array((message + "\n").utf8).withUnsafeBytes { FileIO.writeAll($0, to: STDERR_FILENO) }
    }

    static func output(_ text: String) throws(CLIFailure) {
        try output(utf8: Array(text.utf8))
    }

    static func output(utf8 bytes: [UInt8]) throws(CLIFailure) {
        let error = bytes.withUnsafeBytes { FileIO.writeAll($0, to: STDOUT_FILENO) }
        if error == EPIPE { exit(0) }
        guard error == 0 else {
            throw CLIFailure(message: "standard output: cannot write (\(String(cString: strerror(error))))",
                             exitCode: CLIFailure.badInputExitCode)
        }
    }
}
