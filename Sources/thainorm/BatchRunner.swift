import Foundation
import ThaiNorm

/// One document converted: what the batch and the NDJSON filter write.
struct Conversion {
    /// The normalized text as UTF-8, as the normalizer gives it and a file is written.
    var utf8: [UInt8]
    var structure: DocumentStructure?
    var editsPerStage: [String: Int]
    var bytes: Int

    /// Reads `path` (a .txt in any encoding `normalize` accepts, or a .pdf through pdftotext),
    /// normalizes it and, if asked, extracts its structure.
    static func convert(_ path: String, kind: BatchPaths.InputKind, extract: Bool, with normalizer: Normalizer) throws(CLIFailure) -> Conversion {
        let bytes = kind == .pdf ? try PDFText.text(of: path) : try FileIO.readBytes(path)
        guard !bytes.isEmpty else { throw .badInput(path, "empty file") }
        // Window by window (one window, the whole document, for all but large files): the
        // working set stays that of a window; only the texts are held whole.
        var utf8: [UInt8] = []
        var counts: [String: Int] = [:]
        do throws(InputError) {
            // Each window's edits are counted and let go as it is done.
            try NormalizationWindows.normalize(bytes, with: normalizer) { window in
                utf8 += window.result.utf8
                for edit in window.result.edits where edit.applied { counts[edit.stage, default: 0] += 1 }
            }
        } catch {
            throw .badInput(path, error.description)
        }
        let structure = extract ? StructureExtractor().extract(String(decoding: utf8, as: UTF8.self)) : nil
        return Conversion(utf8: utf8, structure: structure, editsPerStage: counts, bytes: bytes.count)
    }
}

/// Runs a batch: finds the inputs, converts them on `jobs` threads, writes each output
/// atomically, skips what is up to date, and reports.
final class BatchRunner: @unchecked Sendable {
    struct Job {
        var input: String
        var relative: String
        var kind: BatchPaths.InputKind
        var outputs: [(path: String, isJSON: Bool)]
        var size: Int
        /// Whether an output's place holds a symbolic link (written through, never up to date:
        /// what it names may be anything).
        var throughLink = false
    }

    let folder: String
    /// What finding the inputs passed over, said at the start.
    private var notes: [String] = []
    /// Where the report goes: `folder/report.json` unless `--report` says otherwise.
    let reportPath: String
    /// The output folder with symbolic links resolved.
    let realFolder: String
    let format: BatchFormat
    let force: Bool
    let normalizer: Normalizer
    let jobCount: Int
    private(set) var jobs: [Job] = []
    private var report = BatchReport()
    private let lock = NSLock()
    private var next = 0
    private let progress: Progress
    /// Makes the outputs durable in groups, while the workers go on converting: a worker would
    /// otherwise sit idle while the disk confirms each file.
    private let commit: GroupCommit

