import Foundation
import ThaiNorm

/// Reading inputs and writing outputs for the commands.
enum FileIO {
    /// The bytes of `path`, or of standard input for `nil` or `-`.
    static func readBytes(_ path: String?) throws(CLIFailure) -> [UInt8] {
        if path == nil || path == "-" { return try standardInput() }
        let path = path!
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .badInput(path, "no such file")
        }
        guard !isDirectory.boolValue else { throw .badInput(path, "is a directory, not a file") }
        guard let bytes = contents(of: path) else {
            throw .badInput(path, "cannot be read (permission denied?)")
        }
        return bytes
    }

    /// All of standard input, read with `read(2)`: a closed standard input (`<&-`) is an
    /// error with a message, where `FileHandle` traps.
    private static func standardInput() throws(CLIFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress!, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw .badInput("standard input", "cannot be read (\(String(cString: strerror(errno))))")
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// The bytes of the file at `path`, read straight into an array of the file's size (no
    /// `Data` to copy them out of, no zeroed buffer), or nil if it cannot be opened or read.
    private static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        /// Reads into `buffer` until it is full or the file ends; the count, or nil on an error.
        func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
            var count = 0
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { return nil }
                if got == 0 { break }
                count += got
            }
            return count
        }
        var failed = false
        // One byte more than stat says, to see the end without a second read.
        let expected = max(Int(status.st_size), 0) + 1
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            guard let count = fill(buffer) else { failed = true; initialized = 0; return }
            initialized = count
        }
        // A file that grew since stat (or a special file stat gives no size for): the rest in pieces.
        var more = bytes.count == expected
        while more, !failed {
            let piece = [UInt8](unsafeUninitializedCapacity: 65_536) { buffer, initialized in
                guard let count = fill(buffer) else { failed = true; initialized = 0; return }
                initialized = count
            }
            bytes += piece
            more = piece.count == 65_536
        }
        return failed ? nil : bytes
    }

    /// Reads and decodes a text input; `allowEmpty` reads an empty file as "".
    static func readText(_ path: String?, allowEmpty: Bool = false) throws(CLIFailure) -> DecodedText {
        let bytes = try readBytes(path)
        if bytes.isEmpty, allowEmpty { return DecodedText(text: "", encoding: .utf8) }
        return try decode(bytes, from: displayName(path))
    }

    /// `bytes` decoded (``InputDecoder``); a failure names `name`.
    static func decode(_ bytes: [UInt8], from name: String) throws(CLIFailure) -> DecodedText {
        do {
            return try InputDecoder.decode(bytes)
        } catch {
            throw .badInput(name, error.description)
        }
    }

    static func displayName(_ path: String?) -> String {
        path == nil || path == "-" ? "<stdin>" : path!
    }

    /// Writes `data` to `path` as what `path` is:
    /// - a new path or a regular file: atomically, a temporary file in the same folder,
    ///   flushed to disk, then renamed over the target (a reader never sees a half-written
    ///   file, and a failure leaves any earlier file untouched);
    /// - a symbolic link: the file it points to, atomically (the link stays a link); a link
    ///   to nothing is refused;
    /// - a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe): opened and
    ///   written directly; renaming a file over it would replace the device itself;
    /// - a folder: refused.
    static func writeAtomically(_ data: some ContiguousBytes, to path: String) throws(CLIFailure) {
        var status = stat()
        if lstat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                break
            case S_IFLNK:
                guard let resolved = realpath(path, nil) else {
                    throw .badInput(path, "cannot write: a symbolic link to a missing file")
                }
                defer { free(resolved) }
                return try writeAtomically(data, to: String(cString: resolved))
            case S_IFDIR:
                throw .badInput(path, "cannot write: is a folder")
            default:
                return try writeDirectly(data, to: path)
            }
        }
        let temporary = try writeTemporary(data, for: path, flush: true)
        guard rename(temporary, path) == 0 else {
            let error = errno
            unlink(temporary)
            throw .badInput(path, "cannot write: \(String(cString: strerror(error)))")
        }
    }

    /// Writes all of `bytes` to `descriptor`, again after a signal and after a short write.
    /// Returns 0, or the `errno` of the write that failed (EIO for a write of nothing).
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return written < 0 ? errno : EIO }
            offset += written
        }
        return 0
    }

    /// Writes `data` into the special file at `path` (a device or a FIFO) as it is.
    private static func writeDirectly(_ data: some ContiguousBytes, to path: String) throws(CLIFailure) {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw .badInput(path, "cannot write: \(String(cString: strerror(errno)))") }
        var error = data.withUnsafeBytes { writeAll($0, to: descriptor) }
        if close(descriptor) != 0, error == 0 { error = errno }
        guard error == 0 else { throw .badInput(path, "cannot write: \(String(cString: strerror(error)))") }
    }

    /// Writes `data` to a new temporary file beside `path` (`.NAME.tmp-PID-N`, which a later
    /// batch removes if it is left behind) and returns the temporary's path; with `flush`, the
    /// file is on disk when this returns. The caller renames it over `path`, or removes it.
    static func writeTemporary(_ data: some ContiguousBytes, for path: String, flush: Bool) throws(CLIFailure) -> String {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .badInput(path, "cannot write: folder \(directory) does not exist")
        }
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw .badInput(path, "cannot write: \(String(cString: strerror(errno)))")
        }
        var error = data.withUnsafeBytes { writeAll($0, to: descriptor) }
        if error == 0, flush, fsync(descriptor) != 0 { error = errno }
        if close(descriptor) != 0, error == 0 { error = errno }
        guard error == 0 else {
            unlink(temporary)
            throw .badInput(path, "cannot write: \(String(cString: strerror(error)))")
        }
        return temporary
    }

    /// Pretty JSON with keys in a stable (sorted) order.
    static func json(_ value: some Encodable) -> Data {
        // Encoding our own value types cannot fail.
        (try? JSONFormat.data(value)) ?? Data()
    }
}
