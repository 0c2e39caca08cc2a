import ArgumentParser
import Foundation
import ThaiNorm

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure character and word error rates of HYP against a reference.",
        discussion: """
            CER: Levenshtein distance over Unicode scalars after collapsing every whitespace run \
            to one space and trimming, divided by the reference length. WER: the same over \
            whitespace-separated tokens. CER-nospace: CER with all whitespace removed.
            """
    )

    @OptionGroup var comparison: Comparison

    func run() throws {
        let referenceText = try FileIO.readText(comparison.reference, allowEmpty: true)
        let hypothesisText = try FileIO.readText(comparison.hypothesis, allowEmpty: true)
        guard referenceText.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw CLIFailure.badInput(comparison.reference, "the reference is empty: error rates are not defined against it")
        }
        let rates = ErrorRates.measure(reference: referenceText.text, hypothesis: hypothesisText.text)
        if comparison.json {
            try Console.output(String(decoding: FileIO.json(rates), as: UTF8.self))
        } else {
            try Console.output(rates.summary + "\n")
        }
    }
}

/// What `eval` and `eval-structure` compare: a reference (gold) file, the file to measure, and
/// the output form.
struct Comparison: ParsableArguments {
    @Option(help: "The reference (gold) file.")
    var reference: String

    @Argument(help: "The file to measure.")
    var hypothesis: String

    @Flag(help: "Print the figures as JSON.")
    var json = false
}
