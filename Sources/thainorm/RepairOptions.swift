import ArgumentParser
import ThaiNorm

/// The options that choose how text is repaired, shared by `normalize` and `review`.
struct RepairOptions: ParsableArguments {
    @Option(help: "Digits in the output: keep, arabic or thai (default: keep, or the --config file's).")
    var digits: DigitStyle?

    @Option(help: "Hold back edits below this confidence (0–1; default 0.99, or the --config file's): reported (in --explain, on the review page), not applied. 0 applies every edit.")
    var minConfidence: Double?

    @Option(name: .customLong("skip"), help: ArgumentHelp("Skip a stage (see `thainorm stages`); repeatable.", valueName: "stage"))
    var skippedStages: [String] = []

    @Flag(help: "Keep lines of OCR debris (the same as --skip RemoveOCRDebris).")
    var keepDebris = false

    @OptionGroup var config: ConfigOption

    func validate() throws {
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
        let known = Set(Pipeline.stageNames)
        for stage in skippedStages where !known.contains(stage) {
            throw ValidationError("unknown stage '\(stage)' for --skip; `thainorm stages` lists them")
        }
    }

    /// The configuration these options describe: the --config file's (or the defaults), with
    /// the options given on the command line laid over it.
    func configuration() throws(CLIFailure) -> NormalizerConfiguration {
        var configuration = try config.configuration()
        if let digits { configuration.digits = digits }
        if let minConfidence { configuration.minimumConfidence = minConfidence }
        configuration.disabledStages.formUnion(skippedStages)
        if keepDebris { configuration.disabledStages.insert("RemoveOCRDebris") }
        return configuration
    }
}

/// `--config FILE`: every setting and tunable number from a JSON file (`thainorm config
/// --defaults` prints them all; a file need name only what it changes).
struct ConfigOption: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp(
        "Read settings and tunable numbers from this JSON file (see `thainorm config --defaults`).", valueName: "file"))
    var path: String?

    /// The configuration of the --config file, or the defaults.
    func configuration() throws(CLIFailure) -> NormalizerConfiguration {
        guard let path else { return NormalizerConfiguration() }
        return try Self.load(path)
    }

    /// The configuration in the file at `path`; a file that is not a configuration is a usage error.
    static func load(_ path: String) throws(CLIFailure) -> NormalizerConfiguration {
        let bytes = try FileIO.readBytes(path)
        let configuration: NormalizerConfiguration
        do {
            configuration = try NormalizerConfiguration(json: bytes)
        } catch {
            throw CLIFailure.usage("--config \(path): \(error.description)")
        }
        let known = Set(Pipeline.stageNames)
        for stage in configuration.disabledStages.sorted() where !known.contains(stage) {
            throw CLIFailure.usage("--config \(path): unknown stage '\(stage)' in disabledStages; `thainorm stages` lists them")
        }
        guard (0...1).contains(configuration.minimumConfidence) else {
            throw CLIFailure.usage("--config \(path): minimumConfidence must be between 0 and 1")
        }
        return configuration
    }
}

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the configuration: every setting and tunable number, as JSON.",
        discussion: """
            --defaults prints the defaults; FILE prints the configuration FILE gives (the \
            defaults with what FILE names changed), after checking it. Save the defaults, change \
            a number, and pass the file to normalize, review, extract or batch with --config.
            """
    )

    @Flag(help: "Print the default configuration.")
    var defaults = false

    @Argument(help: ArgumentHelp("A configuration file to check and print in full.", valueName: "file"))
    var file: String?

    func validate() throws {
        guard defaults != (file != nil) else { throw ValidationError("give --defaults or a FILE") }
    }

    func run() throws {
        let configuration = try file.map(ConfigOption.load) ?? NormalizerConfiguration()
        try Console.output(utf8: configuration.json)
    }
}
