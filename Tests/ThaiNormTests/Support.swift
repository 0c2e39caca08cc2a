import Foundation
import Testing
@testable import ThaiNorm

/// Locations of the repository's files, found from this source file.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appending(path: "corpus")
    /// `../shared/dev` beside the checkout (present in CI and on developer machines).
    static let dev = root.deletingLastPathComponent().appending(path: "shared/dev")

    static func corpusFiles() -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The seeds that are clean apart from their own few errors (000–003).
    static func cleanSeeds() -> [URL] {
        corpusFiles().filter { ["000", "001", "002", "003"].contains(String($0.lastPathComponent.prefix(3))) }
    }

    static func text(_ url: URL) throws -> String {
        try InputDecoder.decode([UInt8](Data(contentsOf: url))).text
    }

    static func devFile(_ name: String) -> URL? {
        let url = dev.appending(path: name)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

/// Turns one `x` into `y` per pass: so a line with two needs two passes.
struct OneXPerPass: RepairStage {
    let name = "OneXPerPass"
    let summary = "x → y, once."
    let scope = StageScope.everyLine
    func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        if let index = line.firstIndex(of: "x") { output.replace(index..<(index + 1), with: ["y"]) }
    }
}

extension Normalizer {
    /// A pipeline of just `stage`, every edit applied: what the stage does, not what the
    /// default confidence lets through.
    static func only(_ stage: any RepairStage) -> Normalizer {
        Normalizer(stages: [stage], configuration: .everyEdit)
    }

    /// The default pipeline with every edit applied (`--min-confidence 0`).
    static let everyEdit = Normalizer(configuration: .everyEdit)
}

extension NormalizerConfiguration {
    /// The default configuration with every edit applied, whatever its confidence.
    static let everyEdit = NormalizerConfiguration(minimumConfidence: 0)
}

/// Whether the UTF-8 of `needle` occurs in the UTF-8 of `haystack` (no Character equivalence).
func containsBytes(_ haystack: String, _ needle: String) -> Bool {
    let h = Array(haystack.utf8), n = Array(needle.utf8)
    guard !n.isEmpty, h.count >= n.count else { return n.isEmpty }
    for start in 0...(h.count - n.count) where h[start] == n[0] && h[start..<(start + n.count)].elementsEqual(n) {
        return true
    }
    return false
}

/// Exact equality of Unicode scalars. `String ==` uses canonical equivalence, under
/// which a below vowel and a tone mark may come in either order (ผู้ == ผู้).
func sameScalars(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.elementsEqual(b.unicodeScalars)
}

/// Expects `a` and `b` to normalize every seed and the dev split to the same text, edits and
/// findings: clean and damaged lines, every stage at work.
func expectSameNormalization(_ a: Normalizer, _ b: Normalizer, sourceLocation: SourceLocation = #_sourceLocation) throws {
    var urls = Repository.corpusFiles()
    if let dev = Repository.devFile("004-dev.noisy.txt") { urls.append(dev) }
    #expect(urls.count >= 5, sourceLocation: sourceLocation)
    for url in urls {
        let text = try Repository.text(url)
        let first = a.normalize(text), second = b.normalize(text)
        #expect(first.utf8 == second.utf8, "\(url.lastPathComponent)", sourceLocation: sourceLocation)
        #expect(first.edits == second.edits, "\(url.lastPathComponent)", sourceLocation: sourceLocation)
        #expect(first.findings == second.findings, "\(url.lastPathComponent)", sourceLocation: sourceLocation)
    }
}

/// Calls `body` with `count` lines of up to `maximumLength` scalars drawn from `alphabet`, and the
/// generator (seeded with `seed`) that drew them: for tests that check a rule against a plain
/// reading of it on many random lines.
func forRandomLines(
    _ count: Int, seed: UInt64, from alphabet: String, upTo maximumLength: Int,
    _ body: (_ line: [Unicode.Scalar], _ generator: inout SeededGenerator) -> Void
) {
    var generator = SeededGenerator(seed: seed)
    let alphabet = Array(alphabet.unicodeScalars)
    for _ in 0..<count {
        let line = (0..<Int.random(in: 0...maximumLength, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        body(line, &generator)
    }
}

/// A file of test cases as `Cases/` and `PeerCases/` write them: `#` comment lines, then
/// rows of tab-separated fields (`kind<TAB>input<TAB>expected<TAB>why`); blank lines skipped.
struct CaseFile: Sendable {
    var url: URL
    var comments: [String]
    /// 1-based line number and fields of each row, not yet checked.
    var rows: [(line: Int, fields: [Substring])]
    /// The file's name, with its extension.
    var name: String { url.lastPathComponent }

    init(_ url: URL) {
        self.url = url
        comments = []
        rows = []
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        for (index, line) in Lines.split(text).enumerated() {
            let row = Substring(line.content)
            if row.isEmpty { continue }
            if row.hasPrefix("#") {
                comments.append(String(row))
            } else {
                rows.append((index + 1, row.split(separator: "\t", omittingEmptySubsequences: false)))
            }
        }
    }

    /// The `.tsv` files of `folder`, in name order.
    static func all(in folder: URL) -> [CaseFile] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "tsv" }.sorted { $0.path < $1.path }.map(CaseFile.init)
    }

    /// A row's input and expected text: `\u{XXXX}` escapes read, `=` meaning the input.
    static func texts(_ fields: [Substring]) -> (input: String, expected: String) {
        let input = CodePointEscapes.unescape(fields[1])
        return (input, fields[2] == "=" ? input : CodePointEscapes.unescape(fields[2]))
    }
}
