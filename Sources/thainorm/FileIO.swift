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
        while let piece = try standardInputPiece() { bytes += piece }
        return bytes
    }

    /// The next piece of standard input (up to 64 KB), or nil at its end.
    private static func standardInputPiece() throws(CLIFailure) -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress!, $0.count) }
            if count == 0 { return nil }
            if count < 0 {
                if errno == EINTR { continue }
                throw .badInput("standard input", "cannot be read (\(String(cString: strerror(errno))))")
            }
            return Array(chunk[..<count])
        }
    }

    /// Standard input: its bytes, if there are at most `limit`; else all of it copied into an
    /// anonymous temporary file (removed when closed), to be read in pieces, twice if need be.
    static func standardInput(holdingAtMost limit: Int) throws(CLIFailure) -> StandardInput {
        var bytes: [UInt8] = []
        while let piece = try standardInputPiece() {
            bytes += piece
            guard bytes.count > limit else { continue }
            guard let spool = tmpfile() else {
                throw .badInput("standard input", "cannot make a temporary file (\(String(cString: strerror(errno))))")
            }
            let descriptor = fileno(spool)
            var next: [UInt8]? = bytes
            while let piece = next {
                let error = piece.withUnsafeBytes { writeAll($0, to: descriptor) }
                guard error == 0 else {
                    fclose(spool)
                    throw .badInput("standard input", "cannot be held in a temporary file (\(String(cString: strerror(error))))")
                }
                next = try standardInputPiece()
            }
            return .spooled(spool)
        }
        return .bytes(bytes)
    }

    enum StandardInput {
        case bytes([UInt8])
        /// An anonymous temporary file holding it (the caller closes it).
        case spooled(UnsafeMutablePointer<FILE>)
    }

    /// The bytes of the file at `path`, read straight into an array of the file's size (no
    /// `Data` to copy them out of, no zeroed buffer), or nil if it cannot be opened or read.
    private static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? { FileIO.fill(buffer, from: descriptor) }
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

    /// Reads from `descriptor` into `buffer` until it is full or the input ends (again after a
    /// signal); the count, or nil on an error (`errno` says which).
    static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32) -> Int? {
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
        try writeAll([(data.withUnsafeBytes { Array($0) }, path)])
    }

    /// Writes several outputs (a text and its `--explain` report) so that either all are
    /// written or, if one cannot be, none of the regular files is: each goes to a flushed
    /// temporary first, and only when every temporary is complete are they renamed into place.
    /// Special files (devices, FIFOs) cannot be staged; they are written after every temporary
    /// is ready, before the renames. Each path is treated as ``writeAtomically(_:to:)`` says.
    static func writeAll(_ outputs: [(bytes: [UInt8], path: String)]) throws(CLIFailure) {
        var staged: [(temporary: String, target: String)] = []
        var direct: [(bytes: [UInt8], path: String)] = []
        var descriptors: [(bytes: [UInt8], descriptor: Int32, name: String)] = []
        do throws(CLIFailure) {
            for (bytes, path) in outputs {
                switch try target(of: path) {
                case .replace(let target): staged.append((try writeTemporary(bytes, for: target, flush: true), target))
                case .direct(let target): direct.append((bytes, target))
                case .descriptor(let descriptor, let name): descriptors.append((bytes, descriptor, name))
                }
            }
            for (bytes, path) in direct { try writeDirectly(bytes, to: path) }
            for (bytes, descriptor, name) in descriptors {
                let error = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
                if error == EPIPE, descriptor == STDOUT_FILENO { exit(0) }
                guard error == 0 else { throw .badInput(name, "cannot write: \(String(cString: strerror(error)))") }
            }
        } catch {
            for (temporary, _) in staged { discardTemporary(temporary) }
            throw error
        }
        for (index, (temporary, target)) in staged.enumerated() {
            let error = moveTemporary(temporary, to: target)
            guard error == 0 else {
                for (left, _) in staged[(index + 1)...] { discardTemporary(left) }
                throw .badInput(target, "cannot write: \(String(cString: strerror(error)))")
            }
        }
    }

    /// How an output path is written.
    enum Target {
        /// A regular file, or a new one: replaced atomically.
        case replace(String)
        /// A device, FIFO or socket: written as it is.
        case direct(String)
        /// One of our open descriptors (`/dev/stdout`, `/dev/fd/3`), and the name it was given by.
        case descriptor(Int32, String)
    }

    /// The descriptor `path` names, for `/dev/stdin|stdout|stderr`, `/dev/fd/N` and
    /// `/proc/self/fd/N`.
    static func descriptorNamed(by path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// What writing to `path` means, following a symbolic link to the file it names.
    static func target(of path: String) throws(CLIFailure) -> Target {
        // A name of one of our own descriptors (`-o /dev/stdout >> log`): the descriptor as it
        // is, appending where it appends. Followed as a link, it would name the file behind it,
        // which would be replaced, or a pipe that cannot be opened again.
        if let descriptor = descriptorNamed(by: path) { return .descriptor(descriptor, path) }
        var status = stat()
        guard lstat(path, &status) == 0 else { return .replace(path) }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            return .replace(path)
        case S_IFLNK:
            guard let resolved = realPath(path) else {
                throw .badInput(path, "cannot write: a symbolic link to a missing file")
            }
            return try target(of: resolved)
        case S_IFDIR:
            throw .badInput(path, "cannot write: is a folder")
        default:
            return .direct(path)
        }
    }

    /// `path` with symbolic links resolved, or nil if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether writing `a` and writing `b` would write the same regular file (the same path, or
    /// two names of one file through links), for paths that exist or not. Two writes into one
    /// device or FIFO (`/dev/null`) are two writes, not one file replacing the other.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var status = stat()
        if stat(a, &status) == 0, status.st_mode & S_IFMT != S_IFREG { return false }
        func resolved(_ path: String) -> String {
            if let real = realPath(path) { return real }
            let url = URL(fileURLWithPath: path).standardizedFileURL
            let folder = realPath(url.deletingLastPathComponent().path) ?? url.deletingLastPathComponent().path
            return folder + "/" + url.lastPathComponent
        }
        return resolved(a) == resolved(b)
    }

    /// Renames `temporary` (from ``writeTemporary(_:for:flush:)``) over `target`; 0, or the
    /// `errno` of the failure, in which case the temporary is removed.
    static func moveTemporary(_ temporary: String, to target: String) -> Int32 {
        let error = rename(temporary, target) == 0 ? 0 : errno
        if error != 0 { unlink(temporary) }
        Interruption.forget(temporary)
        return error
    }

    /// Removes `temporary` (from ``writeTemporary(_:for:flush:)``), not to be renamed after all.
    static func discardTemporary(_ temporary: String) {
        unlink(temporary)
        Interruption.forget(temporary)
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
    private static func writeDirectly(_ data: [UInt8], to path: String) throws(CLIFailure) {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw .badInput(path, "cannot write: \(String(cString: strerror(errno)))") }
        var error = data.withUnsafeBytes { writeAll($0, to: descriptor) }
        if close(descriptor) != 0, error == 0 { error = errno }
        guard error == 0 else { throw .badInput(path, "cannot write: \(String(cString: strerror(error)))") }
    }

    /// Writes `data` to a new temporary file beside `path` (`.NAME.tmp-PID-N`, removed if the run is
    /// interrupted, and by a later batch if a killed run left it) and returns the temporary's path; with `flush`, the
    /// file is on disk when this returns. The caller renames it over `path`, or removes it.
    static func writeTemporary(_ data: some ContiguousBytes, for path: String, flush: Bool) throws(CLIFailure) -> String {
        let (temporary, descriptor) = try createTemporary(for: path)
        var error = data.withUnsafeBytes { writeAll($0, to: descriptor) }
        if error == 0, flush, fsync(descriptor) != 0 { error = errno }
        if close(descriptor) != 0, error == 0 { error = errno }
        guard error == 0 else {
            discardTemporary(temporary)
            throw .badInput(path, "cannot write: \(String(cString: strerror(error)))")
        }
        return temporary
    }

    /// A new, empty temporary file beside `path` (``writeTemporary(_:for:flush:)``), open for
    /// writing: its path and descriptor.
    static func createTemporary(for path: String) throws(CLIFailure) -> (path: String, descriptor: Int32) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .badInput(path, "cannot write: folder \(directory) does not exist")
        }
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = Interruption.create(temporary)
        guard descriptor >= 0 else {
            throw .badInput(path, "cannot write: \(String(cString: strerror(errno)))")
        }
        // A file replaced keeps its permissions and, where we may, its owner: a private file
        // must not become readable by all, nor a script lose its execute bit.
        var existing = stat()
        if stat(path, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
        }
        return (temporary, descriptor)
    }

    /// Pretty JSON with keys in a stable (sorted) order.
    static func json(_ value: some Encodable) -> Data {
        // Encoding our own value types cannot fail.
        (try? JSONFormat.data(value)) ?? Data()
    }
}