    /// Checks the inputs against the output folder, takes the output folder's lock and finds
    /// the files to convert. Throws, before anything is written, when the output folder is an
    /// input folder or another batch is writing into it.
    init(inputs: [String], folder: String, report reportPath: String?, format: BatchFormat, force: Bool, jobs: Int,
         normalizer: Normalizer) throws(CLIFailure) {
        let fm = FileManager.default
        self.folder = URL(fileURLWithPath: folder).standardizedFileURL.path
        self.reportPath = reportPath.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? self.folder + "/report.json"
        self.format = format
        self.force = force
        self.jobCount = jobs
        self.normalizer = normalizer
        // Where outputs would land in an input folder, refuse the run before making anything.
        let existing = FileIO.realPath(self.folder)
        for input in inputs {
            let path = URL(fileURLWithPath: input).standardizedFileURL.path
            if let existing, let real = FileIO.realPath(path), real == existing {
                throw .usage("--out \(folder) is the input folder \(input): the outputs would be written into the input tree; give another --out")
            }
        }
        do {
            try fm.createDirectory(atPath: self.folder, withIntermediateDirectories: true)
        } catch {
            throw .badInput(folder, "cannot create the output folder: \(error.localizedDescription)")
        }
        realFolder = FileIO.realPath(self.folder) ?? self.folder
        commit = try GroupCommit(folder: self.folder)
        // One batch at a time in an output folder: another would take our temporaries for a
        // killed run's and remove them.
        try Self.lock(self.folder)

        let found = BatchInputs.scan(inputs, skipping: Set([BatchInputs.FileID(of: self.folder)].compactMap { $0 }))
        notes = found.notes
        Self.removeStaleTemporaries(in: self.folder, sparing: found.folders)
        report.failures = found.refused
        report.files = found.refused.count
        // Paths are compared as bytes: two names Unicode calls equivalent (marks in another
        // order) are two files on disk.
        let inputFiles = Set((found.files.map(\.path) + found.files.compactMap { FileIO.realPath($0.path) }).map { Array($0.utf8) })
        let reportReal = FileIO.realPath(self.reportPath) ?? self.reportPath
        if inputFiles.contains(Array(self.reportPath.utf8)) || inputFiles.contains(Array(reportReal.utf8))
            || found.folders.contains(where: { BatchPaths.relative(reportReal, to: FileIO.realPath($0) ?? $0) != nil }) {
            throw .usage("the report \(self.reportPath) would be in an input folder, where a re-run would read it; give another --report")
        }
        let inputFolders = found.folders.map { FileIO.realPath($0) ?? $0 }
        var seen: [[UInt8]: String] = [:]
        for file in found.files {
            report.files += 1
            guard let kind = BatchPaths.kind(of: file.path) else {
                report.failures.append(.init(path: file.path, reason: "not a .txt or .pdf file"))
                continue
            }
            do throws(CLIFailure) {
                var outputs: [(String, Bool)] = []
                do {
                    if format != .json { outputs.append((try BatchPaths.output(for: file.relative, extension: "txt", in: self.folder), false)) }
                    if format != .text { outputs.append((try BatchPaths.output(for: file.relative, extension: "json", in: self.folder), true)) }
                } catch {
                    throw CLIFailure(message: error.description, exitCode: CLIFailure.badInputExitCode)
                }
                // Where each output will really be written (through a link inside DIR): the
                // checks below are of that file.
                var throughLink = false
                for index in outputs.indices {
                    var status = stat()
                    if lstat(outputs[index].0, &status) == 0, status.st_mode & S_IFMT == S_IFLNK { throughLink = true }
                    outputs[index].0 = try Self.resolvedTarget(outputs[index].0, in: realFolder)
                }
                if let problem = Self.refusal(of: outputs.map(\.0), in: (self.folder, realFolder, self.reportPath), inputFiles: inputFiles, inputFolders: inputFolders, seen: seen) {
                    report.failures.append(.init(path: file.path, reason: problem))
                    continue
                }
                for output in outputs { seen[Array(output.0.utf8)] = file.path }
                let size = (try? fm.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
                self.jobs.append(Job(input: file.path, relative: file.relative, kind: kind, outputs: outputs, size: size, throughLink: throughLink))
            } catch {
                report.failures.append(.init(path: file.path, reason: error.message))
            }
        }
        progress = Progress(total: self.jobs.count, totalBytes: self.jobs.reduce(0) { $0 + $1.size })
    }

    /// Why the outputs `paths` of one input must not be written into `output`, if they must not:
    /// one would be an input, the batch report, another input's output, or land inside an input folder
    /// (where a re-run would take it for an input).
    private static func refusal(
        of paths: [String], in output: (folder: String, realFolder: String, report: String),
        inputFiles: Set<[UInt8]>, inputFolders: [String], seen: [[UInt8]: String]
    ) -> String? {
        let (folder, realFolder, reportPath) = output
        for path in paths {
            // The output as it will be on disk, to compare with inputs found through other paths.
            let real = BatchPaths.relative(path, to: folder).map { realFolder + "/" + $0 } ?? path
            if inputFiles.contains(Array(path.utf8)) || inputFiles.contains(Array(real.utf8)) {
                return "its output \(path) would overwrite an input; refused"
            }
            if path.utf8.elementsEqual(reportPath.utf8) {
                return "its output \(path) would be overwritten by the batch report; refused (write the report elsewhere with --report PATH)"
            }
            if let other = seen[Array(path.utf8)] {
                return "its output \(path) is also the output of \(other); refused"
            }
            for input in inputFolders where BatchPaths.relative(real, to: input) != nil {
                // An output folder inside the input folder is skipped when the input is searched.
                if BatchPaths.relative(realFolder, to: input) == nil {
                    return "its output \(path) would land inside the input folder \(input), where a re-run would read it as an input; refused"
                }
            }
        }
        return nil
    }

    /// Takes an exclusive lock on the output folder for the rest of the run (the kernel drops
    /// it when the process ends, however it ends), or refuses if another batch holds it.
    private static func lock(_ folder: String) throws(CLIFailure) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .badInput(folder, "cannot open the output folder: \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let error = errno
            close(descriptor)
            if error == EWOULDBLOCK {
                throw .badInput(folder, "another thainorm batch is writing into this output folder; wait for it to finish or give another --out")
            }
            throw .badInput(folder, "cannot lock the output folder: \(String(cString: strerror(error)))")
        }
        // Kept open, and so locked, until the process ends.
    }

