import ArgumentParser
import Foundation
import ThaiNorm

extension DigitStyle: ExpressibleByArgument {}

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Repair a Thai text; line i of the output is the repair of line i of the input.",
        discussion: """
            Reads FILE (or standard input when FILE is absent or -) in UTF-8, UTF-16 with a \
            byte-order mark, or TIS-620/Windows-874, and writes UTF-8. Exit status: 0 success, \
            1 bad input, 2 usage error.
            """
    )

    @Argument(help: "The input file; standard input when absent or -.")
    var file: String?

    @Option(name: .shortAndLong, help: "Write the output here (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Digits in the output: keep, arabic or thai.")
    var digits: DigitStyle = .keep

    @Option(name: .customLong("explain"), help: "Write every edit and finding as JSON to this file.")
    var explainPath: String?

    @Option(help: "Report edits below this confidence (0–1) in --explain without applying them.")
    var minConfidence: Double = 0

    @Option(name: .customLong("skip"), help: "Skip a stage (see `thainorm stages`); repeatable.")
    var skippedStages: [String] = []

    func validate() throws {
        guard (0...1).contains(minConfidence) else {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
        let known = Set(Pipeline.stageNames)
        for stage in skippedStages where !known.contains(stage) {
            throw ValidationError("unknown stage '\(stage)' for --skip; `thainorm stages` lists them")
        }
    }

    func run() throws {
        let decoded = try FileIO.readText(file)
        let normalizer = Normalizer(configuration: NormalizerConfiguration(
            digits: digits, minimumConfidence: minConfidence, disabledStages: Set(skippedStages)))
        let result = normalizer.normalize(decoded)
        // Everything is computed before anything is written.
        if let explainPath {
            let report = ExplainReport(
                source: FileIO.displayName(file), encoding: decoded.encoding,
                stages: normalizer.stages.map(\.name), configuration: normalizer.configuration,
                edits: result.edits, findings: result.findings)
            try FileIO.writeAtomically(FileIO.json(report), to: explainPath)
        }
        if let output {
            try FileIO.writeAtomically(result.utf8, to: output)
        } else {
            try Console.output(utf8: result.utf8)
        }
    }
}

/// What `--explain` writes.
struct ExplainReport: Encodable {
    var source: String
    var encoding: SourceEncoding
    var stages: [String]
    var configuration: NormalizerConfiguration
    var edits: [Edit]
    var findings: [Finding]
}
