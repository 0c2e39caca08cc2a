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

/// Writing to the standard streams.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func output(utf8 bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}
