import ArgumentParser
import Foundation
import ThaiNorm

extension DigitStyle: ExpressibleByArgument {}

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Repair Thai text; line i of the output is the repair of line i of the input.",
        discussion: """
            Reads each FILE (or standard input when there is none, or for -) in UTF-8, UTF-16 \
            with a byte-order mark, or TIS-620/Windows-874, and writes UTF-8: to standard output \
            (several files one after another), to -o OUT, or back into each file with -i. \
            --check writes nothing and exits 1 if any file would change (for CI). Findings (what \
            a stage saw but did not repair) are counted on standard error; -v lists them and the \
            edits per stage, -q says nothing. Exit status: 0 success, 1 bad input or an output \
            that cannot be written (or, with --check, a file that would change), 2 usage error.
            """
    )

    @Argument(help: ArgumentHelp("The input files; standard input when none, or for -.", valueName: "file"))
    var files: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the output here (atomically) instead of standard output; - is standard output.", valueName: "out"))
    var output: String?

    @Flag(name: [.customShort("i"), .customLong("in-place")], help: "Write each FILE's repair back into it (atomically; a file that would not change is not touched).")
    var inPlace = false

    @Flag(help: "Write no repaired text; list the files that would change and exit 1 if there is one.")
    var check = false

    @OptionGroup var repair: RepairOptions

    @Option(name: .customLong("explain"), help: ArgumentHelp("Write every edit and finding as JSON to this file; - is standard output.", valueName: "edits.json"))
    var explainPath: String?

    @OptionGroup var verbosity: Verbosity

    func validate() throws {
        try repair.validate()
        try verbosity.validate()
        let modes = [output != nil, inPlace, check].filter { $0 }.count
        guard modes <= 1 else { throw ValidationError("give only one of -o, -i/--in-place and --check") }
        if files.count > 1, output != nil { throw ValidationError("-o writes one output; with several files use -i, or standard output") }
        if files.count > 1, explainPath != nil { throw ValidationError("--explain describes one file; give one FILE") }
        if inPlace, files.isEmpty || files.contains("-") { throw ValidationError("-i/--in-place rewrites files; standard input cannot be rewritten") }
        if let output, let explainPath {
            if output == "-", explainPath == "-" { throw ValidationError("-o - and --explain - would both write to standard output") }
            if output != "-", explainPath != "-", FileIO.sameFile(output, explainPath) {
                throw ValidationError("-o and --explain name the same file (\(explainPath))")
            }
        }
        if explainPath == "-", output == nil || output == "-", !check, !inPlace {
            throw ValidationError("--explain - and the text would both go to standard output; give -o for the text")
        }
        if let explainPath, explainPath != "-", files.contains(where: { $0 != "-" && FileIO.sameFile($0, explainPath) }) {
            throw ValidationError("--explain \(explainPath) is the input file")
        }
    }

    func run() throws {
        let normalizer = Normalizer(configuration: try repair.configuration())
        let inputs = files.isEmpty ? [nil] : files.map(Optional.some)
        var wouldChange = 0
        var failed: [CLIFailure] = []
        // A bad file is reported and the others are still done, as a batch does.
        for file in inputs {
            do {
                if try normalize(file, with: normalizer), check { wouldChange += 1 }
            } catch {
                guard inputs.count > 1 else { throw error }
                Console.error("thainorm: \(error.message)")
                failed.append(error)
            }
        }
        if !failed.isEmpty {
            throw CLIFailure(message: "\(failed.count) of \(inputs.count) files failed (the others were done)", exitCode: CLIFailure.badInputExitCode)
        }
        if wouldChange > 0 {
            throw CLIFailure(message: "\(wouldChange) of \(inputs.count) files would change", exitCode: CLIFailure.badInputExitCode)
        }
    }

    /// Normalizes one input and writes what was asked; with `--check`, whether it would change.
    private func normalize(_ file: String?, with normalizer: Normalizer) throws(CLIFailure) -> Bool {
        let windowBytes = normalizer.configuration.parameters.pipeline.windowBytes
        if let file, let size = FileIO.regularFileSize(file), size > windowBytes {
            return try normalizeInWindows(.path(file), with: normalizer)
        }
        let name = FileIO.displayName(file)
        let bytes: [UInt8]
        if file == nil || file == "-" {
            switch try FileIO.standardInput(holdingAtMost: windowBytes) {
            case .bytes(let all): bytes = all
            case .spooled(let spool):
                defer { fclose(spool) }
                return try normalizeInWindows(.descriptor(fileno(spool), name: name), with: normalizer)
            }
        } else {
            bytes = try FileIO.readBytes(file)
        }
        let decoded = try FileIO.decode(bytes, from: name)
        let result = normalizer.normalize(decoded)
        verbosity.summarize(name, edits: result.edits, findings: result.findings)
        // Everything is computed before anything is written.
        var writes: [(bytes: [UInt8], path: String)] = []
        var standardOutput: [[UInt8]] = []
        if let explainPath {
            let report = ExplainReport(
                source: name, encoding: decoded.encoding,
                stages: normalizer.stages.map(\.name), configuration: normalizer.configuration,
                edits: result.edits, findings: result.findings)
            let json = [UInt8](FileIO.json(report))
            if explainPath == "-" { standardOutput.append(json + [0x0A]) } else { writes.append((json, explainPath)) }
        }
        // Bytes, not edits: -i also writes a TIS-620 or UTF-16 file back as UTF-8, without a
        // byte-order mark.
        let changed = result.utf8 != bytes
        if check, changed, !verbosity.quiet {
            Console.error("would change: \(name) (\(Self.change(edits: result.edits.filter(\.applied).count, encoding: decoded.encoding)))")
        } else if inPlace {
            if changed, let file { writes.append((result.utf8, file)) }
        } else if !check, let output, output != "-" {
            writes.append((result.utf8, output))
        } else if !check {
            standardOutput.append(result.utf8)
        }
        try FileIO.writeAll(writes)
        for bytes in standardOutput { try Console.output(utf8: bytes) }
        return changed
    }

    /// A file larger than a window, normalized window by window (``NormalizationWindows``), so
    /// that memory does not grow with the file: it writes what ``normalize(_:with:)`` writes of
    /// the windows, as they are done (`-v` lists each window's findings as it is done, and the
    /// counts at the end).
    private func normalizeInWindows(_ input: WindowedInput, with normalizer: Normalizer) throws(CLIFailure) -> Bool {
        let pieceBytes = 1 << 20
        let path = input.name
        func readPieces(_ body: ([UInt8]) throws(CLIFailure) -> Void) throws(CLIFailure) {
            switch input {
            case .path(let path): try FileIO.readPieces(of: path, size: pieceBytes, body)
            case .descriptor(let descriptor, let name): try FileIO.readPieces(of: descriptor, named: name, size: pieceBytes, body)
            }
        }
        // Standard output cannot be taken back: a bad byte must stop the run before anything is
        // written there, so the whole input is decoded once first.
        if !check, !inPlace, output == nil || output == "-" || explainPath == "-" {
            var decoder = StreamingDecoder()
            try readPieces { piece throws(CLIFailure) in
                do throws(InputError) { _ = try decoder.decode(piece) } catch { throw .badInput(path, error.description) }
            }
            do { _ = try decoder.finish() } catch { throw .badInput(path, error.description) }
        }
        let text = check ? nil : try StreamedOutput(inPlace ? input.name : output)
        let explain = try explainPath.map { explainPath throws(CLIFailure) in
            try StreamedExplain(explainPath, source: path, stages: normalizer.stages.map(\.name),
                                configuration: normalizer.configuration)
        }
        var windows = NormalizationWindows(normalizer: normalizer)
        var tally = Verbosity.Tally()
        var changed = false
        func take(_ done: [NormalizationWindows.Window]) throws(CLIFailure) {
            for window in done {
                changed = changed || window.result.utf8 != window.input
                try text?.write(window.result.utf8)
                try explain?.add(window.result)
                tally.add(edits: window.result.edits, findings: window.result.findings.count)
                verbosity.list(window.result.findings, of: path)
            }
        }
        do throws(CLIFailure) {
            try readPieces { piece throws(CLIFailure) in
                let done: [NormalizationWindows.Window]
                do throws(InputError) { done = try windows.append(piece) } catch { throw .badInput(path, error.description) }
                try take(done)
            }
            let done: [NormalizationWindows.Window]
            do { done = try windows.finish() } catch { throw .badInput(path, error.description) }
            try take(done)
            let encoding = windows.encoding ?? .utf8
            // Bytes, as for a whole file: a byte-order mark dropped or a re-encoding is a change.
            if encoding != .utf8 { changed = true }
            try explain?.finish(encoding: encoding)
            if inPlace, !changed { text?.discard() } else { try text?.commit() }
            try explain?.commit()
        } catch {
            text?.discard()
            explain?.discard()
            throw error
        }
        verbosity.summarize(path, tally: tally)
        if check, changed, !verbosity.quiet {
            Console.error("would change: \(path) (\(Self.change(edits: tally.applied.values.reduce(0, +), encoding: windows.encoding ?? .utf8)))")
        }
        return changed
    }
}

extension NormalizeCommand {
    /// Why `--check` finds a file would change: its applied edits, else what writing it as UTF-8 does.
    static func change(edits: Int, encoding: SourceEncoding) -> String {
        switch encoding {
        case _ where edits > 0: "\(edits) edits"
        case .utf8WithBOM: "byte-order mark removed"
        case .utf8: "bytes differ"
        default: "re-encoded from \(encoding.rawValue) to UTF-8"
        }
    }
}

/// A large input, read in windows: a file, or standard input held in a temporary file.
enum WindowedInput {
    case path(String)
    case descriptor(Int32, name: String)

    var name: String {
        switch self {
        case .path(let path): path
        case .descriptor(_, let name): name
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
