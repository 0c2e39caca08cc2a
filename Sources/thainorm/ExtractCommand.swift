import ArgumentParser
import Foundation
import ThaiNorm

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract header, dates, people, criteria and tables as JSON.",
        discussion: """
            Normalizes FILE (or standard input when FILE is absent or -) first, unless \
            --no-normalize, then writes one pretty-printed JSON document with sorted keys. \
            Its schema is Sources/ThaiNorm/Extraction/structure.schema.json. Line numbers are \
            1-based lines of the input. Exit status: 0 success, 1 bad input, 2 usage error.
            """
    )

    @Argument(help: "The input file; standard input when absent or -.")
    var file: String?

    @Option(name: .shortAndLong, help: "Write the JSON here (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .customLong("no-normalize"), help: "Extract from the text as it is.")
    var noNormalize = false

    @OptionGroup var config: ConfigOption

    func run() throws {
        let text: String
        if noNormalize {
            text = try FileIO.readText(file).text
        } else {
            // Normalized window by window (a large file's working set stays a window's); the
            // extraction reads the whole text.
            let normalizer = Normalizer(configuration: try config.configuration())
            let bytes = try FileIO.readBytes(file)
            var utf8: [UInt8] = []
            do throws(InputError) {
                try NormalizationWindows.normalize(bytes, with: normalizer) { utf8 += $0.result.utf8 }
            } catch {
                throw CLIFailure.badInput(FileIO.displayName(file), error.description)
            }
            text = String(decoding: utf8, as: UTF8.self)
        }
        let json = try StructureExtractor.json(StructureExtractor().extract(text))
        if let output {
            try FileIO.writeAtomically(json, to: output)
        } else {
            try Console.output(String(decoding: json, as: UTF8.self))
        }
    }
}

struct EvalStructureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-structure",
        abstract: "Measure an extraction against a reference structure JSON.",
        discussion: """
            People: F1 over (title, given, family). Dates: F1 over (line, ISO value). Criteria: \
            F1 over ids (a qualifier before the first digit, as in phys.1, is ignored), and the \
            share of reference criteria whose supervisors and responsible lists are exactly \
            reproduced.
            """
    )

    @OptionGroup var comparison: Comparison

    func run() throws {
        let (reference, hypothesis, json) = (comparison.reference, comparison.hypothesis, comparison.json)
        let gold = try FileIO.readBytes(reference)
        let ours = try FileIO.readBytes(hypothesis)
        let scores: StructureEvaluation
        do {
            scores = try StructureEvaluation.compare(reference: Data(gold), hypothesis: Data(ours))
        } catch {
            throw CLIFailure.badInput(error.side == .reference ? reference : hypothesis, error.description)
        }
        try Console.output(json ? String(decoding: FileIO.json(scores), as: UTF8.self) : scores.summary + "\n")
    }
}