    /// Temporary files a killed run left behind, so that only complete files remain: names
    /// `.NAME.txt.tmp-PID-N` or `.NAME.json.tmp-PID-N` whose process is gone (a live one is
    /// another run's, writing into a folder inside this one), not inside an input folder.
    static func removeStaleTemporaries(in folder: String, sparing inputFolders: [String]) {
        let fm = FileManager.default
        let spared = Set(inputFolders.compactMap { BatchInputs.FileID(of: $0) })
        var stack = [folder]
        while let current = stack.popLast() {
            for name in (try? fm.contentsOfDirectory(atPath: current)) ?? [] {
                let path = current + "/" + name
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    if !spared.contains(BatchInputs.FileID(status)) { stack.append(path) }
                    continue
                }
                guard status.st_mode & S_IFMT == S_IFREG,
                      let match = name.firstMatch(of: #/^\..+\.(txt|json)\.tmp-([0-9]+)-[0-9]+$/#),
                      let pid = pid_t(match.2), kill(pid, 0) != 0, errno == ESRCH else { continue }
                unlink(path)
            }
        }
    }

    func run() throws(CLIFailure) -> BatchReport {
        let start = Date()
        Interruption.farewell = "thainorm: stopped; complete outputs are kept, run again to resume"
        defer { Interruption.farewell = nil }
        // Said at once: a long run's first file may take a while.
        let megabytes = Double(jobs.reduce(0) { $0 + $1.size }) / 1_000_000
        progress.log(String(format: "thainorm: %d files (%.1f MB) into %@, %d at a time", jobs.count, megabytes, folder, min(jobCount, max(jobs.count, 1))))
        for note in notes { progress.log("note: " + note) }
        for failure in report.failures { progress.log("FAILED \(failure.path): \(failure.reason)") }
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobCount, jobs.count))) { _ in
            while let job = take() { convert(job) }
        }
        // Every output on disk before the report says so.
        commit.finish()
        progress.finish()
        report.seconds = Date().timeIntervalSince(start)
        // The report is not a file of the batch: its failure is said apart, not counted.
        var reportFailure: CLIFailure?
        do {
            try FileIO.writeAtomically(FileIO.json(report), to: reportPath)
        } catch {
            reportFailure = error
        }
        try Console.output(report.summary + "\n")
        for failure in report.failures { Console.error("failed: \(failure.path): \(failure.reason)") }
        if let reportFailure {
            let files = report.failures.isEmpty ? "" : "; \(report.failures.count) of \(report.files) files failed"
            throw CLIFailure(message: "the report: \(reportFailure.message)\(files)", exitCode: CLIFailure.badInputExitCode)
        }
        return report
    }

    private func take() -> Job? {
        lock.lock()
        defer { lock.unlock() }
        guard next < jobs.count else { return nil }
        next += 1
        return jobs[next - 1]
    }

    /// Whether every output of `job` is a regular file (ours: a link or anything else there is
    /// not) at least as new as the input (the file it names, if a link).
    private func upToDate(_ job: Job) -> Bool {
        guard !force, !job.throughLink else { return false }
        var input = stat()
        guard stat(job.input, &input) == 0 else { return false }
        return job.outputs.allSatisfy { output in
            // DIR/report.json may be an earlier batch's report (the report now written
            // elsewhere with --report), not this input's extraction: always made again.
            guard output.path != folder + "/report.json" else { return false }
            var status = stat()
            guard lstat(output.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
            return (status.st_mtim.tv_sec, status.st_mtim.tv_nsec) >= (input.st_mtim.tv_sec, input.st_mtim.tv_nsec)
        }
    }

    private func convert(_ job: Job) {
        if upToDate(job) {
            record(job) { $0.skipped += 1 }
            progress.step(job.relative, bytes: job.size, note: "skipped (up to date)")
            return
        }
        let result: Conversion
        do {
            result = try Conversion.convert(job.input, kind: job.kind, extract: job.outputs.contains { $0.isJSON }, with: normalizer)
        } catch {
            fail(job, error)
            return
        }
        // Each output is written to a temporary here, on the worker; the committer flushes it
        // with others and renames it.
        var renames: [(temporary: String, target: String)] = []
        do {
            for output in job.outputs {
                let bytes = output.isJSON ? [UInt8](FileIO.json(result.structure)) : result.utf8
                let target = try Self.resolvedTarget(output.path, in: realFolder)
                renames.append((try temporary(bytes, for: target, of: job), target))
            }
        } catch {
            for rename in renames { FileIO.discardTemporary(rename.temporary) }
            fail(job, error)
            return
        }
        commit.add(.init(renames: renames) { failure in
            if let failure {
                self.fail(job, failure)
                return
            }
            self.record(job) { report in
                report.converted += 1
                report.bytes += result.bytes
                for (stage, count) in result.editsPerStage { report.editsPerStage[stage, default: 0] += count }
            }
            self.progress.step(job.relative, bytes: job.size, note: "\(result.editsPerStage.values.reduce(0, +)) edits")
        })
    }

    /// Writes `bytes`, an output of `job`, to a temporary file beside `path`, after making its
    /// folder and checking that the folder is inside the output folder; returns the temporary.
    private func temporary(_ bytes: [UInt8], for path: String, of job: Job) throws(CLIFailure) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .badInput(parent, "cannot create folder: \(error.localizedDescription)")
        }
        // A symbolic link inside the output folder must not carry an output out of it.
        guard let real = FileIO.realPath(parent), real == realFolder || BatchPaths.relative(real, to: realFolder) != nil else {
            throw .badInput(job.input, BatchPaths.Problem.escapes(path).description)
        }
        return try FileIO.writeTemporary(bytes, for: path, flush: false)
    }

    /// Where the output `path` is written: `path` itself, or the file a symbolic link there
    /// names if that is inside the output folder. A link out of the output folder, and a
    /// device, FIFO or folder in an output's place, are refused: renaming over them would
    /// replace them, and writing into them is not what a batch is for.
    static func resolvedTarget(_ path: String, in realFolder: String) throws(CLIFailure) -> String {
        var status = stat()
        guard lstat(path, &status) == 0 else { return path }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            return path
        case S_IFLNK:
            let resolved = FileIO.realPath(path) ?? {
                // A link to a file not yet there: where it would be.
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let count = readlink(path, &buffer, buffer.count - 1)
                guard count > 0 else { return path }
                let link = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                let parent = (path as NSString).deletingLastPathComponent
                return URL(fileURLWithPath: link, relativeTo: URL(fileURLWithPath: parent + "/")).standardizedFileURL.path
            }()
            guard BatchPaths.relative(resolved, to: realFolder) != nil else {
                throw CLIFailure(message: "its output \(path) is a symbolic link out of the output folder; refused", exitCode: CLIFailure.badInputExitCode)
            }
            return try resolvedTarget(resolved, in: realFolder)
        default:
            throw CLIFailure(message: "its output \(path) is not a regular file; refused", exitCode: CLIFailure.badInputExitCode)
        }
    }

    /// Records that `job` failed with `error`.
    private func fail(_ job: Job, _ error: any Error) {
        let reason: String
        if let failure = error as? CLIFailure {
            reason = failure.message.hasPrefix(job.input + ": ") ? String(failure.message.dropFirst(job.input.count + 2)) : failure.message
        } else {
            reason = "\(error)"
        }
        record(job) { $0.failures.append(.init(path: job.input, reason: reason)) }
        progress.step(job.relative, bytes: job.size, note: "FAILED: \(reason)")
    }

    private func record(_ job: Job, _ change: (inout BatchReport) -> Void) {
        lock.lock()
        change(&report)
        lock.unlock()
    }
}

