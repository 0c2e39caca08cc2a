import Foundation
import Testing

/// End-to-end tests: they run the built `thainorm` binary as a user would.
@Suite("thainorm CLI", .serialized)
struct CLITests {
    /// Output of one run of the binary.
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The binary: `$THAINORM_BIN`, or the one built beside the test runner.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["THAINORM_BIN"] { return URL(fileURLWithPath: path) }
        return Bundle.main.bundleURL.appending(path: "thainorm")
    }()

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func run(_ arguments: [String], stdin: Data = Data()) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(stdin)
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: out, stderr: String(decoding: err, as: UTF8.self))
    }

    /// The folder this test process makes its temporary folders in, removed when the process exits.
    static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appending(path: "thainorm-cli-\(getpid())")
        atexit {
            let scratch = CLITests.scratch
            // Tests take permissions away from some folders: give them back so that all can go.
            if let walk = FileManager.default.enumerator(atPath: scratch.path) {
                for case let path as String in walk { chmod(scratch.appending(path: path).path, 0o755) }
            }
            try? FileManager.default.removeItem(at: scratch)
        }
        return url
    }()

    /// A fresh temporary folder (inside ``scratch``).
    func temporaryFolder() throws -> URL {
        let url = Self.scratch.appending(path: UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ bytes: [UInt8], to url: URL) throws {
        try Data(bytes).write(to: url)
    }

    @Test("the binary exists")
    func binaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "\(Self.binary.path)")
    }

    @Test("normalize reads stdin and writes stdout, line for line")
    func normalizeStdin() throws {
        let result = try run(["normalize"], stdin: Data("ทํา ๑\nคําสั่ง\r\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout == Data("ทำ ๑\nคำสั่ง\r\n".utf8))
        let dash = try run(["normalize", "-"], stdin: Data("ทํา".utf8))
        #expect(dash.stdout == Data("ทำ".utf8))
    }

    @Test("normalize FILE -o OUT --digits arabic --explain EDITS.json; the edits replay and name stage, line, column")
    func normalizeFileWithExplain() throws {
        let folder = try temporaryFolder()
        let input = folder.appending(path: "in.txt")
        try write(Array("สำน ักงาน ทํา ๒๓/๒๕๖๖\nไม่มีอะไร".utf8), to: input)
        let output = folder.appending(path: "out.txt")
        let explain = folder.appending(path: "edits.json")
        let result = try run(["normalize", input.path, "-o", output.path, "--digits", "arabic", "--explain", explain.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try Data(contentsOf: output) == Data("สำนักงาน ทำ 23/2566\nไม่มีอะไร".utf8))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: explain)) as? [String: Any])
        #expect(json["encoding"] as? String == "utf-8")
        let edits = try #require(json["edits"] as? [[String: Any]])
        let stages = Set(edits.compactMap { $0["stage"] as? String })
        #expect(stages == ["RemoveSpaceBeforeMarks", "ComposeSaraAm", "ConvertDigits"])
        for edit in edits {
            #expect(edit["line"] as? Int == 1)
            #expect((edit["column"] as? Int ?? 0) >= 1)
            #expect(edit["before"] is String && edit["after"] is String && edit["confidence"] is Double)
        }
        #expect((json["stages"] as? [String])?.first == "RepairMojibake")
    }

    @Test("--digits thai and the default keep")
    func digits() throws {
        #expect(try run(["normalize", "--digits", "thai"], stdin: Data("ปี 2566 ISO 9001".utf8)).text == "ปี ๒๕๖๖ ISO 9001")
        #expect(try run(["normalize"], stdin: Data("ปี 2566 ๒๕๖๖".utf8)).text == "ปี 2566 ๒๕๖๖")
    }

    @Test("TIS-620 input is detected and written as UTF-8")
    func legacyInput() throws {
        // "ภาษาไทย" in TIS-620
        let result = try run(["normalize"], stdin: Data([0xC0, 0xD2, 0xC9, 0xD2, 0xE4, 0xB7, 0xC2]))
        #expect(result.status == 0)
        #expect(result.text == "ภาษาไทย")
    }

    @Test("eval prints CER, WER and CER-nospace; --json gives the counts")
    func eval() throws {
        let folder = try temporaryFolder()
        let reference = folder.appending(path: "ref.txt"), hypothesis = folder.appending(path: "hyp.txt")
        try write(Array("abcdefghij klmnopqrst".utf8), to: reference)
        try write(Array("abcdefghiX  klmnopqrst\n".utf8), to: hypothesis)
        let plain = try run(["eval", "--reference", reference.path, hypothesis.path])
        #expect(plain.status == 0)
        #expect(plain.text == "CER 4.76% WER 50.00% CER-nospace 5.00%\n")
        let json = try run(["eval", "--reference", reference.path, hypothesis.path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect(object["characterEdits"] as? Int == 1)
        #expect(object["referenceWords"] as? Int == 2)
    }

    @Test("extract normalizes and writes the structure JSON; --no-normalize reads the text as it is")
    func extract() throws {
        let folder = try temporaryFolder()
        let input = folder.appending(path: "order.txt"), output = folder.appending(path: "order.json")
        try write(Array("คำสั่งสำนักงานคลังจังหวัดพะเยา\nที่ ๒๓/๒๕๖๖\nสั่ง ณ วันที่ ๑๓ พฤศจิกายน ๒๕๖๖\nน.ส.อารีย์ ยอดแก้ว\n".utf8), to: input)
        let result = try run(["extract", input.path, "-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        let header = try #require(object["header"] as? [String: Any])
        #expect(header["kind"] as? String == "order")
        #expect((object["people"] as? [[String: Any]])?.first?["title"] as? String == "นางสาว")
        #expect((object["dates"] as? [[String: Any]])?.first?["iso"] as? String == "2023-11-13")
        // Standard input, and the text kept as it is: ท่ี (marks in the wrong order) is not read as ที่.
        let raw = try run(["extract", "--no-normalize"], stdin: Data("ท่ี ๒๓/๒๕๖๖\n".utf8))
        let rawObject = try #require(try JSONSerialization.jsonObject(with: raw.stdout) as? [String: Any])
        #expect((rawObject["header"] as? [String: Any])?["number"] is NSNull)
        // Every edit applied (--config): by default this reordering is held back (confidence < 0.99).
        let everyEdit = folder.appending(path: "every-edit.json")
        try write(Array(#"{"minimumConfidence": 0}"#.utf8), to: everyEdit)
        let normalized = try run(["extract", "--config", everyEdit.path], stdin: Data("ท่ี ๒๓/๒๕๖๖\n".utf8))
        let normalizedObject = try #require(try JSONSerialization.jsonObject(with: normalized.stdout) as? [String: Any])
        #expect((normalizedObject["header"] as? [String: Any])?["number"] as? String == "๒๓/๒๕๖๖")
        // Bad input: exit 1, no output written.
        let empty = folder.appending(path: "empty.txt"), none = folder.appending(path: "none.json")
        try write([], to: empty)
        let failed = try run(["extract", empty.path, "-o", none.path])
        #expect(failed.status == 1)
        #expect(!FileManager.default.fileExists(atPath: none.path))
    }

    @Test("eval-structure prints people, dates, criteria ids and assignees figures")
    func evalStructure() throws {
        let folder = try temporaryFolder()
        let reference = folder.appending(path: "gold.json"), hypothesis = folder.appending(path: "out.json")
        try write(Array(#"""
            {"people": [{"title": "นาย", "given": "ก", "family": "ข"}, {"title": "นาง", "given": "ค", "family": "ง"}],
             "dates": [{"line": 3, "iso": "2023-12"}],
             "criteria": [{"id": "phys.1", "supervisors": ["ก ข"], "responsible": ["ค ง"]}, {"id": "1.1", "supervisors": [], "responsible": []}]}
            """#.utf8), to: reference)
        // The hypothesis is an extraction: a document of the published schema.
        let skeleton = try run(["extract", "--no-normalize"], stdin: Data("ทดสอบ\n".utf8))
        var document = try #require(try JSONSerialization.jsonObject(with: skeleton.stdout) as? [String: Any])
        func date(_ line: Int, _ iso: String) -> [String: Any] {
            ["text": iso, "line": line, "end_line": NSNull(), "iso": iso, "precision": "year", "end_iso": NSNull(), "kind": "date",
             "problem": NSNull()]
        }
        func criterion(_ id: String, _ supervisors: [String], _ responsible: [String]) -> [String: Any] {
            ["id": id, "id_text": id, "parent": NSNull(), "level": NSNull(), "points": NSNull(), "text": "",
             "supervisors": supervisors, "responsible": responsible, "part": NSNull(), "line": 1]
        }
        document["people"] = [["title": "นาย", "given": "ก", "family": "ข", "positions": [], "lines": [1], "variants": []]]
        document["dates"] = [date(3, "2023-12"), date(4, "2024")]
        document["criteria"] = [criterion("1", ["ก ข"], ["ค ง"]), criterion("1.2", [], [])]
        try JSONSerialization.data(withJSONObject: document).write(to: hypothesis)
        let result = try run(["eval-structure", "--reference", reference.path, hypothesis.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect((object["people"] as? [String: Any])?["recall"] as? Double == 0.5)
        #expect((object["dates"] as? [String: Any])?["precision"] as? Double == 0.5)
        #expect((object["criteria_ids"] as? [String: Any])?["matched"] as? Int == 1, "phys.1 is id 1")
        #expect(object["assignees_exact"] as? Int == 1)
        let text = try run(["eval-structure", "--reference", reference.path, hypothesis.path])
        #expect(text.text.contains("people F1 0.667"))
        let bad = try run(["eval-structure", "--reference", reference.path, reference.path + ".missing"])
        #expect(bad.status == 1)
    }

    @Test("stages lists every stage in pipeline order with a description")
    func stages() throws {
        let result = try run(["stages"])
        #expect(result.status == 0)
        let lines = result.text.split(separator: "\n")
        #expect(lines.count >= 8)
        #expect(lines.first?.hasPrefix("1. RepairMojibake") == true)
        #expect(lines.last?.hasPrefix("\(lines.count). ConvertDigits") == true)
        #expect(lines.contains { $0.contains("CorrectLexicalErrors") })
    }

    // MARK: Bad input: exit 1, a message naming the file and the place, no output file.

    @Test(arguments: [
        ("nul", [0x41, 0x42, 0x0A, 0x43, 0x00, 0x44] as [UInt8], "NUL byte at byte offset 4 (line 2)"),
        ("latin1", Array("ok\ncaf".utf8) + [0xE9] + Array(" noir".utf8), "byte 0xE9 at byte offset 6, line 2"),
        ("empty", [], "input is empty"),
        ("utf16-no-bom", [0x41, 0x00, 0x42, 0x00], "NUL byte"),
    ])
    func badInput(name: String, bytes: [UInt8], message: String) throws {
        let folder = try temporaryFolder()
        let input = folder.appending(path: "\(name).txt")
        try write(bytes, to: input)
        let output = folder.appending(path: "out.txt")
        let result = try run(["normalize", input.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(input.path), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["\(name).txt"], "no temporary or partial files")
    }

    @Test("a failed run leaves an existing output file untouched")
    func existingOutputKept() throws {
        let folder = try temporaryFolder()
        let input = folder.appending(path: "bad.txt"), output = folder.appending(path: "out.txt")
        try write([0xFF, 0x00], to: input)
        try write(Array("previous".utf8), to: output)
        #expect(try run(["normalize", input.path, "-o", output.path]).status == 1)
        #expect(try Data(contentsOf: output) == Data("previous".utf8))
    }

    @Test("a missing file and a folder are bad input")
    func missingFile() throws {
        let missing = try run(["normalize", "/nonexistent/thainorm.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/thainorm.txt: no such file"))
        let folder = try temporaryFolder()
        let directory = try run(["normalize", folder.path])
        #expect(directory.status == 1)
        #expect(directory.stderr.contains("is a directory"))
        let unwritable = try run(["normalize", "-o", "/nonexistent/dir/out.txt"], stdin: Data("ทํา".utf8))
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("does not exist"))
    }

    @Test(arguments: [
        ["normalize", "--digits", "roman"],
        ["frobnicate"],
        ["eval", "only-one-file"],
        ["normalize", "--no-such-flag"],
    ])
    func usageErrors(arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test("--help exits 0")
    func help() throws {
        let result = try run(["normalize", "--help"])
        #expect(result.status == 0)
        #expect(result.text.contains("--digits"))
    }

    @Test("the bundled corpus normalizes without error, and seed 000 is unchanged")
    func corpus() throws {
        let seed = Self.root.appending(path: "corpus/000_0de2cb2dd65d5206.txt")
        let result = try run(["normalize", seed.path])
        #expect(result.status == 0)
        #expect(result.stdout == (try Data(contentsOf: seed)))
    }

    @Test("config --defaults prints every setting; --config changes the numbers it names and refuses a bad file")
    func configFile() throws {
        let defaults = try run(["config", "--defaults"])
        #expect(defaults.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: defaults.stdout) as? [String: Any])
        let parameters = try #require(json["parameters"] as? [String: Any])
        #expect((parameters["pipeline"] as? [String: Any])?["maximumPasses"] as? Int == 3)
        #expect(parameters.count >= 14)

        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appending(path: "in.txt"), held = folder.appending(path: "held.json")
        try write(Array("คําสั่ง\n".utf8), to: text)
        // (A stage's confidence parameter is only its score: calibration decides the confidence,
        // and sara am composed gets about 0.997, below this minimum.)
        try write(Array(#"{"minimumConfidence": 0.999, "parameters": {"composeSaraAm": {"confidence": 0.5}}}"#.utf8), to: held)
        #expect(try run(["normalize", text.path]).text == "คำสั่ง\n")
        let kept = try run(["normalize", "--config", held.path, text.path])
        #expect(kept.status == 0)
        #expect(kept.text == "คําสั่ง\n")
        // An option on the command line wins over the file.
        #expect(try run(["normalize", "--config", held.path, "--min-confidence", "0", text.path]).text == "คำสั่ง\n")
        #expect(try run(["config", held.path]).status == 0)

        let misspelt = folder.appending(path: "bad.json")
        try write(Array(#"{"parameters": {"composeSaraAm": {"confidance": 0.5}}}"#.utf8), to: misspelt)
        for arguments in [["normalize", "--config", misspelt.path, text.path], ["config", misspelt.path],
                          ["extract", "--config", misspelt.path, text.path]] {
            let refused = try run(arguments)
            #expect(refused.status == 2, "\(arguments)")
            #expect(refused.stderr.contains("parameters.composeSaraAm.confidance"), "\(refused.stderr)")
        }
        #expect(try run(["config"]).status == 2)
    }
}
