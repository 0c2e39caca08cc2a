import Foundation
import ThaiNorm

/// An output written a piece at a time (the text of a large input, window by window), that a
/// reader still never sees half-written: a regular file is written into a temporary beside it,
/// flushed and renamed over it by ``commit()``, or removed by ``discard()``; standard output, a
/// device or a FIFO is written as the pieces come (the caller checks the input first).
final class StreamedOutput {
    private enum Destination {
        /// A temporary file, renamed over `target` at the end.
        case replacing(target: String, temporary: String)
        /// A device or FIFO opened for writing, or one of our descriptors (not closed).
        case direct(name: String, owned: Bool)
    }

    private let destination: Destination
    private var descriptor: Int32
    private var finished = false

    /// An output to `path`; nil or `-` is standard output.
    init(_ path: String?) throws(CLIFailure) {
        guard let path, path != "-" else {
            destination = .direct(name: "standard output", owned: false)
            descriptor = STDOUT_FILENO
            return
        }
        switch try FileIO.target(of: path) {
        case .replace(let target):
            let (temporary, descriptor) = try FileIO.createTemporary(for: target)
            destination = .replacing(target: target, temporary: temporary)
            self.descriptor = descriptor
        case .direct(let target):
            let descriptor = open(target, O_WRONLY)
            guard descriptor >= 0 else { throw .badInput(target, "cannot write: \(String(cString: strerror(errno)))") }
            destination = .direct(name: target, owned: true)
            self.descriptor = descriptor
        case .descriptor(let descriptor, let name):
            destination = .direct(name: name, owned: false)
            self.descriptor = descriptor
        }
    }

    deinit { discard() }

    private var name: String {
        switch destination {
        case .replacing(let target, _): target
        case .direct(let name, _): name
        }
    }

    /// Appends `bytes`.
    func write(_ bytes: [UInt8]) throws(CLIFailure) {
        let error = bytes.withUnsafeBytes { FileIO.writeAll($0, to: descriptor) }
        if error == EPIPE, descriptor == STDOUT_FILENO { exit(0) }
        guard error == 0 else { throw .badInput(name, "cannot write: \(String(cString: strerror(error)))") }
    }

    /// Ends the output: a file is flushed to disk and renamed into place.
    func commit() throws(CLIFailure) {
        guard !finished else { return }
        finished = true
        switch destination {
        case .replacing(let target, let temporary):
            var error = fsync(descriptor) == 0 ? 0 : errno
            if close(descriptor) != 0, error == 0 { error = errno }
            if error == 0 { error = FileIO.moveTemporary(temporary, to: target) } else { FileIO.discardTemporary(temporary) }
            guard error == 0 else { throw .badInput(target, "cannot write: \(String(cString: strerror(error)))") }
        case .direct(let name, let owned):
            guard owned else { return }
            guard close(descriptor) == 0 else { throw .badInput(name, "cannot write: \(String(cString: strerror(errno)))") }
        }
    }

    /// Ends the output without keeping it: a temporary file is removed (the target stays as it was).
    func discard() {
        guard !finished else { return }
        finished = true
        switch destination {
        case .replacing(_, let temporary):
            close(descriptor)
            FileIO.discardTemporary(temporary)
        case .direct(_, let owned):
            if owned { close(descriptor) }
        }
    }
}

extension FileIO {
    /// Reads the file at `path` in pieces of `size` bytes, handing each to `body`.
    static func readPieces(of path: String, size: Int, _ body: ([UInt8]) throws(CLIFailure) -> Void) throws(CLIFailure) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .badInput(path, "cannot be read (\(String(cString: strerror(errno))))") }
        defer { close(descriptor) }
        try readPieces(of: descriptor, named: path, size: size, body)
    }

    /// Reads the file open as `descriptor` from its start, in pieces of `size` bytes.
    static func readPieces(of descriptor: Int32, named path: String, size: Int,
                           _ body: ([UInt8]) throws(CLIFailure) -> Void) throws(CLIFailure) {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw .badInput(path, "cannot be read (\(String(cString: strerror(errno))))") }
        while true {
            var failure: Int32 = 0
            let piece = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                guard let count = fill(buffer, from: descriptor) else { failure = errno; initialized = 0; return }
                initialized = count
            }
            guard failure == 0 else { throw .badInput(path, "cannot be read (\(String(cString: strerror(failure))))") }
            if !piece.isEmpty { try body(piece) }
            if piece.count < size { return }
        }
    }

    /// The size of the regular file at `path`, or nil for anything else (standard input, a FIFO).
    static func regularFileSize(_ path: String?) -> Int? {
        guard let path, path != "-" else { return nil }
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }
}

