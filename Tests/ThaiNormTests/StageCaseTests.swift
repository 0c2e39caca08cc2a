import Foundation
import Testing
@testable import ThaiNorm

/// One row of a file in `Cases/`.
struct StageCase: Sendable, CustomTestStringConvertible {
    var stage: String
    var kind: String
    var input: String
    var expected: String
    var why: String
    var line: Int

    var testDescription: String { "\(stage).tsv:\(line) [\(kind)] \(why)" }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Cases")

    static func all() -> [StageCase] {
        CaseFile.all(in: directory).flatMap { file in
            let stage = file.url.deletingPathExtension().lastPathComponent
            return file.rows.map { row in
                precondition(row.fields.count == 4, "\(file.url.lastPathComponent):\(row.line): expected 4 fields")
                let (input, expected) = CaseFile.texts(row.fields)
                return StageCase(stage: stage, kind: String(row.fields[0]), input: input, expected: expected,
                                 why: String(row.fields[3]), line: row.line)
            }
        }
    }

    /// The stage this case exercises, configured from hints in `why` (`[arabic]`, `[thai]`;
    /// `[document reads ช as ซ, ข as ช]`: the confusions the document has shown, each 20 times in 100;
    /// `[displacement shown]`: the document shows marks displaced by extraction, whatever the line;
    /// `[debris shown]`: the document shows lines of OCR debris; `[sara am in parts]`: the
    /// document wrote sara am as nikhahit and sara aa; `[spaces inside words shown]`: the
    /// document shows spaces extraction put inside words).
    var stageUnderTest: (any RepairStage)? {
        if stage == "ConvertDigits" { return ConvertDigits(style: why.contains("[thai]") ? .thai : .arabic) }
        if stage == "MoveMarksByContext", why.contains("[displacement shown]") {
            var parameters = MoveMarksByContext.Parameters()
            parameters.minimumSymptoms = 0
            parameters.minimumSymptomsPer10000 = 0
            return MoveMarksByContext(parameters: parameters)
        }
        if stage == "RemoveSpacesInsideWords", why.contains("[spaces inside words shown]") {
            var parameters = RemoveSpacesInsideWords.Parameters()
            parameters.minimumSymptoms = 0
            parameters.minimumSymptomsPer10000 = 0
            return RemoveSpacesInsideWords(parameters: parameters)
        }
        if stage == "RestoreSaraAmByContext", why.contains("[sara am in parts]") {
            var parameters = RestoreSaraAmByContext.Parameters()
            parameters.minimumDecomposedSaraAm = 0
            return RestoreSaraAmByContext(parameters: parameters)
        }
        if stage == "RestoreDroppedToneMarks", why.contains("[sara am in parts]") {
            var parameters = RestoreDroppedToneMarks.Parameters()
            parameters.minimumDecomposedSaraAm = 0
            return RestoreDroppedToneMarks(parameters: parameters)
        }
        if stage == "RemoveOCRDebris", why.contains("[debris shown]") {
            var parameters = RemoveOCRDebris.Parameters()
            parameters.minimumDebrisLines = 1
            return RemoveOCRDebris(parameters: parameters)
        }
        if stage == "CorrectNameSpellings" { return CorrectNameSpellings(evidence: documentConfusions) }
        return Pipeline.stages().first { $0.name == stage }
    }
}

extension StageCase {
    /// The confusions named by a `[document reads X as Y, ...]` hint (intended X printed as Y).
    var documentConfusions: DocumentConfusions {
        // Work on scalars: a space before a combining mark is one Character with it.
        let scalars = Array(why.unicodeScalars), opening = Array("[document reads ".unicodeScalars)
        guard let start = scalars.indices.first(where: { scalars[$0...].starts(with: opening) }),
              let close = scalars[(start + opening.count)...].firstIndex(of: "]") else { return DocumentConfusions() }
        let pairs = scalars[(start + opening.count)..<close].split(separator: ",").compactMap { item -> (Unicode.Scalar, Unicode.Scalar)? in
            let words = item.split(separator: " ")
            guard words.count == 3, String(String.UnicodeScalarView(words[1])) == "as",
                  let i = words[0].last, let o = words[2].last else { return nil }
            return (i, o)
        }
        return DocumentConfusions(pairs: pairs.map { (intended: $0.0, observed: $0.1) }, count: 20, occurrences: 100)
    }
}

@Suite("Stage cases (Tests/ThaiNormTests/Cases)")
struct StageCaseTests {
    @Test(arguments: StageCase.all())
    func stageCase(_ testCase: StageCase) throws {
        let stage = try #require(testCase.stageUnderTest, "no stage named \(testCase.stage)")
        let result = Normalizer.only(stage).normalize(testCase.input)
        switch testCase.kind {
        case "known-failure":
            withKnownIssue { #expect(sameScalars(result.text, testCase.expected)) }
        case "negative":
            #expect(sameScalars(result.text, testCase.input), "\(result.text.debugDescription)")
            #expect(result.edits.isEmpty)
        case "wild", "synthetic":
            #expect(sameScalars(result.text, testCase.expected), "\(result.text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(!result.edits.isEmpty)
            // The stage's own result is stable.
            #expect(Normalizer.only(stage).normalize(result.text).edits.isEmpty)
        default:
            Issue.record("unknown kind '\(testCase.kind)'")
        }
    }

    @Test("every stage has positive and negative cases")
    func coverage() {
        let cases = StageCase.all()
        for stage in Pipeline.stageNames {
            let kinds = Set(cases.filter { $0.stage == stage }.map(\.kind))
            #expect(kinds.contains("negative"), "\(stage) has no negative case")
            #expect(!kinds.isDisjoint(with: ["wild", "synthetic"]), "\(stage) has no positive case")
        }
    }
}
