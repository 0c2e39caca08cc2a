import Foundation
import Testing
@testable import ThaiNorm

@Suite("moving displaced marks by context")
struct MoveMarksByContextTests {
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test("misplaced marks: first on a line, after a space or a leading vowel, a tone before a vowel mark")
    func misplacedMarks() {
        let count = { (text: String) in MoveMarksByContext.misplacedMarks(in: self.scalars(text)) }
        #expect(count("\u{0E48} อใจ") == 1)         // first on the line
        #expect(count("  \u{0E49}น") == 1)          // first after the line's spaces
        #expect(count("สม \u{0E31}ย") == 1)         // after a space
        #expect(count("ทีเ\u{0E48}กี") == 1)        // after a leading vowel
        #expect(count("ทีด\u{0E48}\u{0E34}น") == 1) // a tone before its vowel
        #expect(count("ที่ดิน ทั้งนี้ เกี่ยวข้อง ขึ้น") == 0)
        #expect(count("ทัง้ ขึน้ เกีย่ว") == 0)     // displaced into possible clusters: only context tells
    }

    @Test("the context window drops spaces between Thai letters and keeps one elsewhere")
    func window() {
        let line = scalars("ไ ด้สนั บ  21 กัน")
        let text = { (scalars: [Unicode.Scalar]) in String(String.UnicodeScalarView(scalars)) }
        // From ส rightwards: the space inside สนั บ goes, the run before 21 stays as one.
        #expect(text(LanguageModel.window(of: line, from: 4, step: 1, count: 9)) == "สนับ 21 ก")
        // From บ leftwards (nearest first): the space between ไ and ด goes.
        #expect(text(LanguageModel.window(of: line, from: 8, step: -1, count: 9)) == "บ\u{0E31}นส\u{0E49}ดไ")
        #expect(LanguageModel.window(of: line, from: 0, step: -1, count: 6).count == 1)
    }

    /// A document of `lines`, surveyed as the Normalizer would, with no edits so far.
    func adaptation(_ lines: [String], _ stage: MoveMarksByContext = MoveMarksByContext()) -> MoveMarksByContext.Adaptation {
        let lines = lines.map(scalars)
        let surveys = lines.map { stage.survey($0, in: .alone) }
        return stage.adaptation(to: DocumentSurvey(lines: lines, surveys: surveys, edits: []))
    }

    @Test("the gate: enough misplaced marks, and enough of them for the document's length")
    func gate() {
        let displaced = "\u{0E48} อใจ ทีด\u{0E48}\u{0E34}น ทีด\u{0E48}\u{0E34}น"  // three misplaced marks
        #expect(adaptation([displaced]).showsDisplacement)
        #expect(!adaptation(["\u{0E48} อใจ ทีด\u{0E48}\u{0E34}น"]).showsDisplacement)  // two are too few
        let clean = String(repeating: "การพัฒนาระบบราชการให้มีประสิทธิภาพ ", count: 40)  // 1,400 scalars
        #expect(!adaptation([displaced, clean]).showsDisplacement)                    // 3 in 1,420: too rare
        #expect(!adaptation(Array(repeating: clean, count: 3)).showsDisplacement)
    }

    @Test("the gate counts lines an earlier stage joined because they started with a mark")
    func gateCountsJoinedLines() {
        // Each mark that started a line is a symptom; once joined, the word it left (`ขึน้`) is not.
        let text = "มากขึน\n้ ในระยะหลัง\nเพิ่มขึน\n้ อีก\nสูงขึน\n้ มาก"
        let joined = Normalizer(stages: [JoinLinesStartingWithMarks()], configuration: .everyEdit).normalize(text)
        #expect(joined.text.hasPrefix("มากขึน้ ในระยะหลัง\n\nเพิ่มขึน้ อีก"))
        let lines = joined.text.split(separator: "\n", omittingEmptySubsequences: false).map { scalars(String($0)) }
        let stage = MoveMarksByContext()
        let surveys = lines.map { stage.survey($0, in: .alone) }
        #expect(surveys.allSatisfy { $0.misplacedMarks == 0 })
        #expect(!stage.adaptation(to: DocumentSurvey(lines: lines, surveys: surveys, edits: [])).showsDisplacement)
        #expect(stage.adaptation(to: DocumentSurvey(lines: lines, surveys: surveys, edits: joined.edits)).showsDisplacement)
        let both = Normalizer(stages: [JoinLinesStartingWithMarks(), stage], configuration: .everyEdit).normalize(text)
        #expect(both.text.hasPrefix("มากขึ้น ในระยะหลัง\n\nเพิ่มขึ้น อีก"))
    }

