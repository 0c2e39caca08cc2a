import Foundation

/// What happens when the run is interrupted (SIGINT from Ctrl-C, SIGTERM, SIGHUP): every
/// temporary file being written is removed, so that only complete outputs remain, and the
/// program ends with status 128 + the signal's number.
///
/// Every temporary file is made through ``create(_:)``, which records its path before the file
/// exists; ``forget(_:)`` drops it once it is renamed or removed. The signal handler only writes
/// the signal's number into a pipe (all a handler may safely do); a thread reading the pipe
/// stops new temporaries from being made, removes the recorded ones and exits. Handlers, unlike
/// a blocked signal mask, are not inherited by programs we start (`pdftotext`).
///
/// ```swift
/// Interruption.install()                      // once, at start-up
/// let descriptor = Interruption.create(path)  // open(O_CREAT | O_EXCL), recorded
/// ...                                          // write, rename
/// Interruption.forget(path)
/// ```
enum Interruption {
    /// The write end of the pipe the signal handler writes into.
    nonisolated(unsafe) private static var signalPipe: Int32 = -1
    private static let lock = NSLock()
    nonisolated(unsafe) private static var temporaries: Set<String> = []
    nonisolated(unsafe) private static var stopping = false
    /// Said on standard error when a run is interrupted, if set (the batch says how to resume).
    nonisolated(unsafe) static var farewell: String?

    /// Installs the handlers and starts the thread that acts on them.
    static func install() {
        var made: [Int32] = [0, 0]
        guard pipe(&made) == 0 else { return }
        // Above the standard streams: with standard input closed (`<&-`), pipe() would hand
        // out descriptor 0, and the command would read its input from this pipe.
        let ends = made.map { fcntl($0, F_DUPFD_CLOEXEC, 3) }
        made.forEach { close($0) }
        guard ends.allSatisfy({ $0 >= 0 }) else { return }
        signalPipe = ends[1]
        let reader = ends[0]
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(Interruption.signalPipe, &byte, 1)
            }
        }
        let thread = Thread {
            var byte: UInt8 = 0
            while read(reader, &byte, 1) != 1 {
                if errno != EINTR { return }
            }
            stop(signal: Int32(byte))
        }
        thread.name = "thainorm.interruption"
        thread.start()
    }

    /// Creates the file at `path` (which must not exist) for writing, recorded as a temporary
    /// to remove on interruption. Returns the descriptor, or -1 with `errno` set (`EINTR` once
    /// the run is stopping).
    static func create(_ path: String) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        guard !stopping else {
            errno = EINTR
            return -1
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor >= 0 { temporaries.insert(path) }
        return descriptor
    }

    /// `path` is no longer a temporary of ours (renamed into place, or removed).
    static func forget(_ path: String) {
        lock.lock()
        temporaries.remove(path)
        lock.unlock()
    }

    /// Removes every temporary and exits; the lock is kept, so no worker makes another
    /// temporary meanwhile. A rename may still happen beside it: its temporary is then gone
    /// already (the rename fails) or the target is complete. So with `-o` and `--explain`, a
    /// signal between their two renames can leave one replaced and not the other; each file is
    /// whole either way.
    private static func stop(signal number: Int32) -> Never {
        lock.lock()
        stopping = true
        for path in temporaries { unlink(path) }
        if let farewell { Console.error("\n" + farewell) }
        // Not exit(): other threads are still running, and nothing is left to flush.
        _exit(128 + number)
    }
}
