import Foundation
import Testing
@testable import ThaiNorm

/// One row of a file in `PeerCases/`: a repair case imported from another project's tests
/// (see PeerCases/README.md), run through the full default pipeline.
struct PeerCase: Sendable, CustomTestStringConvertible {
    /// The file's name without `.tsv`: the peer project.
    var peer: String
    var kind: String
    var input: String
    var expected: String
    var why: String
    var line: Int

    var testDescription: String { "\(peer).tsv:\(line) [\(kind)] \(why)" }

    static let kinds: Set<String> = ["in-scope", "known-failure", "debatable", "out-of-scope"]
    /// The kinds that are run (out-of-scope rows are only recorded).
    static let runKinds: Set<String> = ["in-scope", "known-failure", "debatable"]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "PeerCases")

    static func files() -> [CaseFile] { CaseFile.all(in: directory) }

    /// Every well-formed row (four fields); ``PeerCaseTests/filesAreWellFormed()`` reports the others.
    static func all() -> [PeerCase] {
        files().flatMap { file in
            file.rows.compactMap { row -> PeerCase? in
                guard row.fields.count == 4 else { return nil }
                let (input, expected) = CaseFile.texts(row.fields)
                return PeerCase(peer: file.url.deletingPathExtension().lastPathComponent, kind: String(row.fields[0]),
                                input: input, expected: expected, why: String(row.fields[3]), line: row.line)
            }
        }
    }
}

@Suite("Peer cases (Tests/ThaiNormTests/PeerCases)")
struct PeerCaseTests {
    @Test(arguments: PeerCase.all().filter { PeerCase.runKinds.contains($0.kind) })
    func peerCase(_ testCase: PeerCase) {
        // What the pipeline can do: every edit applied. The default (below) may hold a repair back.
        let output = Normalizer.everyEdit.normalize(testCase.input).text
        let observed = "\(output.debugDescription) \(output.unicodeScalars.map { String($0.value, radix: 16) })"
        switch testCase.kind {
        case "in-scope":
            #expect(sameScalars(output, testCase.expected), "\(observed)")
        case "known-failure":
            withKnownIssue { #expect(sameScalars(output, testCase.expected), "\(observed)") }
        default:
            break  // debatable: thainorm may rightly differ; only no crash and idempotence
        }
        // Normalizing the output again changes nothing.
        let again = Normalizer.everyEdit.normalize(output)
        #expect(sameScalars(again.text, output), "not idempotent: \(observed) -> \(again.text.debugDescription)")
        // By default an in-scope case is repaired, or some of its repairs are held back: the
        // output is never further from the expected text than the input was.
        if testCase.kind == "in-scope" {
            let byDefault = Normalizer().normalize(testCase.input).text
            let expected = Array(testCase.expected.unicodeScalars)
            let distance = { (text: String) in EditDistance.levenshtein(Array(text.unicodeScalars), expected) }
            #expect(distance(byDefault) <= distance(testCase.input), "by default: \(byDefault.debugDescription)")
            #expect(sameScalars(Normalizer().normalize(byDefault).text, byDefault), "by default, not idempotent")
        }
    }

    @Test("every peer file has its source header, and every row 4 fields and a known kind")
    func filesAreWellFormed() {
        let files = PeerCase.files()
        #expect(Set(files.map(\.url.lastPathComponent)).isSuperset(of: ["pythainlp.tsv", "libthai.tsv", "kham.tsv"]))
        for file in files {
            let sources = file.comments.filter { $0.lowercased().hasPrefix("# source:") }
            #expect(!sources.isEmpty, "\(file.name): no '# source:' line")
            for source in sources {
                // "# source: owner/repo path @ <40-hex commit> ..."
                let words = source.split(separator: " ")
                let at = words.firstIndex(of: "@")
                #expect(words.count >= 5 && words[2].contains("/") && at != nil, "\(file.name): malformed source line '\(source)'")
                if let at, at + 1 < words.count {
                    let commit = words[at + 1]
                    #expect(commit.count == 40 && commit.allSatisfy(\.isHexDigit), "\(file.name): commit '\(commit)' is not 40 hex digits")
                }
            }
            #expect(file.comments.contains { $0.lowercased().hasPrefix("# licence:") }, "\(file.name): no '# licence:' line")
            #expect(file.comments.contains { $0.lowercased().hasPrefix("# imported:") }, "\(file.name): no '# imported:' line")
            #expect(!file.rows.isEmpty, "\(file.name): no rows")
            for row in file.rows {
                #expect(row.fields.count == 4, "\(file.name):\(row.line): \(row.fields.count) fields, expected 4")
                if let kind = row.fields.first {
                    #expect(PeerCase.kinds.contains(String(kind)), "\(file.name):\(row.line): unknown kind '\(kind)'")
                }
                if row.fields.count == 4 {
                    #expect(!row.fields[3].isEmpty, "\(file.name):\(row.line): empty why")
                    if row.fields[0] == "known-failure" {
                        #expect(row.fields[3].contains("observed:"), "\(file.name):\(row.line): known-failure without its observed output")
                    }
                }
            }
        }
    }
}
