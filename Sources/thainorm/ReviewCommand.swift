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

    @OptionGroup var repair: RepairOptions

    func validate() throws {
        try repair.validate()
    }

    func run() throws {
        let decoded = try FileIO.readText(file)
        let configuration = try repair.configuration()
        let normalizer = Normalizer(configuration: configuration)
        let result = normalizer.normalize(decoded)
        let page: String
        do {
            page = try ReviewPage.html(
                input: decoded.text, edits: result.edits, findings: result.findings, source: FileIO.displayName(file),
                options: .init(minimumConfidence: configuration.minimumConfidence, skippedStages: configuration.disabledStages.sorted(),
                              encoding: decoded.encoding, maximumPasses: configuration.parameters.pipeline.maximumPasses))
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
