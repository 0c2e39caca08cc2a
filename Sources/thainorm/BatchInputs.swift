import Foundation
import ThaiNorm

/// The files a batch converts, found under its inputs, and the inputs it refuses while looking.
///
/// Folders are read with `readdir`, name by name as bytes, so that a name that is not valid
/// UTF-8 (a TIS-620 name copied from an old Windows share, say) is reported and refused
/// instead of silently skipped or mistaken for a missing file.
///
/// ```swift
/// let found = BatchInputs.scan(["archive/2566"], skipping: [FileID(of: "/data/out")!])
/// found.files      // [(path: "/…/archive/2566/orders/a.pdf", relative: "orders/a.pdf"), …]
/// found.refused    // [Failure(path: "/…/archive/2566/\\xA4\\xD3.txt", reason: "the name is not valid UTF-8; …")]
/// ```
///
/// - Complexity: one `lstat` per entry of every folder under the inputs.
struct BatchInputs {
    /// A file to convert: its absolute path and its path inside the input folder (its name,
    /// for a file given as an input).
    struct File {
        var path: String
        var relative: String
    }

    /// A file or folder as the system knows it, whatever path names it.
    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }

        /// The file or folder at `path` (links followed), if it exists.
        init?(of path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            self.init(status)
        }
    }

    var files: [File] = []
    var refused: [BatchReport.Failure] = []
    /// What was passed over and said, not a failure (a link to a folder).
    var notes: [String] = []
    /// Every file found, to find each once however often it is named.
    private var found: Set<FileID> = []
    /// The input folders (absolute, standardized), for the checks on where outputs land.
    var folders: [String] = []

    /// Finds the `.txt` and `.pdf` files under `inputs` (files or folders, searched
    /// recursively), leaving out the folders in `skipped` (the output folder, when it lies
    /// inside an input folder).
    static func scan(_ inputs: [String], skipping skipped: Set<FileID>) -> BatchInputs {
        var found = BatchInputs()
        for input in inputs {
            let path = URL(fileURLWithPath: input).standardizedFileURL.path
            var status = stat()
            guard stat(path, &status) == 0 else {
                found.refused.append(.init(path: input, reason: "no such file or folder"))
                continue
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                found.folders.append(path)
                found.walk(path, relative: "", skipping: skipped)
            } else {
                found.add(File(path: path, relative: (path as NSString).lastPathComponent), status)
            }
        }
        return found
    }

    /// Adds the inputs in `folder` (whose path inside the input folder is `relative`) and
    /// below, in name order.
    /// Adds `file` unless it was found already (an input given twice, or a file inside a folder
    /// also given).
    private mutating func add(_ file: File, _ status: stat) {
        if found.insert(FileID(status)).inserted { files.append(file) }
    }

    private mutating func walk(_ folder: String, relative: String, skipping skipped: Set<FileID>) {
        guard let names = Self.names(in: folder) else {
            refused.append(.init(path: folder, reason: "cannot read the folder (\(String(cString: strerror(errno))))"))
            return
        }
        for bytes in names {
            guard let name = String(validating: bytes, as: UTF8.self) else {
                // Only what would have been an input, or a folder that may hold some.
                let shown = folder + "/" + Self.escaped(bytes)
                let raw = folder.utf8.map { CChar(bitPattern: $0) } + [CChar(bitPattern: 0x2F)] + bytes.map { CChar(bitPattern: $0) } + [0]
                var status = stat()
                let isFolder = lstat(raw, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
                if isFolder || BatchPaths.kind(of: String(decoding: bytes, as: UTF8.self)) != nil {
                    refused.append(.init(path: shown, reason: "the name is not valid UTF-8; rename it "
                        + "(for a TIS-620 name: convmv -f tis-620 -t utf-8 --notest)"))
                }
                continue
            }
            let path = folder + "/" + name
            let inside = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            // By identity, not name: the output folder reached through a link to its parent too.
            if status.st_mode & S_IFMT == S_IFDIR, skipped.contains(FileID(status)) { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, relative: inside, skipping: skipped)
            case S_IFLNK:
                guard BatchPaths.kind(of: name) != nil || Self.isFolder(path) else { continue }
                if Self.isFolder(path) {
                    notes.append("\(path): a symbolic link to a folder, not followed; give the folder itself as an input")
                } else if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
                    add(File(path: path, relative: inside), status)
                } else {
                    refused.append(.init(path: path, reason: "a symbolic link to a missing file"))
                }
            case S_IFREG where BatchPaths.kind(of: name) != nil:
                add(File(path: path, relative: inside), status)
            default:
                continue
            }
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// The names in `folder` as bytes, sorted, without `.` and `..`; nil if it cannot be read.
    private static func names(in folder: String) -> [[UInt8]]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// `bytes` as UTF-8, with every byte that is not part of valid UTF-8 written `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var shown = ""
        var rest = bytes[...]
        while !rest.isEmpty {
            // The longest valid prefix, then one bad byte.
            var end = rest.endIndex
            while end > rest.startIndex, String(validating: rest[..<end], as: UTF8.self) == nil { end -= 1 }
            shown += String(decoding: rest[..<end], as: UTF8.self)
            rest = rest[end...]
            if let bad = rest.first {
                shown += String(format: "\\x%02X", bad)
                rest = rest.dropFirst()
            }
        }
        return shown
    }
}
