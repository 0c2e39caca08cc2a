import ArgumentParser
import Foundation

/// Entry point: runs the command and maps every outcome to an exit code.
///
/// 0 success; 1 bad input or an output that could not be written (the
/// message names the file and what was wrong); 2 usage error.
@main
enum ThainormMain {
    static func main() {
        Console.ignoreBrokenPipeSignal()
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

struct Thainorm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thainorm",
        abstract: "Repair Thai text damaged by scanners and PDF extractors.",
        subcommands: [NormalizeCommand.self, ReviewCommand.self, ExtractCommand.self, BatchCommand.self, EvalCommand.self, EvalStructureCommand.self, StagesCommand.self]
    )
}
