import Foundation
import Testing

/// The command line people expect from ripgrep, jq, ftfy and swift-format: `-` for standard
/// output, several files, `-i`, `--check`, `-q`/`-v`, `--version`, `schema`; and the small
/// faults found when trying it as a new user would.
@Suite("thainorm CLI: conventions", .serialized)
struct ConventionTests {
    let cli = CLITests()
    static let noisy = "คําสั่ง ทํา ๑\nเรื่อง ทดสอบ\n"
    static let clean = "คำสั่ง ทำ ๑\nเรื่อง ทดสอบ\n"

    func folder(with files: [String: String]) throws -> URL {
        let folder = try cli.temporaryFolder()
        for (name, text) in files { try Data(text.utf8).write(to: folder.appending(path: name)) }
        return folder
    }

    func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("-o - and --explain - mean standard output; no file named - is made")
    func dashIsStandardOutput() throws {
        let folder = try folder(with: ["a.txt": Self.noisy])
        let text = try cli.run(["normalize", folder.appending(path: "a.txt").path, "-o", "-"])
        #expect(text.status == 0 && text.text == Self.clean)
        let out = folder.appending(path: "out.txt")
        let explain = try cli.run(["normalize", folder.appending(path: "a.txt").path, "-o", out.path, "--explain", "-"])
        #expect(explain.status == 0, "\(explain.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: explain.stdout) as? [String: Any])
        #expect((report["edits"] as? [Any])?.isEmpty == false)
        #expect(try String(contentsOf: out, encoding: .utf8) == Self.clean)
        // Both on standard output would mix them: refused.
        #expect(try cli.run(["normalize", folder.appending(path: "a.txt").path, "--explain", "-"]).status == 2)
        #expect(try cli.run(["normalize", folder.appending(path: "a.txt").path, "-o", "-", "--explain", "-"]).status == 2)
        #expect(try names(in: folder) == ["a.txt", "out.txt"], "no file named -")
    }

    @Test("--explain is not written when the -o write fails, and -o with --explain on one file is refused")
    func explainWithFailedOutput() throws {
        let folder = try folder(with: ["a.txt": Self.noisy])
        let input = folder.appending(path: "a.txt").path, explain = folder.appending(path: "edits.json").path
        let full = try cli.run(["normalize", input, "-o", "/dev/full", "--explain", explain])
        #expect(full.status == 1)
        #expect(!FileManager.default.fileExists(atPath: explain), "all or nothing")
        let missingFolder = try cli.run(["normalize", input, "-o", folder.path + "/no/such/out.txt", "--explain", explain])
        #expect(missingFolder.status == 1)
        #expect(try names(in: folder) == ["a.txt"], "no explain, no temporary")
        let same = try cli.run(["normalize", input, "-o", explain, "--explain", folder.path + "/./edits.json"])
        #expect(same.status == 2)
        #expect(same.stderr.contains("same file"), "\(same.stderr)")
        #expect(try names(in: folder) == ["a.txt"])
    }

    @Test("normalize on several files writes them to standard output in order")
    func severalFiles() throws {
        let folder = try folder(with: ["a.txt": Self.noisy, "b.txt": "ทํา ๒\n"])
        let result = try cli.run(["normalize", folder.appending(path: "a.txt").path, folder.appending(path: "b.txt").path])
        #expect(result.status == 0)
        #expect(result.text == Self.clean + "ทำ ๒\n")
        #expect(try cli.run(["normalize", folder.appending(path: "a.txt").path, folder.appending(path: "b.txt").path, "-o", "x"]).status == 2)
    }

