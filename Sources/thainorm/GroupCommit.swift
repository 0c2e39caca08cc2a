import CFileSync
import Foundation

/// Makes a batch's outputs durable in groups: one flush of the file system for all the files
/// waiting, then each temporary renamed over its target.
///
/// Workers write each output to a temporary file beside its target (without flushing it) and
/// hand it over with ``add(_:)``; a committer thread takes what is waiting (up to
/// ``groupSize`` entries, or what came within ``gathering`` seconds of the first), flushes the
/// file system once (`syncfs`), and renames. While it flushes, the next group gathers. The guarantee is that of a flush per file: a file under its final name is
/// complete and on disk, and a run killed at any moment leaves only temporaries besides, which
/// the next run removes. What it saves is the wait: with one `fsync` per file, a batch of small
/// documents on two cores kept the disk busy, not the cores.
///
/// ```swift
/// let commit = try GroupCommit(folder: "out")
/// let temporary = try FileIO.writeTemporary(bytes, for: "out/a.txt", flush: false)
/// commit.add(.init(renames: [(temporary, "out/a.txt")]) { failure in ... })
/// commit.finish()  // every entry committed or failed
/// ```
///
/// - Complexity: one file-system flush per group and one rename per file.
final class GroupCommit: @unchecked Sendable {
    /// Temporaries to rename over their targets together, and what to do once they are
    /// (`nil`) or could not be (the failure; the temporaries are then removed).
    struct Entry {
        var renames: [(temporary: String, target: String)]
        var done: (CLIFailure?) -> Void
    }

    /// A group is committed when it has this many entries, ...
    static let groupSize = 64
    /// ... or when its first entry has waited this long (seconds), or at ``finish()``.
    static let gathering: TimeInterval = 0.1

    private let folder: String
    private let descriptor: Int32
    /// The file system of the output folder, which one flush covers.
    private let device: dev_t?
    private let condition = NSCondition()
    private var waiting: [Entry] = []
    private var finishing = false
    private var finished = false

    /// Starts a committer for outputs on the file system of `folder`, which must exist.
    init(folder: String) throws(CLIFailure) {
        descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .badInput(folder, "cannot open the output folder: \(String(cString: strerror(errno)))")
        }
        self.folder = folder
        var status = stat()
        device = fstat(descriptor, &status) == 0 ? status.st_dev : nil
        let thread = Thread { [self] in run() }
        thread.name = "thainorm.batch.commit"
        thread.start()
    }

    /// Hands `entry` to the committer; its `done` is called on the committer's thread.
    func add(_ entry: Entry) {
        condition.lock()
        waiting.append(entry)
        if waiting.count == 1 || waiting.count >= Self.groupSize { condition.signal() }
        condition.unlock()
    }

    /// Commits what is waiting and returns when every entry added has been committed or has failed.
    func finish() {
        condition.lock()
        finishing = true
        condition.signal()
        while !finished { condition.wait() }
        condition.unlock()
        close(descriptor)
    }

    private func run() {
        condition.lock()
        while true {
            while waiting.isEmpty, !finishing { condition.wait() }
            // Gather a group: a flush has a fixed cost, in the kernel's time and the disk's.
            let deadline = Date(timeIntervalSinceNow: Self.gathering)
            while waiting.count < Self.groupSize, !finishing, condition.wait(until: deadline) {}
            if waiting.isEmpty {
                finished = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let group = waiting
            waiting.removeAll(keepingCapacity: true)
            condition.unlock()
            commit(group)
            condition.lock()
        }
    }

    /// One flush for the whole group, then the renames. A temporary on another file system than
    /// the output folder (a mount inside it) is not covered by that flush, and is flushed alone;
    /// so is every temporary where the system has no flush of a whole file system.
    private func commit(_ group: [Entry]) {
        let grouped = thainorm_sync_file_system(descriptor) == 0
        let flushError = grouped ? 0 : errno
        if !grouped, flushError != ENOSYS {
            let reason = "cannot flush the output folder to disk: \(String(cString: strerror(flushError)))"
            for entry in group {
                for rename in entry.renames { FileIO.discardTemporary(rename.temporary) }
                entry.done(.badInput(entry.renames.first?.target ?? folder, reason))
            }
            return
        }
        for entry in group {
            var failure: CLIFailure?
            for (index, (temporary, target)) in entry.renames.enumerated() {
                let covered = grouped && device != nil && Self.device(of: temporary) == device
                if !covered, let error = Self.flushAlone(temporary) {
                    failure = .badInput(target, "cannot flush to disk: \(String(cString: strerror(error)))")
                } else {
                    let error = FileIO.moveTemporary(temporary, to: target)
                    if error != 0 { failure = .badInput(target, "cannot write: \(String(cString: strerror(error)))") }
                }
                if failure != nil {
                    for (left, _) in entry.renames[index...] { FileIO.discardTemporary(left) }
                    break
                }
            }
            entry.done(failure)
        }
    }

    /// The file system (device) `path` is on, or nil if it cannot be told.
    private static func device(of path: String) -> dev_t? {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_dev : nil
    }

    /// Flushes the file at `path` to disk; nil, or the error.
    private static func flushAlone(_ path: String) -> Int32? {
        let file = open(path, O_RDONLY)
        guard file >= 0 else { return errno }
        defer { close(file) }
        return fsync(file) == 0 ? nil : errno
    }
}
