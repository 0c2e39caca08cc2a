import ArgumentParser
import ThaiNorm

/// The options that choose how text is repaired, shared by `normalize` and `review`.
struct RepairOptions: ParsableArguments {
    @Option(help: "Digits in the output: keep, arabic or thai.")
    var digits: DigitStyle = .keep

    @Option(help: "Hold back edits below this confidence (0–1): reported (in --explain, on the review page), not applied.")
    var minConfidence: Double = 0

    @Option(name: .customLong("skip"), help: ArgumentHelp("Skip a stage (see `thainorm stages`); repeatable.", valueName: "stage"))
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

    /// The normalizer these options describe.
    var normalizer: Normalizer {
        Normalizer(configuration: NormalizerConfiguration(
            digits: digits, minimumConfidence: minConfidence, disabledStages: Set(skippedStages)))
    }
}
