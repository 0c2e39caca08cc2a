import Foundation
import Testing

/// Standard streams that fail: a full device, a closed descriptor, a reader that goes away.
/// Each command must exit 1 with a message, or end quietly on a closed pipe, never trap.
@Suite("thainorm CLI: failing standard streams", .serialized)
struct StandardStreamTests {
    let cli = CLITests()

    /// Runs a bash command line with `$BIN` set to the binary; returns status and standard error.
    func shell(_ script: String, in folder: URL) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = folder
        process.environment = ["BIN": CLITests.binary.path, "PATH": "/usr/bin:/bin"]
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: err, as: UTF8.self))
    }

    func folderWithInput() throws -> URL {
        let folder = try cli.temporaryFolder()
        try Data("คําสั่ง ทํา ๑\nเรื่อง ทดสอบ\n".utf8).write(to: folder.appending(path: "a.txt"))
        return folder
    }

    @Test("a write to a full standard output is exit 1 with a message, for every command",
          arguments: ["normalize a.txt", "review a.txt", "extract a.txt", "stages", "eval --reference a.txt a.txt",
                      "batch a.txt --out out", "echo a.txt | \"$BIN\" batch --ndjson"])
    func fullOutput(_ command: String) throws {
        let folder = try folderWithInput()
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = command.hasPrefix("echo") ? command : "\"$BIN\" \(command)"
        let result = try shell("\(line) > /dev/full", in: folder)
        #expect(result.status == 1, "\(command): status \(result.status), \(result.stderr)")
        #expect(result.stderr.contains("standard output: cannot write"), "\(command): \(result.stderr)")
    }

    @Test("a closed standard output or input is exit 1 with a message")
    func closedStreams() throws {
        let folder = try folderWithInput()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try shell("\"$BIN\" normalize a.txt >&-", in: folder)
        #expect(out.status == 1 && out.stderr.contains("standard output"), "\(out)")
        let input = try shell("\"$BIN\" normalize <&-", in: folder)
        #expect(input.status == 1 && input.stderr.contains("standard input: cannot be read"), "\(input)")
    }

    @Test("a reader that goes away (EPIPE) ends the run quietly")
    func brokenPipe() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Far more than a pipe holds, so the write meets the closed pipe.
        let text = String(repeating: "คําสั่งสำนักงาน ที่ ๒๓/๒๕๖๖\n", count: 20_000)
        try Data(text.utf8).write(to: folder.appending(path: "big.txt"))
        let result = try shell("\"$BIN\" normalize big.txt | head -c 1 > /dev/null; exit ${PIPESTATUS[0]}", in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test("a file holding only a byte-order mark is refused as empty")
    func onlyByteOrderMark() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in [("utf8.txt", [0xEF, 0xBB, 0xBF]), ("utf16le.txt", [0xFF, 0xFE]), ("utf16be.txt", [0xFE, 0xFF])] as [(String, [UInt8])] {
            let url = folder.appending(path: name)
            try cli.write(bytes, to: url)
            let result = try cli.run(["normalize", url.path, "-o", folder.appending(path: "out-" + name).path])
            #expect(result.status == 1, "\(name)")
            #expect(result.stderr.contains("nothing but a byte-order mark"), "\(name): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "out-" + name).path))
        }
    }
}
