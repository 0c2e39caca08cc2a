import ArgumentParser
import Foundation
import ThaiNorm

/// `thainorm review`: normalizes a text and writes the review page (``ReviewPage``), one
/// self-contained HTML file that shows every edit on the repaired text.
///
/// ```
/// thainorm review scan.txt -o review.html --min-confidence 0.6
/// ```
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write an HTML page that shows the repaired text with every edit highlighted.",
        discussion: """
            Normalizes FILE (or standard input when FILE is absent or -) as `normalize` does and \
            writes one self-contained HTML page: the repaired text line by line, each applied edit \
            highlighted in its stage's colour (paler for lower confidence) with what it replaced, \
            held-back edits and findings marked apart, a per-stage summary, and keys to go from \
            edit to edit (j/k, n/p, arrow keys). Exit status: 0 success, 1 bad input, 2 usage error.
            """
    )

    @Argument(help: "The input file; standard input when absent or -.")
    var file: String?

    @Option(name: .shortAndLong, help: "Write the page here (atomically) instead of standard output (- for standard output).")
    var output: String?

    @Option(help: "Digits in the repaired text: keep, arabic or thai.")
    var digits: DigitStyle = .keep

    @Option(help: "Hold back edits below this confidence (0–1): shown on the page, not applied.")
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
        let page: String
        do {
            page = try ReviewPage.html(
                input: decoded.text, edits: result.edits, findings: result.findings, source: FileIO.displayName(file),
                options: .init(minimumConfidence: minConfidence, skippedStages: skippedStages, encoding: decoded.encoding))
        } catch {
            // The edits were made on this very text: a mismatch is a defect of thainorm.
            throw CLIFailure.badInput(FileIO.displayName(file), "internal error, the edits do not replay: \(error)")
        }
        if let output, output != "-" {
            try FileIO.writeAtomically(Array(page.utf8), to: output)
        } else {
            try Console.output(page)
        }
    }
}
