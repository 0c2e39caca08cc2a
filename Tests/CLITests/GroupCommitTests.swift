import Foundation
import Testing
@testable import thainorm

/// The batch's group commit: temporaries flushed together, then renamed.
@Suite("GroupCommit")
struct GroupCommitTests {
    let cli = CLITests()

    @Test("entries added from two threads are all renamed, each reported once, no temporary left")
    func commitsEverything() throws {
        let folder = try cli.temporaryFolder().path
        let commit = try GroupCommit(folder: folder)
        let reported = Reported()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in 0..<100 {
                let target = folder + "/\(worker)-\(index).txt"
                let temporary = try! FileIO.writeTemporary(Array("\(index)\n".utf8), for: target, flush: false)
                commit.add(.init(renames: [(temporary, target)]) { failure in reported.add(target, failure) })
            }
        }
        commit.finish()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.count == 200)
        #expect(!names.contains { $0.hasPrefix(".") })
        #expect(reported.targets.count == 200 && Set(reported.targets).count == 200)
        #expect(reported.failures.isEmpty)
        #expect(try String(contentsOfFile: folder + "/1-42.txt", encoding: .utf8) == "42\n")
    }

    @Test("a rename that fails is reported, its temporaries removed, and the other entries still committed")
    func failedRename() throws {
        let folder = try cli.temporaryFolder().path
        let commit = try GroupCommit(folder: folder)
        let reported = Reported()
        let good = folder + "/good.txt"
        let first = try FileIO.writeTemporary(Array("a".utf8), for: good, flush: false)
        // The second output's target is a folder that does not exist: its rename fails.
        let second = try FileIO.writeTemporary(Array("b".utf8), for: folder + "/b.txt", flush: false)
        let third = try FileIO.writeTemporary(Array("c".utf8), for: folder + "/c.txt", flush: false)
        commit.add(.init(renames: [(second, folder + "/missing/b.txt"), (third, folder + "/c.txt")]) { reported.add("bad", $0) })
        commit.add(.init(renames: [(first, good)]) { reported.add("good", $0) })
        commit.finish()
        #expect(reported.failures.map(\.target) == ["bad"])
        #expect(reported.failures.first?.reason.contains("missing/b.txt") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["good.txt"])
    }

    @Test("an output on another file system than the output folder is flushed alone and committed",
          .enabled(if: GroupCommitTests.tmpfsFolder != nil))
    func otherFileSystem() throws {
        let folder = try cli.temporaryFolder().path
        let elsewhere = try #require(Self.tmpfsFolder) + "/thainorm-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        let commit = try GroupCommit(folder: folder)
        let reported = Reported()
        let target = elsewhere + "/x.txt"
        let temporary = try FileIO.writeTemporary(Array("x\n".utf8), for: target, flush: false)
        commit.add(.init(renames: [(temporary, target)]) { reported.add(target, $0) })
        commit.finish()
        #expect(reported.targets == [target] && reported.failures.isEmpty)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "x\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere) == ["x.txt"])
    }

    /// A writable folder on another file system than the temporary folders (a tmpfs), if any.
    static let tmpfsFolder: String? = {
        func device(_ path: String) -> dev_t? {
            var status = stat()
            return stat(path, &status) == 0 ? status.st_dev : nil
        }
        guard let shm = device("/dev/shm"), access("/dev/shm", W_OK) == 0,
              shm != device(FileManager.default.temporaryDirectory.path) else { return nil }
        return "/dev/shm"
    }()

    @Test("finish with nothing added returns")
    func empty() throws {
        let commit = try GroupCommit(folder: try cli.temporaryFolder().path)
        commit.finish()
    }

    @Test("a folder that cannot be opened is a clear error")
    func missingFolder() {
        #expect(throws: CLIFailure.self) { try GroupCommit(folder: "/nonexistent/thainorm-test") }
    }
}

/// What the entries' `done` reported, from any thread.
private final class Reported: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var targets: [String] = []
    private(set) var failures: [(target: String, reason: String)] = []

    func add(_ target: String, _ failure: CLIFailure?) {
        lock.lock()
        targets.append(target)
        if let failure { failures.append((target, failure.message)) }
        lock.unlock()
    }
}
