import Foundation
import Testing
@testable import ThaiNorm

/// Where the review page puts edits on the output text (``ReviewLayout``), on synthetic edits.
@Suite("Review layout")
struct ReviewLayoutTests {
    func edit(
        _ stage: String, line: Int = 1, _ column: Int, _ before: String, _ after: String,
        confidence: Double = 1, applied: Bool = true, pass: Int = 1
    ) -> Edit {
        Edit(stage: stage, line: line, column: column, length: before.unicodeScalars.count, before: before, after: after,
             confidence: confidence, applied: applied, pass: pass)
    }

    func output(_ line: ReviewLayout.Line) -> String { String(String.UnicodeScalarView(line.output)) }

    @Test("one edit: its span in the output and the input it replaced")
    func single() throws {
        let lines = try ReviewLayout.lines(input: "abc def", edits: [edit("A", 5, "de", "XYZ")], findings: [])
        #expect(output(lines[0]) == "abc XYZf")
        #expect(lines[0].segments == [.init(output: 4..<7, input: 4..<6, marks: .init(applied: [0]))])
    }

    @Test("overlapping edits of two stages are one span that lists both; a later edit's text shifts by the earlier")
    func overlapping() throws {
        // A: bc → BCD, the line becomes aBCDdef; B (next stage) rewrites CDd → Q, and e → E.
        let edits = [edit("A", 2, "bc", "BCD"), edit("B", 3, "CDd", "Q"), edit("B", 6, "e", "E")]
        let lines = try ReviewLayout.lines(input: "abcdef", edits: edits, findings: [], stageOrder: ["A", "B"])
        #expect(output(lines[0]) == "aBQEf")
        // B's second edit touches the merged span only by being next to it: its own span.
        #expect(lines[0].segments == [
            .init(output: 1..<3, input: 1..<4, marks: .init(applied: [0, 1])),
            .init(output: 3..<4, input: 4..<5, marks: .init(applied: [2])),
        ])
    }

    @Test("an edit at the end of a line, and an insertion after its last character")
    func lineEnd() throws {
        let edits = [edit("A", 3, "c", "C"), edit("B", 4, "", "!")]
        let lines = try ReviewLayout.lines(input: "abc\nxyz", edits: edits, findings: [], stageOrder: ["A", "B"])
        #expect(output(lines[0]) == "abC!")
        #expect(lines[0].segments == [
            .init(output: 2..<3, input: 2..<3, marks: .init(applied: [0])),
            .init(output: 3..<4, input: 3..<3, marks: .init(applied: [1])),
        ])
        #expect(lines[1].segments.isEmpty && output(lines[1]) == "xyz")
    }

    @Test("a deletion is an empty span at its place, standing for what it removed")
    func deletion() throws {
        let lines = try ReviewLayout.lines(input: "ab cd", edits: [edit("A", 3, " ", "")], findings: [])
        #expect(output(lines[0]) == "abcd")
        #expect(lines[0].segments == [.init(output: 2..<2, input: 2..<3, marks: .init(applied: [0]))])
        let page = try ReviewPage.html(input: "ab cd", edits: [edit("A", 3, " ", "")], findings: [], source: "t")
        // The colour of a stage outside the pipeline follows the pipeline's stages: any.
        #expect(page.range(of: "class=\"edit s[0-9]+ gone\"", options: .regularExpression) != nil, "a deletion marker")
        #expect(page.contains("<del>␣</del></mark>"), "the deleted space, visible")
    }

    @Test("a later edit that covers a deletion takes it into its span")
    func deletionCovered() throws {
        let edits = [edit("A", 3, " ", ""), edit("B", 2, "bc", "BC")]
        let lines = try ReviewLayout.lines(input: "ab cd", edits: edits, findings: [], stageOrder: ["A", "B"])
        #expect(output(lines[0]) == "aBCd")
        #expect(lines[0].segments == [.init(output: 1..<3, input: 1..<4, marks: .init(applied: [0, 1]))])
    }

    @Test("CRLF input: lines and columns without the CR, edits on the second line")
    func crlf() throws {
        let input = "ท่ี ๑\r\nคําสั่ง\r\n"
        let result = Normalizer.everyEdit.normalize(input)
        #expect(result.edits.allSatisfy(\.applied) && !result.edits.isEmpty)
        let lines = try ReviewLayout.lines(input: input, edits: result.edits, findings: result.findings)
        #expect(lines.count == 3)
        #expect(lines.map(output) == ["ที่ ๑", "คำสั่ง", ""])
        #expect(lines[0].segments.map(\.output) == [0..<3])
        // คํา → คำ: the cluster ค+ำ, not the sara am alone.
        #expect(lines[1].segments.map(\.output) == [0..<2])
        #expect(lines[1].segments[0].input == 0..<3)
        let page = try ReviewPage.html(input: input, edits: result.edits, findings: result.findings, source: "t")
        #expect(!page.contains("\r"))
    }

    @Test("an edit of marks only is widened to its whole cluster")
    func cluster() throws {
        // ท + mai ek + sara ii → ท + sara ii + mai ek: the edit covers the two marks.
        let lines = try ReviewLayout.lines(
            input: "ท\u{0E48}\u{0E35}", edits: [edit("A", 2, "\u{0E48}\u{0E35}", "\u{0E35}\u{0E48}")], findings: [])
        #expect(lines[0].segments == [.init(output: 0..<3, input: 0..<3, marks: .init(applied: [0]))])
    }

    @Test("held-back edits mark what they would replace and change nothing; an applied edit over one lists it")
    func held() throws {
        let edits = [
            edit("A", 1, "ab", "AB", confidence: 0.2, applied: false),
            edit("A", 4, "d", "D", confidence: 0.9),
            edit("B", 1, "a", "α"),
        ]
        let lines = try ReviewLayout.lines(input: "abcd", edits: edits, findings: [], stageOrder: ["A", "B"])
        #expect(output(lines[0]) == "αbcD")
        #expect(lines[0].segments == [
            .init(output: 0..<2, input: 0..<2, marks: .init(applied: [2], held: [0])),
            .init(output: 3..<4, input: 3..<4, marks: .init(applied: [1])),
        ])
    }

    @Test("a finding stands where its stage saw it in the last pass, moved by the edits of later stages")
    func finding() throws {
        // Stage B finds something at column 3 of "abcd"; C then inserts two letters before it, in
        // the last pass there can be (the findings are that pass's).
        let findings = [Finding(stage: "B", line: 1, column: 3, message: "odd")]
        let last = [edit("C", 1, "a", "xya", pass: PipelineParameters().maximumPasses)]
        let lines = try ReviewLayout.lines(input: "abcd", edits: last, findings: findings, stageOrder: ["A", "B", "C"])
        #expect(output(lines[0]) == "xyabcd")
        #expect(lines[0].segments == [
            .init(output: 0..<3, input: 0..<1, marks: .init(applied: [0])),
            .init(output: 4..<5, input: 2..<3, marks: .init(findings: [0])),
        ])
        // An edit in pass 1: another pass ran after it, and found the finding on the output.
        let first = [edit("C", 1, "a", "xya", pass: 1)]
        let again = try ReviewLayout.lines(input: "abcd", edits: first, findings: findings, stageOrder: ["A", "B", "C"])
        #expect(again[0].segments == [.init(output: 0..<3, input: 0..<1, marks: .init(applied: [0], findings: [0]))])
    }

    @Test("an edit that does not fit the text is refused")
    func mismatch() {
        #expect(throws: EditReplay.Mismatch.self) {
            try ReviewLayout.lines(input: "abc", edits: [edit("A", 2, "x", "y")], findings: [])
        }
    }

    @Test("on a noisy text: the layout's output is the normalizer's, every applied edit is in one highlight")
    func normalizer() throws {
        let input = "สำน ักงาน ท่ี ๒๓/๒๕๖๖\nคําสั่ง แต่งต้ัง เจ้าหนา้ท่ี\n\nเร่ือง  การประชุม ๑. ข้อ\r\n"
        let result = Normalizer(configuration: .init(digits: .arabic, minimumConfidence: 0)).normalize(input)
        let lines = try ReviewLayout.lines(input: input, edits: result.edits, findings: result.findings)
        #expect(lines.map(output).joined(separator: "\n") == result.text.replacingOccurrences(of: "\r", with: ""))
        let highlighted = lines.flatMap { $0.segments.flatMap(\.marks.applied) }
        let applied = result.edits.indices.filter { result.edits[$0].applied }
        #expect(applied.count > 5)
        #expect(highlighted.sorted() == applied, "each applied edit in exactly one segment")
    }
}
