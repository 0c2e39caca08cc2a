import ArgumentParser
import Foundation
import ThaiNorm

enum BatchFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, both
}

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert files and folders of .txt and .pdf into a mirrored output tree, in parallel.",
        discussion: """
            Each input file becomes DIR/<its path inside the input folder> with .txt (normalized \
            text) and/or .json (extraction). Outputs are written atomically; a re-run skips outputs \
            newer than their input (resume), unless --force (give it after changing --config: \
            outputs made with other settings are not told apart). A bad file is reported and the batch \
            goes on; the exit status is 1 if any file failed. DIR/report.json sums it up. \
            With --ndjson, input paths are read from standard input, one per line, and one JSON \
            object per document is written to standard output (no files).
            """
    )

    @Argument(help: "Files or folders (searched recursively for .txt and .pdf).")
    var inputs: [String] = []

    @Option(name: .customLong("out"), help: "The output folder (created if needed).")
    var outputFolder: String?

    @Option(name: .customLong("report"), help: ArgumentHelp("Write the batch report here.", discussion: "Default: DIR/report.json.", valueName: "PATH"))
    var reportPath: String?

    @Option(help: "Files converted at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: "What to write per input: text, json or both.")
    var format: BatchFormat = .text

    @Flag(help: "Convert even when the outputs are newer than the input.")
    var force = false

    @Flag(help: "Read paths from standard input; write one JSON object per document to standard output.")
    var ndjson = false

    @OptionGroup var config: ConfigOption

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if ndjson {
            guard inputs.isEmpty, outputFolder == nil, reportPath == nil else { throw ValidationError("--ndjson reads paths from standard input and writes to standard output; give no INPUT, --out or --report") }
        } else {
            guard !inputs.isEmpty else { throw ValidationError("give at least one INPUT file or folder") }
            guard outputFolder != nil else { throw ValidationError("--out DIR is required") }
        }
    }

    func run() throws {
        if ndjson {
            try NDJSONFilter(normalizer: Normalizer(configuration: try config.configuration())).run()
            return
        }
        let runner = try BatchRunner(inputs: inputs, folder: outputFolder!, report: reportPath, format: format, force: force,
                                     jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                     normalizer: Normalizer(configuration: try config.configuration()))
        let report = try runner.run()
        // The failures were reported file by file; only the status remains to be set.
        if !report.failures.isEmpty { throw CLIFailure(message: "\(report.failures.count) of \(report.files) files failed", exitCode: CLIFailure.badInputExitCode) }
    }
}
