import Foundation
import Testing
@testable import ThaiNorm

// The example stage of docs/architecture.md, exactly as the page shows it (between the markers).
// example-begin
/// Removes spaces and tabs at the end of a line (`ข้อ ๑  ` → `ข้อ ๑`).
struct TrimTrailingSpaces: RepairStage {
    let name = "TrimTrailingSpaces"
    let summary = "Remove spaces and tabs at the end of a line."
    let scope = StageScope.everyLine
    func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        let kept = line.lastIndex { $0 != " " && $0 != "\t" }.map { $0 + 1 } ?? 0
        if kept < line.count { output.replace(kept..<line.count, with: [], confidence: 0.99, note: "trailing space") }
    }
}
// example-end

@Suite("Architecture guide")
struct ArchitectureExampleTests {
    @Test("the guide's example stage is this code, and it works in a pipeline")
    func exampleStage() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let begin = try #require(source.range(of: "// example-begin\n")), end = try #require(source.range(of: "// example-end"))
        let example = String(source[begin.upperBound..<end.lowerBound])
        let guide = try String(contentsOf: Repository.root.appending(path: "docs/architecture.md"), encoding: .utf8)
        #expect(guide.contains(example), "docs/architecture.md no longer shows the example stage of this file")
        let result = Normalizer(stages: [TrimTrailingSpaces()]).normalize("ข้อ ๑  \nคำ\n\t\n")
        #expect(result.text == "ข้อ ๑\nคำ\n\n")
        #expect(result.edits.map(\.line) == [1, 3])
    }
}
