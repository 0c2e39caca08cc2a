import Foundation
import Testing

/// `thainorm review` end to end: the page it writes, opened in headless Chromium.
///
/// Chromium is a test dependency (`scripts/install-deps` installs it; CI runs that script).
/// Without it the browser tests fail and say so: they never pass silently.
@Suite("thainorm review: the page in Chromium", .serialized)
struct ReviewPageTests {
    let cli = CLITests()

    /// A noisy Thai text made for these tests: decomposed sara am, marks in the wrong order,
    /// a space before a mark, spread letters, an item number, a line ending in CRLF.
    static let noisy = """
        คําสั่งสำน ักงานทดสอบการอ่านเอกสาร
        ท่ี ๑๒/๒๕๖๗\r
        เร่ือง แต่งต้ังคณะทำงานตรวจสอบข้อมูล
        ป ร ะ ธ า น ก า ร ป ร ะ ชุ ม ประจำปี
        ๑. ให้เจ้าหนา้ท่ีจัดทำรายงาน ภายในวันท่ี ๓๑ มีนาคม ๒๕๖๗
        ทั้งนี้ ต้ังแต่บัดนี้เป็นต้นไป

        """

    /// The chromium executable on the PATH, or nil.
    static let chromium: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appending(path: "chromium")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// Runs headless Chromium on `page` (killed after 60 s) with `arguments` added; its standard
    /// output goes to `stdout` (a file, so no browser process can hold a pipe open). Nil,
    /// with an issue recorded, when Chromium is not installed.
    func chromium(_ arguments: [String], page: URL, in folder: URL, stdout: URL? = nil) throws -> Int32? {
        guard let browser = Self.chromium else {
            Issue.record("chromium is not installed: run scripts/install-deps (as root; CI runs it) to install it")
            return nil
        }
        let profile = folder.appending(path: "profile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["-s", "KILL", "60", browser.path, "--headless", "--no-sandbox", "--disable-gpu",
                             "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                             "--user-data-dir=\(profile.path)"] + arguments + [page.absoluteString]
        let out = stdout ?? folder.appending(path: "chromium-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        let errors = folder.appending(path: "chromium.err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "chromium: status \(process.terminationStatus) (137: killed after 60 s)")
        return process.terminationStatus
    }

    /// The DOM after the page's scripts ran.
    func dom(of page: URL, in folder: URL) throws -> String? {
        let out = folder.appending(path: "dom-\(UUID().uuidString).html")
        guard try chromium(["--dump-dom"], page: page, in: folder, stdout: out) != nil else { return nil }
        return try String(contentsOf: out, encoding: .utf8)
    }

    /// The values of attribute `name` in `html`.
    func attributes(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// The start tag of the element with `id`.
    func tag(ofElement id: String, in html: String) -> String? {
        guard let start = html.range(of: " id=\"\(id)\"") else { return nil }
        let tagStart = html[..<start.lowerBound].lastIndex(of: "<") ?? start.lowerBound
        return String(html[tagStart...].prefix { $0 != ">" })
    }

    /// The value of attribute `name` on the element with `id`.
    func attribute(_ name: String, ofElement id: String, in html: String) -> String? {
        tag(ofElement: id, in: html).flatMap { attributes(name, in: $0).first }
    }

    /// A new folder holding the noisy sample as `noisy.txt`, and where its page goes.
    func noisyInput() throws -> (folder: URL, input: URL, page: URL) {
        let folder = try cli.temporaryFolder()
        let input = folder.appending(path: "noisy.txt")
        try Data(Self.noisy.utf8).write(to: input)
        return (folder, input, folder.appending(path: "review.html"))
    }

    /// How many edits `normalize --explain` applies and holds back for `input` with `options`.
    func explained(_ input: URL, _ options: [String] = [], in folder: URL) throws -> (applied: Int, held: Int) {
        let explain = folder.appending(path: "edits-\(UUID().uuidString).json")
        let run = try cli.run(["normalize", input.path, "--explain", explain.path] + options)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: explain)) as? [String: Any])
        let edits = try #require(json["edits"] as? [[String: Any]])
        let applied = edits.filter { $0["applied"] as? Bool ?? true }.count
        return (applied, edits.count - applied)
    }

    @Test("every applied edit of normalize --explain is highlighted once the page has run; a screenshot is written")
    func highlightsAndScreenshot() throws {
        let (folder, input, page) = try noisyInput()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Every edit applied, so that the page has many (by default most are held back).
        let review = try cli.run(["review", input.path, "-o", page.path, "--min-confidence", "0"])
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.isEmpty)
        let expected = try explained(input, ["--min-confidence", "0"], in: folder)
        #expect(expected.applied > 0)

        guard let dom = try dom(of: page, in: folder) else { return }
        // Written by the page's script: only there if the script ran.
        let highlighted = attribute("data-highlighted", ofElement: "counts", in: dom)
        #expect(highlighted == String(expected.applied), "script's count \(highlighted ?? "none"), --explain \(expected.applied)")
        // And counted here from the highlight elements themselves: each applied edit in exactly one.
        let ids = attributes("data-edits", in: dom).flatMap { $0.split(separator: " ").map { Int($0) ?? -1 } }
        #expect(ids.count == expected.applied && Set(ids).count == expected.applied, "\(ids.sorted())")
        #expect(Set(ids) == Set(0..<expected.applied), "no held-back edit here: the ids are 0..<\(expected.applied)")
        #expect(attribute("data-places", ofElement: "counts", in: dom) == String(attributes("data-edits", in: dom).count))

        let screenshot = folder.appending(path: "page.png")
        guard try chromium(["--hide-scrollbars", "--screenshot=\(screenshot.path)", "--window-size=1200,1600"],
                           page: page, in: folder) != nil else { return }
        let png = try Data(contentsOf: screenshot)
        #expect(png.count > 10_000, "\(png.count) bytes")
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG")
    }

    @Test("a script in the input is text on the page, in the file and in the browser's DOM; stdin to stdout")
    func escaping() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = "คําสั่ง <script>alert(1)</script> ท่ี\n<img src=x onerror=\"document.title='pwned'\">\n"
        // Standard input, and -o - for standard output.
        let review = try cli.run(["review", "-", "-o", "-"], stdin: Data(hostile.utf8))
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!review.text.contains("<script>alert") && !review.text.contains("<img"))
        #expect(review.text.contains("<title>thainorm review: &lt;stdin&gt;</title>"))
        let page = folder.appending(path: "hostile.html")
        try review.stdout.write(to: page)

        guard let dom = try dom(of: page, in: folder) else { return }
        #expect(dom.components(separatedBy: "<script").count == 2, "the page's own script only")
        #expect(!dom.contains("<img"))
        #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(dom.contains("<title>thainorm review: &lt;stdin&gt;</title>"), "the title was not changed")
    }

    @Test("keys move the selection from edit to edit: j/n next, k/p previous, G last, g first")
    func keyboard() throws {
        let (folder, input, page) = try noisyInput()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try cli.run(["review", input.path, "-o", page.path, "--min-confidence", "0"]).status == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        let places = attributes("data-edits", in: html).count
        #expect(places >= 3)
        for (keys, selected) in [("jjjk", "p2"), ("nnp", "p1"), ("G", "p\(places)"), ("Gkg", "p1"), ("k", "p\(places)"), ("→→←→", "p2")] {
            var address = URLComponents(url: page, resolvingAgainstBaseURL: false)!
            address.fragment = "keys=\(keys)"
            guard let dom = try dom(of: address.url!, in: folder) else { return }
            #expect(attributes("data-current", in: dom).first == selected, "\(keys)")
            let current = tag(ofElement: selected, in: dom) ?? ""
            #expect(current.contains("aria-current=\"true\"") && current.contains(" current"), "\(keys): \(current)")
        }
    }

    @Test("--min-confidence holds edits back: marked apart, not counted as highlighted; bad options are usage errors")
    func heldBack() throws {
        let (folder, input, page) = try noisyInput()
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = ["--min-confidence", "0.995", "--digits", "arabic"]
        #expect(try cli.run(["review", input.path, "-o", page.path] + options).status == 0)
        let expected = try explained(input, options, in: folder)
        #expect(expected.held > 0 && expected.applied > 0, "\(expected)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(attribute("data-applied", ofElement: "counts", in: html) == String(expected.applied))
        #expect(attribute("data-held", ofElement: "counts", in: html) == String(expected.held))
        let highlighted = attributes("data-edits", in: html).flatMap { $0.split(separator: " ") }
        let held = attributes("data-held", in: html).dropFirst().flatMap { $0.split(separator: " ") }  // less #counts
        #expect(highlighted.count == expected.applied)
        #expect(Set(held).count == expected.held)
        #expect(Set(highlighted).isDisjoint(with: held))

        #expect(try cli.run(["review", input.path, "--min-confidence", "2"]).status == 2)
        #expect(try cli.run(["review", input.path, "--skip", "NoSuchStage"]).status == 2)
        #expect(try cli.run(["review", folder.appending(path: "missing.txt").path]).status == 1)
    }
}