/// `--explain` written window by window: the same bytes as the report of the whole input made at
/// once, with the edits written as they come and the findings (which follow them in the report)
/// held in an anonymous temporary file until the end.
final class StreamedExplain {
    private let output: StreamedOutput
    private let report: ExplainReport
    private let findings: UnsafeMutablePointer<FILE>
    private let toStandardOutput: Bool
    private var editCount = 0, findingCount = 0

    init(_ path: String, source: String, stages: [String], configuration: NormalizerConfiguration) throws(CLIFailure) {
        guard let findings = tmpfile() else {
            throw .badInput(path, "cannot make a temporary file (\(String(cString: strerror(errno))))")
        }
        self.findings = findings
        toStandardOutput = path == "-"
        output = try StreamedOutput(path)
        report = ExplainReport(source: source, encoding: .utf8, stages: stages, configuration: configuration, edits: [], findings: [])
        try output.write(Array(try Self.parts(of: report).head.utf8))
    }

    deinit { fclose(findings) }

    /// The report with no edits nor findings, cut where its edits and its findings go: the text
    /// up to each array's `[`, between them, after the last `]`, and each empty array's inside
    /// as the encoder writes it (keys are sorted: `edits` comes before `findings`).
    private static func parts(of report: ExplainReport) throws(CLIFailure)
        -> (head: String, emptyEdits: String, middle: String, emptyFindings: String, tail: String) {
        let whole = String(decoding: FileIO.json(report), as: UTF8.self)
        guard let edits = whole.range(of: "\"edits\" : ["), let editsEnd = whole[edits.upperBound...].firstIndex(of: "]"),
              let findings = whole[editsEnd...].range(of: "\"findings\" : ["),
              let findingsEnd = whole[findings.upperBound...].firstIndex(of: "]")
        else { throw .badInput("--explain", "cannot lay out the report (an unexpected JSON layout)") }
        return (String(whole[..<edits.upperBound]), String(whole[edits.upperBound..<editsEnd]),
                String(whole[editsEnd..<findings.upperBound]), String(whole[findings.upperBound..<findingsEnd]),
                String(whole[findingsEnd...]))
    }

    /// One item of an array of the report, as the report lays it out (after its comma, if any).
    private static func item(_ value: some Encodable, first: Bool) -> [UInt8] {
        var json = String(decoding: FileIO.json(value), as: UTF8.self)
        json.removeLast()
        let indented = json.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        return Array(((first ? "\n" : ",\n") + indented).utf8)
    }

    /// Adds a window's edits and findings.
    func add(_ result: NormalizationResult) throws(CLIFailure) {
        for edit in result.edits {
            try output.write(Self.item(edit, first: editCount == 0))
            editCount += 1
        }
        for finding in result.findings {
            let bytes = Self.item(finding, first: findingCount == 0)
            guard fwrite(bytes, 1, bytes.count, findings) == bytes.count else {
                throw .badInput("a temporary file", "cannot write (\(String(cString: strerror(errno))))")
            }
            findingCount += 1
        }
    }

    /// Writes the rest of the report (``commit()`` then puts it in place).
    func finish(encoding: SourceEncoding) throws(CLIFailure) {
        var finished = report
        finished.encoding = encoding
        let parts = try Self.parts(of: finished)
        // A non-empty array closes on a line of its own, indented as its key.
        let close = "\n  "
        try output.write(Array(((editCount == 0 ? parts.emptyEdits : close) + parts.middle).utf8))
        rewind(findings)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, findings)
            if count == 0 { break }
            try output.write(Array(buffer[..<count]))
        }
        guard ferror(findings) == 0 else { throw .badInput("a temporary file", "cannot read back") }
        // Standard output gets the newline a whole run writes after the report there.
        try output.write(Array(((findingCount == 0 ? parts.emptyFindings : close) + parts.tail
            + (toStandardOutput ? "\n" : "")).utf8))
    }

    func commit() throws(CLIFailure) { try output.commit() }

    func discard() { output.discard() }
}
