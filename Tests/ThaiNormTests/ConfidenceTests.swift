import Foundation
import Testing
@testable import ThaiNorm

@Suite("Calibrated confidence")
struct ConfidenceTests {
    static let shapes: [(String, String, EditShape)] = [
        ("หน่ว ยงาน", "หน่วยงาน", .space),
        ("เพิม", "เพิ่ม", .toneAdded),
        ("ข้้าว", "ข้าว", .toneDropped),
        ("สัง่", "สั่ง", .toneMoved),
        ("ทัง้ นี้", "ทั้งนี้", .toneMoved),
        ("อนั", "อัน", .marksMoved),
        ("มั้นคง", "มั่นคง", .toneChanged),
        ("ลหูโทษ", "ลหุโทษ", .marks),
        ("ประซาซน", "ประชาชน", .letters),
        ("๑-0ลงกาอก1!", "e-Payment", .latin),
        ("๑๓", "๑", .digits),
        ("มี'ป้าย", "มีป้าย", .punctuation),
        ("บคคล", "บุคคล", .marks),
        ("ประเทศศ", "ประเทศ", .other),
    ]

    @Test("an edit's shape is read from its text before and after", arguments: shapes)
    func shape(_ before: String, _ after: String, _ expected: EditShape) {
        #expect(EditShape(before: before.unicodeScalars, after: after.unicodeScalars) == expected)
    }

    @Test("bands count the nines of a score; rules drop a note's details")
    func bandsAndRules() {
        #expect([0.5, 0.9, 0.95, 0.99, 0.999, 0.9999, 0.99999, 1].map(EditEvidence.band(of:)) == [0, 1, 1, 2, 3, 4, 4, 5])
        #expect(EditEvidence.rule(of: "item number misread: ๑๓ is followed by ๑") == "item number misread")
        #expect(EditEvidence.rule(of: "garbled item number '6๐.)' between 565 and the end") == "garbled item number")
        #expect(EditEvidence.rule(of: nil) == "")
        let evidence = EditEvidence(stage: "S", note: "rule: detail", before: "เพิม".unicodeScalars, after: "เพิ่ม".unicodeScalars,
                                    resultKnown: true, score: 0.999)
        #expect(evidence.keys == ["S|rule|toneAdded|known|3", "S|rule|toneAdded|known", "S|rule|toneAdded", "S|rule", "S"])
    }

    @Test("the most specific row present decides; no row leaves the stage's score")
    func lookup() {
        let calibration = ConfidenceCalibration(cells: [
            "S|rule": .init(edits: 40, right: 20, corrections: 40, confidence: 0.4),
            "S|rule|toneAdded|known": .init(edits: 100, right: 99, corrections: 100, confidence: 0.97),
        ])
        let known = EditEvidence(stage: "S", note: "rule", before: "เพิม".unicodeScalars, after: "เพิ่ม".unicodeScalars,
                                 resultKnown: true, score: 1)
        var unknown = known
        unknown.resultKnown = false
        #expect(calibration.confidence(for: known) == 0.97)
        #expect(calibration.confidence(for: unknown) == 0.4)
        var other = known
        other.stage = "T"
        #expect(calibration.confidence(for: other) == nil)
    }

    @Test("the embedded table names only pipeline stages, and each row is consistent")
    func embeddedTable() {
        let stages = Set(Pipeline.stages(for: .init()).map(\.name))
        let table = ConfidenceCalibration.shared
        #expect(!table.cells.isEmpty)
        for (key, cell) in table.cells {
            let stage = String(key.split(separator: "|", omittingEmptySubsequences: false)[0])
            #expect(stages.contains(stage), "calibration.tsv names no stage of the pipeline: \(key)")
            // The confidence is a lower bound of the share right, never above it.
            #expect(cell.confidence <= Double(cell.right) / Double(cell.edits) + 1e-9, "\(key)")
        }
    }

    /// A stage that proposes one edit with the score it is given.
    struct Propose: RepairStage {
        let name = "Propose"
        let summary = "Replace the first letter by ข."
        let scope = StageScope.everyLine
        let score: Double
        func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
            output.replace(0..<1, with: ["ข"], confidence: score, note: "guess: ข")
        }
    }

    @Test("the Normalizer replaces a stage's score by the row's confidence, and holds back what falls below the minimum")
    func normalizerCalibrates() throws {
        let calibration = ConfidenceCalibration(cells: ["Propose|guess": .init(edits: 50, right: 10, corrections: 50, confidence: 0.12)])
        var configuration = NormalizerConfiguration()
        configuration.minimumConfidence = 0.5
        let result = Normalizer(stages: [Propose(score: 0.999)], configuration: configuration, calibration: calibration)
            .normalize("กา")
        #expect(result.text == "กา")
        let edit = try #require(result.edits.first)
        #expect(edit.confidence == 0.12 && edit.score == 0.999 && !edit.applied)
        #expect(edit.evidence == "Propose|guess|letters|known|3")
        // Without a row the stage's score stands, and the edit is made.
        let plain = Normalizer(stages: [Propose(score: 0.999)], configuration: configuration, calibration: .none).normalize("กา")
        #expect(plain.text == "ขา" && plain.edits.first?.confidence == 0.999)
    }

    @Test("explain output keeps the score and the evidence, and reads back")
    func editCodable() throws {
        let edit = Edit(stage: "S", line: 1, column: 1, length: 1, before: "a", after: "b", confidence: 0.3,
                        score: 0.99, evidence: "S|r|letters|known|2")
        let data = try JSONEncoder().encode(edit)
        #expect(try JSONDecoder().decode(Edit.self, from: data) == edit)
        let old = try JSONDecoder().decode(Edit.self, from: Data(#"{"stage":"S","line":1,"column":1,"length":1,"before":"a","after":"b","confidence":1}"#.utf8))
        #expect(old.score == nil && old.evidence == nil)
    }
}

@Suite("Words an edit leaves")
struct ResultWordsTests {
    @Test("the token around an edit, once made, is judged by the lexicon")
    func known() {
        let line = Array("ใน ทีด่ ิน นี้".unicodeScalars)
        // Removing the space leaves ทีด่ิน, no word.
        #expect(!ResultWords.areKnown(in: line, replacing: 7..<8, with: []))
        let spaced = Array("ใน ที่ดิ น นี้".unicodeScalars)
        #expect(ResultWords.areKnown(in: spaced, replacing: 8..<9, with: []))
        // A token without Thai letters counts as known.
        #expect(ResultWords.areKnown(in: Array("a 12 b".unicodeScalars), replacing: 2..<4, with: Array("13".unicodeScalars)))
    }
}
