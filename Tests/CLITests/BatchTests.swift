import Foundation
import Testing

/// End-to-end tests of `thainorm batch`.
@Suite("thainorm batch", .serialized)
struct BatchTests {
    let cli = CLITests()
    static let fixtures = CLITests.root.appending(path: "Tests/CLITests/Fixtures")
    static let hasPDFTools = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

    func files(under url: URL) -> [String] {
        let all = FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []
        return all.filter { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.appending(path: name).path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
    }

    /// A new folder holding an empty input folder `in`; `out` beside it is not made.
    func inputAndOutput() throws -> (base: URL, input: URL, out: URL) {
        let base = try cli.temporaryFolder()
        let input = base.appending(path: "in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        return (base, input, base.appending(path: "out"))
    }

    /// Starts `thainorm batch INPUT --out OUT --jobs 2` in the background, its output discarded.
    func startBatch(_ input: URL, into out: URL) throws -> Process {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = ["batch", input.path, "--out", out.path, "--jobs", "2"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func report(_ folder: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appending(path: "report.json"))) as? [String: Any])
    }

    /// A folder with UTF-8, TIS-620, a PDF, bad files and nested folders.
    func mixedFolder() throws -> URL {
        let root = try cli.temporaryFolder().appending(path: "in")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appending(path: "sub/deeper"), withIntermediateDirectories: true)
        try cli.write(Array("คําสั่ง ทํา ๑\n".utf8), to: root.appending(path: "a.txt"))
        try cli.write([0xA4, 0xD3, 0xCA, 0xD1, 0xE8, 0xA7, 0x0A], to: root.appending(path: "sub/tis.txt"))   // คำสั่ง in TIS-620
        try fm.copyItem(at: Self.fixtures.appending(path: "order.pdf"), to: root.appending(path: "sub/order.pdf"))
        try cli.write(Array("bad\u{0}file".utf8), to: root.appending(path: "sub/bad.txt"))
        try cli.write([], to: root.appending(path: "sub/deeper/empty.txt"))
        try cli.write(Array("สวัสดี\n".utf8), to: root.appending(path: "sub/deeper/c.txt"))
        try cli.write(Array("not an input".utf8), to: root.appending(path: "notes.md"))
        return root
    }

