import Foundation
import Testing

/// `-o` and `--explain` write to what the path is: a special file is written into, never
/// replaced; a symbolic link's file is replaced atomically and the link kept.
@Suite("thainorm CLI: output targets", .serialized)
struct OutputTargetTests {
    let cli = CLITests()
    let streams = StandardStreamTests()

    func kind(_ path: URL) throws -> FileAttributeType? {
        try FileManager.default.attributesOfItem(atPath: path.path)[.type] as? FileAttributeType
    }

    @Test("a FIFO given as -o is written into and stays a FIFO")
    func fifo() throws {
        let folder = try streams.folderWithInput()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try streams.shell("mkfifo fifo && { timeout -s KILL 10 cat fifo > got.txt & } && \"$BIN\" normalize a.txt -o fifo && wait",
                                       in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(try kind(folder.appending(path: "fifo")) != .typeRegular)
        let got = try String(contentsOf: folder.appending(path: "got.txt"), encoding: .utf8)
        #expect(got.hasPrefix("คำสั่ง ทำ ๑"), "\(got)")
    }

    @Test("a character device given as -o and --explain stays a device")
    func characterDevice() throws {
        let folder = try streams.folderWithInput()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A null device of our own (mknod needs root, as CI has; elsewhere there is nothing to check).
        guard try streams.shell("mknod null c 1 3", in: folder).status == 0 else { return }
        let result = try streams.shell("\"$BIN\" normalize a.txt -o null --explain null", in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(try kind(folder.appending(path: "null")) == .typeCharacterSpecial)
    }

    @Test("a symbolic link given as -o: its file is replaced, the link stays; a dangling one is refused")
    func symbolicLinks() throws {
        let folder = try streams.folderWithInput()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fm = FileManager.default
        try Data("old\n".utf8).write(to: folder.appending(path: "target.txt"))
        try fm.createSymbolicLink(atPath: folder.appending(path: "link.txt").path, withDestinationPath: "target.txt")
        let result = try cli.run(["normalize", folder.appending(path: "a.txt").path, "-o", folder.appending(path: "link.txt").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try fm.destinationOfSymbolicLink(atPath: folder.appending(path: "link.txt").path) == "target.txt")
        #expect(try String(contentsOf: folder.appending(path: "target.txt"), encoding: .utf8).hasPrefix("คำสั่ง"))

        try fm.createSymbolicLink(atPath: folder.appending(path: "dangling.txt").path, withDestinationPath: "missing.txt")
        let refused = try cli.run(["normalize", folder.appending(path: "a.txt").path, "-o", folder.appending(path: "dangling.txt").path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("symbolic link to a missing file"), "\(refused.stderr)")
        #expect(!fm.fileExists(atPath: folder.appending(path: "missing.txt").path))
    }
}
