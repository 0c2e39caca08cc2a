import ArgumentParser
import Foundation
import ThaiNorm

/// Entry point: runs the command and maps every outcome to an exit code.
///
/// 0 success; 1 bad input or an output that could not be written (the
/// message names the file and what was wrong); 2 usage error.
@main
enum ThainormMain {
    static func main() {
        Console.ignoreBrokenPipeSignal()
        Interruption.install()
        refuseArgumentsThatAreNotUTF8()
        do {
            var command = try Thainorm.parseAsRoot()
            try command.run()
        } catch let failure as CLIFailure {
            Console.error("thainorm: \(failure.message)")
            exit(failure.exitCode)
        } catch {
            let message = Thainorm.fullMessage(for: error)
            if Thainorm.exitCode(for: error) == .success {
                if !message.isEmpty { _ = try? Console.output(message + "\n") }
                exit(0)
            }
            Console.error(message)
            exit(CLIFailure.usageExitCode)
        }
    }
}

/// A file name that is not UTF-8 (a TIS-620 name from an old Windows share) would reach the
/// commands with its bad bytes replaced, and be reported as missing: name it, and stop.
private func refuseArgumentsThatAreNotUTF8() {
    for index in 1..<Int(CommandLine.argc) {
        guard let argument = CommandLine.unsafeArgv[index] else { continue }
        let bytes = Array(UnsafeBufferPointer(start: argument, count: strlen(argument))).map { UInt8(bitPattern: $0) }
        if String(validating: bytes, as: UTF8.self) == nil {
            Console.error("thainorm: \(BatchInputs.escaped(bytes)): the name is not valid UTF-8; rename it "
                + "(for a TIS-620 name: convmv -f tis-620 -t utf-8 --notest)")
            exit(CLIFailure.badInputExitCode)
        }
    }
}

struct Thainorm: ParsableCommand {
    /// The release, raised with each change users can see.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "thainorm",
        abstract: "Repair Thai text damaged by scanners and PDF extractors.",
        discussion: """
            Shell completions: thainorm --generate-completion-script bash|zsh|fish. \
            Manual page: docs/man/thainorm.1 (man ./docs/man/thainorm.1).
            """,
        version: "thainorm \(version) (structure schema \(DocumentStructure().version))",
        subcommands: [
            NormalizeCommand.self, ReviewCommand.self, ExtractCommand.self, BatchCommand.self, EvalCommand.self,
            EvalStructureCommand.self, StagesCommand.self, SchemaCommand.self, ConfigCommand.self,
        ]
    )
}