    @Test("a mixed folder: outputs mirror the tree; bad files are reported, counted and do not stop the batch")
    func mixed() throws {
        let input = try mixedFolder()
        let out = input.deletingLastPathComponent().appending(path: "out")
        let result = try cli.run(["batch", input.path, "--out", out.path, "--format", "both", "--jobs", "2"])
        #expect(result.status == 1, "a failed file makes the exit status 1")
        var expected = ["a.json", "a.txt", "report.json", "sub/deeper/c.json", "sub/deeper/c.txt", "sub/tis.json", "sub/tis.txt"]
        if Self.hasPDFTools { expected += ["sub/order.json", "sub/order.txt"] }
        #expect(files(under: out) == expected.sorted())
        #expect(try String(contentsOf: out.appending(path: "a.txt"), encoding: .utf8) == "คำสั่ง ทำ ๑\n")
        #expect(try String(contentsOf: out.appending(path: "sub/tis.txt"), encoding: .utf8) == "คำสั่ง\n")
        let report = try report(out)
        let failures = try #require(report["failures"] as? [[String: String]])
        let reasons = Dictionary(uniqueKeysWithValues: failures.map { (($0["path"]! as NSString).lastPathComponent, $0["reason"]!) })
        #expect(reasons["bad.txt"]?.contains("NUL byte") == true)
        #expect(reasons["empty.txt"]?.contains("empty") == true)
        if Self.hasPDFTools {
            let text = try String(contentsOf: out.appending(path: "sub/order.txt"), encoding: .utf8)
            #expect(text.hasPrefix("คำสั่งสำนักงานทดสอบ\nที่ ๑/๒๕๖๗\n"), "lines pdftotext broke before marks are joined")
            let structure = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appending(path: "sub/order.json"))) as? [String: Any])
            #expect((structure["header"] as? [String: Any])?["kind"] as? String == "order")
        } else {
            #expect(reasons["order.pdf"]?.contains("poppler-utils") == true)
        }
        #expect(report["files"] as? Int == (Self.hasPDFTools ? 6 : 6))
        #expect((report["edits_per_stage"] as? [String: Int])?["ComposeSaraAm"] == 2)
        #expect(result.text.contains("files:"), "a summary at the end")
    }

    @Test("a re-run skips outputs newer than their input; --force converts again; a newer input is converted")
    func resume() throws {
        let input = try mixedFolder()
        let out = input.deletingLastPathComponent().appending(path: "out")
        _ = try cli.run(["batch", input.path, "--out", out.path])
        let first = try report(out)
        let again = try cli.run(["batch", input.path, "--out", out.path])
        #expect(again.status == 1)
        let second = try report(out)
        #expect(second["converted"] as? Int == 0)
        #expect(second["skipped"] as? Int == first["converted"] as? Int)
        // A newer input is converted again.
        try cli.write(Array("ทํา ๒\n".utf8), to: input.appending(path: "a.txt"))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)],
                                              ofItemAtPath: input.appending(path: "a.txt").path)
        _ = try cli.run(["batch", input.path, "--out", out.path])
        #expect(try report(out)["converted"] as? Int == 1)
        #expect(try String(contentsOf: out.appending(path: "a.txt"), encoding: .utf8) == "ทำ ๒\n")
        _ = try cli.run(["batch", input.path, "--out", out.path, "--force"])
        #expect(try report(out)["converted"] as? Int == first["converted"] as? Int)
        #expect(try report(out)["skipped"] as? Int == 0)
    }

    @Test("a batch killed at any moment leaves only complete files, and a re-run completes it", arguments: [SIGTERM, SIGKILL])
    func killAndResume(_ signal: Int32) throws {
        let (_, input, out) = try inputAndOutput()
        let seed = try Data(contentsOf: CLITests.root.appending(path: "corpus/004_d10b89281753108f.txt"))
        let part = Data(seed.prefix(through: seed.prefix(12_000).lastIndex(of: 0x0A)!))
        for index in 0..<12 { try part.write(to: input.appending(path: "doc\(index).txt")) }
        // The reference: one file converted alone.
        let reference = try cli.run(["normalize", input.appending(path: "doc0.txt").path]).stdout
        let process = try startBatch(input, into: out)
        Thread.sleep(forTimeInterval: 2.5)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let left = files(under: out)
        for name in left where !name.hasPrefix(".") && name.hasSuffix(".txt") {
            #expect(try Data(contentsOf: out.appending(path: name)) == reference, "\(name) is complete")
        }
        if signal == SIGTERM { #expect(!left.contains { $0.hasPrefix(".") }, "no temporary file after SIGTERM: \(left)") }
        let done = left.filter { !$0.hasPrefix(".") && $0.hasSuffix(".txt") }.count
        let rerun = try cli.run(["batch", input.path, "--out", out.path, "--jobs", "2"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let report = try report(out)
        #expect(report["skipped"] as? Int == done)
        #expect(report["converted"] as? Int == 12 - done)
        let final = files(under: out)
        #expect(final.count == 13 && !final.contains { $0.hasPrefix(".") }, "\(final)")
    }

    @Test("an output that would land outside the output folder is refused; inputs are never overwritten")
    func refused() throws {
        let base = try cli.temporaryFolder()
        let input = base.appending(path: "in"), out = base.appending(path: "out"), elsewhere = base.appending(path: "elsewhere")
        let fm = FileManager.default
        for folder in [input.appending(path: "sub"), out, elsewhere] { try fm.createDirectory(at: folder, withIntermediateDirectories: true) }
        try cli.write(Array("ทดสอบ\n".utf8), to: input.appending(path: "sub/x.txt"))
        try fm.createSymbolicLink(at: out.appending(path: "sub"), withDestinationURL: elsewhere)
        let escaped = try cli.run(["batch", input.path, "--out", out.path])
        #expect(escaped.status == 1)
        #expect(escaped.stderr.contains("outside the output folder"))
        #expect(files(under: elsewhere).isEmpty)
        // Output folder = input folder: refused as a whole, before anything is written.
        let original = Array("ทํา\n".utf8)
        try cli.write(original, to: input.appending(path: "y.txt"))
        try FileManager.default.copyItem(at: Self.fixtures.appending(path: "order.pdf"), to: input.appending(path: "z.pdf"))
        let before = files(under: input)
        let inPlace = try cli.run(["batch", input.path, "--out", input.path, "--format", "both"])
        #expect(inPlace.status == 2)
        #expect(inPlace.stderr.contains("is the input folder"), "\(inPlace.stderr)")
        #expect(files(under: input) == before, "nothing written into the input tree")
        #expect(try Data(contentsOf: input.appending(path: "y.txt")) == Data(original))
        // The same folder named another way (a symbolic link to it).
        let alias = base.appending(path: "alias")
        try fm.createSymbolicLink(at: alias, withDestinationURL: input)
        #expect(try cli.run(["batch", input.path, "--out", alias.path]).status == 2)
        #expect(files(under: input) == before)
    }

    @Test("an input whose output would be the batch report is refused, not overwritten; --report moves the report")
    func reportClash() throws {
        let (base, input, out) = try inputAndOutput()
        try cli.write(Array("รายงาน ทํา ๑\n".utf8), to: input.appending(path: "report.txt"))
        try cli.write(Array("ทํา ๒\n".utf8), to: input.appending(path: "other.txt"))
        let clash = try cli.run(["batch", input.path, "--out", out.path, "--format", "json"])
        #expect(clash.status == 1)
        #expect(clash.stderr.contains("report.txt") && clash.stderr.contains("batch report"), "\(clash.stderr)")
        let summary = try report(out)
        #expect(summary["converted"] as? Int == 1 && summary["files"] as? Int == 2)
        #expect(summary["edits_per_stage"] != nil, "report.json is the report, not report.txt's extraction")
        // A re-run does not count the report as report.txt's output, up to date.
        let again = try cli.run(["batch", input.path, "--out", out.path, "--format", "json"])
        #expect(again.status == 1)
        #expect(try report(out)["skipped"] as? Int == 1)
        // With the report elsewhere, report.txt is converted.
        let moved = base.appending(path: "batch-report.json")
        let fixed = try cli.run(["batch", input.path, "--out", out.path, "--format", "json", "--report", moved.path])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        let extraction = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appending(path: "report.json"))) as? [String: Any])
        #expect(extraction["header"] != nil, "out/report.json is report.txt's extraction")
        #expect(FileManager.default.fileExists(atPath: moved.path))
    }

    @Test("an output folder that contains the input folder: the inputs are converted, none lands in the input tree")
    func outputAroundInput() throws {
        let base = try cli.temporaryFolder()
        let input = base.appending(path: "docs")
        try FileManager.default.createDirectory(at: input.appending(path: "docs"), withIntermediateDirectories: true)
        try cli.write(Array("ทํา ๑\n".utf8), to: input.appending(path: "a.txt"))
        try cli.write(Array("ทํา ๒\n".utf8), to: input.appending(path: "b.txt"))
        let first = try cli.run(["batch", input.path, "--out", base.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try String(contentsOf: base.appending(path: "a.txt"), encoding: .utf8) == "ทำ ๑\n")
        #expect(try report(base)["converted"] as? Int == 2)
        // docs/docs/a.txt would be written to docs/a.txt, an input: refused.
        try cli.write(Array("ทํา ๓\n".utf8), to: input.appending(path: "docs/a.txt"))
        let nested = try cli.run(["batch", input.path, "--out", base.path, "--force"])
        #expect(nested.status == 1)
        #expect(try String(contentsOf: input.appending(path: "a.txt"), encoding: .utf8) == "ทํา ๑\n", "the input is untouched")
    }

    @Test("file and folder names that are not UTF-8 are refused by name; the rest is converted")
    func nonUTF8Names() throws {
        let (_, input, out) = try inputAndOutput()
        try cli.write(Array("ทํา ๑\n".utf8), to: input.appending(path: "good.txt"))
        // คำ.txt and a folder คำ in TIS-620 bytes, made with the C API (URL cannot name them).
        func rawPath(_ name: [UInt8]) -> [CChar] { (Array(input.path.utf8) + [0x2F] + name + [0]).map { CChar(bitPattern: $0) } }
        let fileName: [UInt8] = [0xA4, 0xD3] + Array(".txt".utf8)
        let descriptor = open(rawPath(fileName), O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        _ = Array("ทํา ๒\n".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        #expect(mkdir(rawPath([0xA4, 0xD3]), 0o755) == 0)
        let result = try cli.run(["batch", input.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\\xA4\\xD3.txt: the name is not valid UTF-8"), "\(result.stderr)")
        #expect(result.stderr.contains("in/\\xA4\\xD3: the name is not valid UTF-8"), "the folder is named too: \(result.stderr)")
        let summary = try report(out)
        #expect(summary["converted"] as? Int == 1 && summary["files"] as? Int == 3)
        #expect(result.text.contains("3 files: 1 converted, 0 skipped, 2 failed"), "\(result.text)")
        #expect(result.stderr.contains("2 of 3 files failed"))
    }

    @Test("a second batch into the same output folder is refused while the first runs; the first completes")
    func concurrentBatches() throws {
        let (_, input, out) = try inputAndOutput()
        let seed = try Data(contentsOf: CLITests.root.appending(path: "corpus/004_d10b89281753108f.txt"))
        let part = Data(seed.prefix(through: seed.prefix(12_000).lastIndex(of: 0x0A)!))
        // Enough files that the first is still running when the second starts, even on a loaded
        // machine (16 were once all written before the second checked the lock).
        for index in 0..<160 { try part.write(to: input.appending(path: "doc\(index).txt")) }
        let first = Process()
        first.executableURL = CLITests.binary
        first.arguments = ["batch", input.path, "--out", out.path, "--jobs", "1"]
        first.standardOutput = FileHandle.nullDevice
        let firstErrors = Pipe()
        first.standardError = firstErrors
        try first.run()
        // Wait until the first has started writing.
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: out.appending(path: "doc0.txt").path), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let second = try cli.run(["batch", input.path, "--out", out.path, "--force"])
        let firstLog = String(decoding: firstErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        first.waitUntilExit()
        #expect(second.status == 1)
        #expect(second.stderr.contains("another thainorm batch"), "\(second.stderr)")
        #expect(first.terminationStatus == 0, "\(firstLog)")
        #expect(try report(out)["converted"] as? Int == 160)
        #expect(!files(under: out).contains { $0.hasPrefix(".") })
    }

    @Test("SIGINT and SIGTERM at any moment leave no temporary file", arguments: [SIGINT, SIGTERM])
    func interruptedLeavesNoTemporaries(_ signal: Int32) throws {
        let base = try cli.temporaryFolder()
        let input = base.appending(path: "in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        // Many small files: temporaries are made and renamed all the time.
        let text = Data(String(repeating: "คําสั่ง ทํา ๑/๒๕๖๗ เรื่อง แต่งตั้ง\n", count: 40).utf8)
        for index in 0..<400 { try text.write(to: input.appending(path: "doc\(index).txt")) }
        for trial in 0..<6 {
            let out = base.appending(path: "out\(trial)")
            let process = try startBatch(input, into: out)
            let deadline = Date().addingTimeInterval(30)
            while (files(under: out).count < 20 + 15 * trial), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signal || process.terminationStatus == 0)
            let left = files(under: out).filter { $0.hasPrefix(".") }
            #expect(left.isEmpty, "trial \(trial): temporaries left: \(left)")
        }
    }

    @Test("a failed conversion leaves the earlier output untouched")
    func atomicity() throws {
        let (_, input, out) = try inputAndOutput()
        try cli.write(Array("ทํา\n".utf8), to: input.appending(path: "a.txt"))
        _ = try cli.run(["batch", input.path, "--out", out.path])
        let before = try Data(contentsOf: out.appending(path: "a.txt"))
        try cli.write(Array("bad\u{0}".utf8), to: input.appending(path: "a.txt"))
        let result = try cli.run(["batch", input.path, "--out", out.path, "--force"])
        #expect(result.status == 1)
        #expect(try Data(contentsOf: out.appending(path: "a.txt")) == before)
        #expect(!files(under: out).contains { $0.hasPrefix(".") })
    }

    @Test("--ndjson: paths in, one JSON object per document out, in order; errors inline")
    func ndjson() throws {
        let input = try mixedFolder()
        let paths = [input.appending(path: "a.txt").path, input.appending(path: "missing.txt").path,
                     input.appending(path: "sub/tis.txt").path]
        let result = try cli.run(["batch", "--ndjson"], stdin: Data((paths.joined(separator: "\n") + "\n").utf8))
        #expect(result.status == 1, "a failed document makes the exit status 1")
        let lines = result.text.split(separator: "\n")
        #expect(lines.count == 3)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["path"] as? String } == paths)
        #expect(objects[0]["text"] as? String == "คำสั่ง ทำ ๑\n")
        #expect((objects[0]["structure"] as? [String: Any])?["header"] != nil)
        #expect((objects[0]["edits"] as? [String: Int])?["ComposeSaraAm"] == 2)
        #expect((objects[1]["error"] as? String)?.contains("no such file") == true)
        #expect(objects[2]["text"] as? String == "คำสั่ง\n")
        let usage = try cli.run(["batch", "--ndjson", "--out", "/tmp/x"])
        #expect(usage.status == 2)
    }
}