/// Progress on standard error: a bar redrawn in place on a terminal, one line per file otherwise.
final class Progress: @unchecked Sendable {
    let total: Int
    let totalBytes: Int
    let terminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var done = 0
    private var bytes = 0
    private let start = Date()

    init(total: Int, totalBytes: Int) {
        self.total = total
        self.totalBytes = totalBytes
    }

    func log(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        Console.error(line)
    }

    func step(_ name: String, bytes size: Int, note: String) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        bytes += size
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(bytes) / 1_000_000 / elapsed : 0
        if terminal {
            let remaining = rate > 0 ? Double(totalBytes - bytes) / 1_000_000 / rate : 0
            let width = 24
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            let line = String(format: "\r\u{1B}[K[%@] %d/%d files  %.1f/%.1f MB  %.2f MB/s  ETA %d:%02d  %@",
                              bar, done, total, Double(bytes) / 1_000_000, Double(totalBytes) / 1_000_000, rate,
                              Int(remaining) / 60, Int(remaining) % 60, String(name.suffix(40)))
            FileHandle.standardError.write(Data(line.utf8))
            if note.hasPrefix("FAILED") { FileHandle.standardError.write(Data("\n\(name): \(note)\n".utf8)) }
        } else {
            Console.error("[\(done)/\(total)] \(name): \(note)")
        }
    }

    func finish() {
        if terminal, total > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// `batch --ndjson`: paths in on standard input, one JSON object per document out, in order.
struct NDJSONFilter {
    let normalizer: Normalizer

    struct Record: Encodable {
        var path: String
        @ExplicitNull var text: String?
        @ExplicitNull var structure: DocumentStructure?
        @ExplicitNull var edits: [String: Int]?
        @ExplicitNull var error: String?
    }

    func run() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failed = false
        while let line = readLine(strippingNewline: true) {
            let path = line.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { continue }
            var record = Record(path: path)
            do {
                guard let kind = BatchPaths.kind(of: path) else { throw CLIFailure.badInput(path, "not a .txt or .pdf file") }
                let result = try Conversion.convert(path, kind: kind, extract: true, with: normalizer)
                record.text = String(decoding: result.utf8, as: UTF8.self)
                record.structure = result.structure
                record.edits = result.editsPerStage
            } catch let failure as CLIFailure {
                record.error = failure.message
                failed = true
            }
            var data = try encoder.encode(record)
            data.append(0x0A)
            try Console.output(utf8: [UInt8](data))
        }
        if failed { throw CLIFailure(message: "some documents failed (see their \"error\")", exitCode: CLIFailure.badInputExitCode) }
    }
}
