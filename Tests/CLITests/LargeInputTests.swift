import Foundation
import Testing

/// A file larger than a window (``NormalizationWindows``) is normalized window by window: what
/// it writes is what a whole run writes, and a bad byte late in it still writes nothing.
@Suite("thainorm CLI: files larger than a window", .serialized)
struct LargeInputTests {
    let cli = CLITests()

    /// A folder with `windows.json` (windows of 4 KB), `whole.json` (one window) and `big.txt`:
    /// 2,000 lines with Unicode-level damage, which every window repairs alike.
    func folder() throws -> URL {
        let folder = try cli.temporaryFolder()
        try Data(#"{"parameters": {"pipeline": {"windowBytes": 4096}}}"#.utf8).write(to: folder.appending(path: "windows.json"))
        try Data(#"{"parameters": {"pipeline": {"windowBytes": 100000000}}}"#.utf8).write(to: folder.appending(path: "whole.json"))
        let lines = (1...2_000).map { "\($0 % 50 == 0 ? "\u{0C}" : "")สำน ักงาน ทํา \($0)/๒๕๖๖ เร่ือง คําสั่ง\n" }
        try Data(lines.joined().utf8).write(to: folder.appending(path: "big.txt"))
        return folder
    }

    @Test("-o, --explain, standard output and -i write what a whole run writes")
    func sameAsWhole() throws {
        let folder = try folder()
        let big = folder.appending(path: "big.txt").path
        var outputs: [String: (text: Data, explain: Data, stdout: Data)] = [:]
        for configuration in ["windows", "whole"] {
            let config = folder.appending(path: "\(configuration).json").path
            let text = folder.appending(path: "\(configuration).txt"), explain = folder.appending(path: "\(configuration).json.edits")
            let run = try cli.run(["normalize", "--config", config, big, "-o", text.path, "--explain", explain.path])
            #expect(run.status == 0, "\(run.stderr)")
            let stdout = try cli.run(["normalize", "--config", config, "-q", big])
            #expect(stdout.status == 0, "\(stdout.stderr)")
            outputs[configuration] = (try Data(contentsOf: text), try Data(contentsOf: explain), stdout.stdout)
        }
        let windows = try #require(outputs["windows"]), whole = try #require(outputs["whole"])
        #expect(windows.text == whole.text)
        #expect(windows.text.count(where: { $0 == 0x0A }) == 2_000)
        // The same bytes, but for the configuration's window size.
        let windowSize = { (explain: Data) in
            String(decoding: explain, as: UTF8.self).replacingOccurrences(of: #""windowBytes" : \d+"#, with: "", options: .regularExpression)
        }
        #expect(windowSize(windows.explain) == windowSize(whole.explain))
        #expect(windows.explain != whole.explain)
        // On standard output too, newline after the report included.
        let explained = try ["windows", "whole"].map { configuration in
            try cli.run(["normalize", "--config", folder.appending(path: "\(configuration).json").path, big,
                         "-o", folder.appending(path: "\(configuration)-2.txt").path, "--explain", "-"]).stdout
        }
        #expect(windowSize(explained[0]) == windowSize(explained[1]))
        #expect(windowSize(explained[0]) == windowSize(windows.explain) + "\n")
        #expect(windows.stdout == whole.text)
        let edits = try #require(try JSONSerialization.jsonObject(with: windows.explain) as? [String: Any])["edits"] as? [[String: Any]]
        #expect(Set(try #require(edits).compactMap { $0["line"] as? Int }).count == 2_000)
        // In place: the file becomes what -o wrote.
        let inPlace = try cli.run(["normalize", "--config", folder.appending(path: "windows.json").path, "-i", big])
        #expect(inPlace.status == 0, "\(inPlace.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: big)) == whole.text)
        // Clean now: --check passes, and -i does not touch it.
        let check = try cli.run(["normalize", "--config", folder.appending(path: "windows.json").path, "--check", big])
        #expect(check.status == 0, "\(check.stderr)")
        let before = try FileManager.default.attributesOfItem(atPath: big)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.01)
        _ = try cli.run(["normalize", "--config", folder.appending(path: "windows.json").path, "-i", big])
        #expect(try FileManager.default.attributesOfItem(atPath: big)[.modificationDate] as? Date == before)
    }

    @Test("standard input larger than a window: what a whole run writes; a late bad byte writes nothing")
    func standardInput() throws {
        let folder = try folder()
        let big = try Data(contentsOf: folder.appending(path: "big.txt"))
        let windows = try cli.run(["normalize", "--config", folder.appending(path: "windows.json").path], stdin: big)
        let whole = try cli.run(["normalize", "--config", folder.appending(path: "whole.json").path], stdin: big)
        #expect(windows.status == 0 && whole.status == 0, "\(windows.stderr) \(whole.stderr)")
        #expect(windows.stdout == whole.stdout)
        #expect(windows.stdout.count(where: { $0 == 0x0A }) == 2_000)
        var bad = [UInt8](big)
        bad[bad.count - 40] = 0xFF
        let failed = try cli.run(["normalize", "--config", folder.appending(path: "windows.json").path, "-"], stdin: Data(bad))
        #expect(failed.status == 1)
        #expect(failed.stdout.isEmpty)
        // The message a whole run gives (the offset of the sequence the bad byte breaks).
        let wholeFailed = try cli.run(["normalize", "--config", folder.appending(path: "whole.json").path, "-"], stdin: Data(bad))
        #expect(failed.stderr.contains("<stdin>") && failed.stderr.contains("line 2000"), "\(failed.stderr)")
        #expect(failed.stderr == wholeFailed.stderr)
    }

    @Test("a bad byte past the first windows: exit 1, its offset and line, and nothing written")
    func badByteLate() throws {
        let folder = try folder()
        let big = folder.appending(path: "big.txt")
        var bytes = [UInt8](try Data(contentsOf: big))
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        let bad = lineStarts[1_900] + 3
        bytes[bad] = 0xFF
        try Data(bytes).write(to: big)
        let config = folder.appending(path: "windows.json").path
        let existing = folder.appending(path: "existing.txt")
        try Data("kept".utf8).write(to: existing)
        for arguments in [[big.path], [big.path, "-o", existing.path], [big.path, "-o", folder.appending(path: "new.txt").path],
                          ["-i", big.path], [big.path, "-o", existing.path, "--explain", "-"]] {
            let run = try cli.run(["normalize", "--config", config] + arguments)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr.contains("byte offset \(bad), line 1901"), "\(run.stderr)")
            #expect(run.stdout.isEmpty, "\(arguments)")
        }
        #expect(try Data(contentsOf: existing) == Data("kept".utf8))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "new.txt").path))
        #expect(try Data(contentsOf: big) == Data(bytes))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test("a full disk is exit 1 with a message, and --check says the file would change")
    func fullDiskAndCheck() throws {
        let folder = try folder()
        let big = folder.appending(path: "big.txt").path, config = folder.appending(path: "windows.json").path
        let full = try cli.run(["normalize", "--config", config, big, "-o", "/dev/full"])
        #expect(full.status == 1)
        #expect(full.stderr.contains("/dev/full") && full.stderr.contains("No space left"), "\(full.stderr)")
        let check = try cli.run(["normalize", "--config", config, "--check", big])
        #expect(check.status == 1)
        #expect(check.stderr.contains("would change: \(big) ("), "\(check.stderr)")
    }
}