    @Test("-i rewrites each file atomically, and only a file that changes")
    func inPlace() throws {
        let folder = try folder(with: ["a.txt": Self.noisy, "b.txt": Self.clean])
        let b = folder.appending(path: "b.txt")
        let old = Date(timeIntervalSinceNow: -3600)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: b.path)
        let result = try cli.run(["normalize", "-i", folder.appending(path: "a.txt").path, b.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: folder.appending(path: "a.txt"), encoding: .utf8) == Self.clean)
        let date = try FileManager.default.attributesOfItem(atPath: b.path)[.modificationDate] as? Date
        #expect(date.map { abs($0.timeIntervalSince(old)) < 1 } == true, "an unchanged file is not touched")
        #expect(try names(in: folder) == ["a.txt", "b.txt"])
        // A TIS-620 file is written back as UTF-8.
        try Data([0xA4, 0xD3, 0x0A]).write(to: folder.appending(path: "c.txt"))
        #expect(try cli.run(["normalize", "-i", folder.appending(path: "c.txt").path]).status == 0)
        #expect(try String(contentsOf: folder.appending(path: "c.txt"), encoding: .utf8) == "คำ\n")
        #expect(try cli.run(["normalize", "-i"], stdin: Data("ทํา".utf8)).status == 2, "standard input cannot be rewritten")
    }

    @Test("--check writes nothing and exits 1 when a file would change, 0 when none would")
    func check() throws {
        let folder = try folder(with: ["a.txt": Self.noisy, "b.txt": Self.clean])
        let a = folder.appending(path: "a.txt").path, b = folder.appending(path: "b.txt").path
        let dirty = try cli.run(["normalize", "--check", a, b])
        #expect(dirty.status == 1)
        #expect(dirty.stdout.isEmpty)
        #expect(dirty.stderr.contains("would change: \(a)") && !dirty.stderr.contains("would change: \(b)"), "\(dirty.stderr)")
        #expect(try String(contentsOf: URL(fileURLWithPath: a), encoding: .utf8) == Self.noisy)
        let clean = try cli.run(["normalize", "--check", b])
        #expect(clean.status == 0 && clean.stderr.isEmpty, "\(clean.stderr)")
    }

    @Test("-v lists the edits per stage on standard error; -q says nothing; both is a usage error")
    func verbosity() throws {
        let folder = try folder(with: ["a.txt": Self.noisy])
        let input = folder.appending(path: "a.txt").path
        let verbose = try cli.run(["normalize", "-v", input])
        #expect(verbose.text == Self.clean)
        #expect(verbose.stderr.contains("\(input): 2 edits applied, 0 held back"), "\(verbose.stderr)")
        #expect(verbose.stderr.contains("ComposeSaraAm: 2"))
        let quiet = try cli.run(["normalize", "-q", "--check", input])
        #expect(quiet.status == 1 && !quiet.stderr.contains("would change:"), "\(quiet.stderr)")
        #expect(try cli.run(["normalize", "-q", "-v", input]).status == 2)
    }

    @Test("--version, schema, and completion scripts")
    func versionSchemaCompletions() throws {
        let version = try cli.run(["--version"])
        #expect(version.status == 0)
        #expect(version.text.hasPrefix("thainorm ") && version.text.contains("structure schema 7"), "\(version.text)")
        let schema = try cli.run(["schema"])
        #expect(schema.status == 0)
        let published = try Data(contentsOf: CLITests.root.appending(path: "Sources/ThaiNorm/Extraction/structure.schema.json"))
        #expect(schema.stdout == published, "schema prints the published file")
        let bash = try cli.run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0 && bash.text.contains("normalize") && bash.text.contains("--in-place"))
    }

    @Test("the committed manual page describes every command and option of this build (scripts/make-man)")
    func manualPageCurrent() throws {
        let page = try String(contentsOf: CLITests.root.appending(path: "docs/man/thainorm.1"), encoding: .utf8)
        let help = try cli.run(["--experimental-dump-help"])
        let tool = try #require(try JSONSerialization.jsonObject(with: help.stdout) as? [String: Any])
        let command = try #require(tool["command"] as? [String: Any])
        var missing: [String] = []
        func visit(_ command: [String: Any]) {
            if let name = command["commandName"] as? String, !page.contains(name) { missing.append(name) }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                    if let long = name["name"] as? String, !page.contains(long) { missing.append("--" + long) }
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { visit(sub) }
        }
        visit(command)
        #expect(missing.isEmpty, "docs/man/thainorm.1 lacks \(missing): run scripts/make-man")
    }

    @Test("stages: the descriptions start in one column, past stage 9 too")
    func stagesAligned() throws {
        let lines = try cli.run(["stages"]).text.split(separator: "\n").map(String.init)
        #expect(lines.count >= 10)
        let columns = Set(lines.map { line in
            // The description starts after the first run of two or more spaces.
            line.range(of: "  +", options: .regularExpression).map { line.distance(from: line.startIndex, to: $0.upperBound) } ?? -1
        })
        #expect(columns.count == 1, "\(lines)")
    }

    @Test("batch --help gives the default of --jobs once")
    func batchHelp() throws {
        let help = try cli.run(["batch", "--help"])
        #expect(help.status == 0)
        let jobs = help.text.components(separatedBy: "--jobs <jobs>").last ?? ""
        let entry = jobs.components(separatedBy: "\n  --").first ?? ""
        #expect(entry.components(separatedBy: "default").count == 2, "\(entry)")
    }

    @Test("eval refuses an empty reference instead of printing a rate over 100%")
    func evalEmptyReference() throws {
        let folder = try folder(with: ["empty.txt": "", "blank.txt": " \n\n", "h.txt": "abc\n"])
        for reference in ["empty.txt", "blank.txt"] {
            let result = try cli.run(["eval", "--reference", folder.appending(path: reference).path, folder.appending(path: "h.txt").path])
            #expect(result.status == 1, "\(reference)")
            #expect(result.stderr.contains("the reference is empty"), "\(result.stderr)")
            #expect(!result.text.contains("%"))
        }
    }

    @Test("eval-structure refuses JSON that is not a structure document, naming the problem")
    func evalStructureValidates() throws {
        let folder = try folder(with: ["other.json": #"{"name": "not a structure"}"#, "broken.json": "{", "text.txt": Self.noisy])
        let good = folder.appending(path: "good.json")
        #expect(try cli.run(["extract", folder.appending(path: "text.txt").path, "-o", good.path]).status == 0)
        #expect(try cli.run(["eval-structure", "--reference", good.path, good.path]).status == 0)
        let other = try cli.run(["eval-structure", "--reference", good.path, folder.appending(path: "other.json").path])
        #expect(other.status == 1)
        #expect(other.stderr.contains("other.json: not a structure document") && other.stderr.contains("missing"), "\(other.stderr)")
        let broken = try cli.run(["eval-structure", "--reference", folder.appending(path: "broken.json").path, good.path])
        #expect(broken.status == 1 && broken.stderr.contains("broken.json: not a JSON object"), "\(broken.stderr)")
    }

    @Test("a corrupt PDF's failure gives pdftotext's reason", .enabled(if: BatchTests.hasPDFTools))
    func corruptPDF() throws {
        let folder = try folder(with: ["bad.pdf": "%PDF-1.4\ngarbage\n"])
        let result = try cli.run(["batch", folder.appending(path: "bad.pdf").path, "--out", folder.appending(path: "out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unreadable PDF: Syntax Error"), "\(result.stderr)")
    }

    @Test("a batch output that is a symbolic link: never up to date; written through inside DIR, refused out of it")
    func symlinkOutput() throws {
        let base = try cli.temporaryFolder()
        let input = base.appending(path: "in"), out = base.appending(path: "out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out.appending(path: "kept"), withIntermediateDirectories: true)
        for name in ["a.txt", "b.txt"] {
            try Data(Self.noisy.utf8).write(to: input.appending(path: name))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: input.appending(path: name).path)
        }
        // a.txt: a link (newer than the input) to a file outside DIR; b.txt: a link to a file inside.
        try Data("something else\n".utf8).write(to: base.appending(path: "elsewhere.txt"))
        try Data("stale\n".utf8).write(to: out.appending(path: "kept/b.txt"))
        try FileManager.default.createSymbolicLink(atPath: out.appending(path: "a.txt").path, withDestinationPath: base.appending(path: "elsewhere.txt").path)
        try FileManager.default.createSymbolicLink(atPath: out.appending(path: "b.txt").path, withDestinationPath: "kept/b.txt")
        let result = try cli.run(["batch", input.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("symbolic link out of the output folder"), "\(result.stderr)")
        #expect(result.text.contains("1 converted, 0 skipped, 1 failed"), "neither link was taken for up to date: \(result.text)")
        #expect(try String(contentsOf: base.appending(path: "elsewhere.txt"), encoding: .utf8) == "something else\n")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: out.appending(path: "b.txt").path)
        #expect(link == "kept/b.txt", "the link stays a link")
        #expect(try String(contentsOf: out.appending(path: "kept/b.txt"), encoding: .utf8) == Self.clean)
    }

    @Test("review findings: a link in DIR cannot carry an output onto an input; -o /dev/stdout appends; modes are kept; the sweep spares others' files")
    func reviewFindings() throws {
        let base = try cli.temporaryFolder()
        let input = base.appending(path: "in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(Self.noisy.utf8).write(to: input.appending(path: "a.txt"))
        try Data("ทํา ๒\n".utf8).write(to: input.appending(path: "b.txt"))
        // DIR around the input, with a.txt's output place a link to the input b.txt.
        try FileManager.default.createSymbolicLink(atPath: base.appending(path: "a.txt").path, withDestinationPath: "in/b.txt")
        try Data("notes\n".utf8).write(to: input.appending(path: ".notes.txt.tmp-1-1"))
        let batch = try cli.run(["batch", input.path, "--out", base.path])
        #expect(batch.status == 1)
        #expect(try String(contentsOf: input.appending(path: "b.txt"), encoding: .utf8) == "ทํา ๒\n", "the input is untouched")
        #expect(FileManager.default.fileExists(atPath: input.appending(path: ".notes.txt.tmp-1-1").path), "not ours to remove")
        // -o /dev/stdout into a file opened for appending: appended, the file not replaced.
        let log = base.appending(path: "log.txt")
        try Data("old\n".utf8).write(to: log)
        let appended = try StandardStreamTests().shell("\"$BIN\" normalize in/a.txt -o /dev/stdout >> log.txt", in: base)
        #expect(appended.status == 0, "\(appended.stderr)")
        #expect(try String(contentsOf: log, encoding: .utf8) == "old\n" + Self.clean)
        // -i keeps a private file private.
        let secret = input.appending(path: "secret.txt")
        try Data(Self.noisy.utf8).write(to: secret)
        chmod(secret.path, 0o600)
        #expect(try cli.run(["normalize", "-i", secret.path]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: secret.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("a file name that is not UTF-8 given on the command line is refused by name")
    func nonUTF8Argument() throws {
        let folder = try cli.temporaryFolder()
        let result = try StandardStreamTests().shell("\"$BIN\" normalize \"$(printf 'a\\xa4.txt')\"", in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("\\xA4"), "\(result.stderr)")
    }
}