    @Test("candidates: every subset of the movable marks the cluster before can take")
    func candidates() {
        let line = scalars("ขนึ้")  // ข, น with ึ and ้
        let moves = MoveMarksByContext.moves(ofMarksOn: 1, end: 4, in: line)
        let results = Set(moves.map { String(String.UnicodeScalarView($0.replacement)) })
        #expect(results == ["ขึน้", "ข้นึ", "ขึ้น"])
        #expect(moves.allSatisfy { $0.range == 0..<4 && $0.kind == .moved })
        // Marks out of order: the reorder is a candidate too; marks in order give none.
        let reorder = MoveMarksByContext.reorder(ofMarksOn: 0, end: 3, in: scalars("ท\u{0E48}\u{0E35}น"))
        #expect(reorder.map { String(String.UnicodeScalarView($0.replacement)) } == "ท\u{0E35}\u{0E48}")
        #expect(reorder?.range == 0..<3 && reorder?.kind == .reordered)
        #expect(MoveMarksByContext.reorder(ofMarksOn: 0, end: 3, in: scalars("ที่")) == nil)
        // After a leading vowel, which never carries a mark: to the consonant before it.
        #expect(MoveMarksByContext.moves(ofMarksOn: 2, end: 4, in: scalars("ทีเ\u{0E48}กี")).map { String(String.UnicodeScalarView($0.replacement)) } == ["ที\u{0E48}เ"])
        // The cluster before already has a tone: only the vowel may join it.
        let toned = scalars("ก่นึ้")
        #expect(MoveMarksByContext.moves(ofMarksOn: 2, end: 5, in: toned).map { String(String.UnicodeScalarView($0.replacement)) } == ["กึ่น้"])
        // Across one space: a lone vowel to a cluster whose tone has none (`ย่ นื` for ยื่น); the space goes.
        let across = MoveMarksByContext.moves(ofMarksOn: 3, end: 5, in: scalars("ย่ นื"))
        #expect(across.map { String(String.UnicodeScalarView($0.replacement)) } == ["ยื่น"])
        #expect(across.map(\.range) == [0..<5] && across.map(\.kind) == [.movedAcrossSpace])
        #expect(MoveMarksByContext.moves(ofMarksOn: 3, end: 5, in: scalars("ยา นื")).isEmpty, "no tone before the space")
        #expect(MoveMarksByContext.moves(ofMarksOn: 4, end: 6, in: scalars("ยิ่ นื")).isEmpty, "the tone has its vowel")
        #expect(MoveMarksByContext.moves(ofMarksOn: 3, end: 6, in: scalars("ย่ นื่")).isEmpty, "the letter after has a tone too")
        // No cluster before: nothing to move to.
        #expect(MoveMarksByContext.moves(ofMarksOn: 0, end: 3, in: scalars("นึ้")).isEmpty)
        #expect(MoveMarksByContext.moves(ofMarksOn: 2, end: 4, in: scalars("1 นึ")).isEmpty)
    }

    @Test("in a displaced document: moved where the context reads better, idempotent, the rest kept")
    func document() {
        let text = "\u{0E48} อใจว่า ทีเ\u{0E48}กี\nคณะกรรมการจะแต่งตัง้ คณะอนุกรรมการ\nไม่ว่าทีด\u{0E48}\u{0E34}นที่ใช้ไปนั้นจะมาจากที่ดินแปลงใด\nให้เป็นไปตามที่กำหนด"
        let stage = MoveMarksByContext()
        let once = Normalizer.only(stage).normalize(text)
        #expect(once.text.contains("แต่งตั้ง คณะ"))
        #expect(once.text.contains("ว่าที่ดินที่ใช้"))
        #expect(once.text.hasSuffix("\nให้เป็นไปตามที่กำหนด"))
        #expect(once.text.split(separator: "\n", omittingEmptySubsequences: false).count == 4)
        #expect(once.edits.allSatisfy { $0.stage == "MoveMarksByContext" })
        #expect(Normalizer.only(stage).normalize(once.text).edits.isEmpty)
    }
}
