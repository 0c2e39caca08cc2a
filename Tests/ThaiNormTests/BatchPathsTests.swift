import Testing
@testable import ThaiNorm

@Suite("Batch paths")
struct BatchPathsTests {
    @Test func outputsMirrorTheInputTree() throws {
        #expect(try BatchPaths.output(for: "2566/orders/a.pdf", extension: "json", in: "/out") == "/out/2566/orders/a.json")
        #expect(try BatchPaths.output(for: "a.txt", extension: "txt", in: "/out/") == "/out/a.txt")
        #expect(try BatchPaths.output(for: "./x/./b.TXT", extension: "txt", in: "out") == "out/x/b.txt")
        #expect(try BatchPaths.output(for: ".hidden", extension: "txt", in: "/o") == "/o/.hidden.txt")
        #expect(try BatchPaths.output(for: "a.b.c.txt", extension: "json", in: "/o") == "/o/a.b.c.json")
    }

    @Test func escapesAreRefused() {
        for path in ["../etc/passwd", "a/../../b.txt", "/etc/passwd", "", "./"] {
            #expect(throws: BatchPaths.Problem.self, "\(path)") { try BatchPaths.output(for: path, extension: "txt", in: "/out") }
        }
    }

    @Test func inputKinds() {
        #expect(BatchPaths.kind(of: "a/b.txt") == .text)
        #expect(BatchPaths.kind(of: "B.PDF") == .pdf)
        #expect(BatchPaths.kind(of: "notes.md") == nil)
        #expect(BatchPaths.kind(of: "txt") == nil)
        #expect(BatchPaths.kind(of: ".txt") == nil)
    }

    @Test func relativePaths() {
        #expect(BatchPaths.relative("/a/b/c.txt", to: "/a") == "b/c.txt")
        #expect(BatchPaths.relative("/ab/c.txt", to: "/a") == nil)
        #expect(BatchPaths.relative("/a", to: "/a") == nil)
    }

    @Test func reportSummary() {
        var report = BatchReport()
        report.files = 3
        report.converted = 2
        report.bytes = 2_000_000
        report.seconds = 4
        report.failures = [.init(path: "x", reason: "empty file")]
        #expect(report.summary == "3 files: 2 converted, 0 skipped, 1 failed; 2.00 MB in 4.0 s (0.50 MB/s)")
    }
}
