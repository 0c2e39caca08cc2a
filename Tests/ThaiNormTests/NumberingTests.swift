import Testing
@testable import ThaiNorm

@Suite("Item numbers")
struct NumberingTests {
    @Test("a run of digits too long for an Int does not trap (scripts/fuzz found it)")
    func digitRunTooLong() {
        let run = Array(String(repeating: "๙", count: 30).unicodeScalars)
        #expect(GarbledItemNumber.literalReading(of: (run + ["."] + run)[...]) == nil)
        #expect(CriteriaExtractor.number(after: 0, in: run) == 1e30 - 1 || CriteriaExtractor.number(after: 0, in: run)! > 9e29)
        // Through the whole pipeline and the extraction, as the fuzzer reached it.
        let line = String(String.UnicodeScalarView(run)) + ".(๑)๒ ทดสอบ\n" + String(String.UnicodeScalarView(run)) + ".๒ ทดสอบ\n"
        let text = Normalizer().normalize(line).text
        #expect(text.split(separator: "\n").count == 2)
        _ = StructureExtractor().extract(text)
    }

    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test("a number is followed by its successors and nothing else, found without making them: 20,000 random pairs")
    func followedBy() {
        var generator = SeededGenerator(seed: 1_2566)
        func random() -> [Int] { (0..<Int.random(in: 1...4, using: &generator)).map { _ in Int.random(in: 1...3, using: &generator) } }
        let styles: [ItemNumber.Style] = [.tree, .paren]
        for _ in 0..<20_000 {
            let number = ItemNumber(components: random(), style: styles.randomElement(using: &generator)!)
            let other = ItemNumber(components: random(), style: styles.randomElement(using: &generator)!)
            #expect(number.isFollowed(by: other) == number.successors.contains(other), "\(number.components) \(other.components)")
            #expect(number.reaches(other.components, in: 1) == number.successors.contains { $0.components == other.components })
        }
        #expect(ItemNumber(components: [2, 14, 2]).isFollowed(by: ItemNumber(components: [2, 15])))
        #expect(!ItemNumber(components: [2, 14, 2]).isFollowed(by: ItemNumber(components: [2, 16])))
        #expect(!ItemNumber(components: [1]).isFollowed(by: ItemNumber(components: [1])))
    }

    @Test func parsesLeadingNumbers() throws {
        let item = try #require(ItemNumber.leading(in: scalars("©๒.๑๕ มีการบูรณาการ")))
        #expect(item.components == [2, 15])
        #expect(item.marker == "©")
        #expect(item.thaiDigits)
        #expect(item.id == "2.15")
        #expect(ItemNumber.leading(in: scalars("^  ๒.๓ มีงานบริการ"))?.components == [2, 3])
        #expect(ItemNumber.leading(in: scalars("๕) ห้องน้ำ"))?.style == .paren)
        #expect(ItemNumber.leading(in: scalars("๑. เกณฑ์คุณภาพ"))?.components == [1])
        #expect(ItemNumber.leading(in: scalars("1.2.3"))?.components == [1, 2, 3])
        #expect(ItemNumber.leading(in: scalars("1.2.3"))?.thaiDigits == false)
    }

    @Test func rejectsWhatIsNotAnItemNumber() {
        #expect(ItemNumber.leading(in: []) == nil)
        #expect(ItemNumber.leading(in: scalars("มีการ ๑.๒")) == nil)
        #expect(ItemNumber.leading(in: scalars("๑๐ สิงหาคม ๒๕๖๖")) == nil, "a date")
        #expect(ItemNumber.leading(in: scalars("๒๕๖๖๑ ข้อ")) == nil, "too long")
        #expect(ItemNumber.leading(in: scalars("0 (Line")) == nil, "items count from 1")
        #expect(ItemNumber.leading(in: scalars("๒.๖.® มี")) == nil)
    }

    @Test func successorsAndReach() {
        let item = ItemNumber(components: [2, 14, 2])
        #expect(item.successors.map(\.components) == [[2, 14, 3], [2, 15], [3], [2, 14, 2, 1], [1]])
        #expect(item.reaches([2, 15], in: 1))
        #expect(item.reaches([2, 15, 1], in: 2))
        #expect(!item.reaches([2, 14, 1], in: 1))
        #expect(!item.reaches([5, 2], in: 3), "a restart is only a last step")
        #expect(ItemNumber(components: [1]).successors.map(\.components) == [[2], [1, 1]])
        #expect(ItemNumber(components: [2, 15], thaiDigits: true).text() == "๒.๑๕")
        #expect(ItemNumber(components: [5], style: .paren, thaiDigits: false).text() == "5)")
    }

    @Test func findsGarbledNumbers() throws {
        let garbled = try #require(GarbledItemNumber.leading(in: scalars("133.(5)0.6) ข้อร้องเรียน")))
        #expect(garbled.range == 0..<11)
        #expect(garbled.componentCount == 3)
        #expect(garbled.literal == nil)
        #expect(GarbledItemNumber.leading(in: scalars("(5).0ไ.6)"))?.componentCount == 3)
        #expect(GarbledItemNumber.leading(in: scalars("๔. ๔. ๒ ดำเนินการ"))?.literal == [4, 4, 2])
        #expect(GarbledItemNumber.leading(in: scalars("๕'•๑■๕ ศูนย์"))?.componentCount == 3)
    }

    @Test func cleanLinesAreNotGarbledNumbers() {
        for line in ["", "๒.๑๐.๑ ข้อร้องเรียน", "(ให้อนุกรรมการฯ พิจารณา)", "๒) คู่มือ", "ที่ / ๒๕๖๖",
                     "(1) ข้อ", "1/2566 ลงวันที่", "12.30 น. ประชุม", "เอกสารแนบท้าย", "๑. ๒๕ คน"] {
            #expect(GarbledItemNumber.leading(in: scalars(line)) == nil || GarbledItemNumber.leading(in: scalars(line))?.literal != nil,
                    "\(line)")
        }
        #expect(GarbledItemNumber.leading(in: scalars("(5).(5)")) != nil)
        #expect(GarbledItemNumber.leading(in: scalars("(5).(5) ABC")) == nil, "followed by something other than Thai")
    }

    @Test("the plan is read from the numbered lines: changing another line leaves it, changing a numbered one redoes it")
    func planReadsTheNumberedLines() {
        let stage = RepairItemNumbers()
        func plan(_ lines: [[Unicode.Scalar]]) -> RepairItemNumbers.Plan {
            stage.adaptation(to: DocumentSurvey(lines: lines, surveys: lines.map { stage.survey($0, in: .alone) }, edits: []))
        }
        let document = ["©๒.๑๐ ข้อ", "133.(5)0.6) ข้อร้องเรียน", "ท่ีประชุม", "๒.๑๐.๒ ดำเนินการ"].map(scalars)
        let first = plan(document)
        #expect(!first.lines.isEmpty)
        var unnumbered = document
        unnumbered[2] = scalars("ที่ประชุม")
        #expect(plan(unnumbered) == first)
        var numbered = document
        numbered[1] = scalars("๒.๑๐.๑ ข้อร้องเรียน")
        #expect(plan(numbered) != first)
    }

    @Test("amounts are data: thousands groups, a unit after, a table row are never garbled item numbers")
    func amountsAreNotGarbledNumbers() {
        for line in ["5,828,000 บาท", "๔๐,๐๐๐ ๕๐,๐๐๐ ๖๐,๐๐๐", "2,070,900,000 ค่าใช้จ่าย", "๑๒.๕ ไร่", "1.5 ล้านบาท",
                     "๓.(5) ตัน", "(5).(5)\tรายการ", "778,514 คน", "ม.40 กำหนด", "พ.ศ.2566 เป็นต้นไป"] {
            #expect(GarbledItemNumber.leading(in: scalars(line)) == nil, "\(line)")
        }
        // What OCR leaves of an item number is still found.
        #expect(GarbledItemNumber.leading(in: scalars("133.(5)0.6) ข้อร้องเรียน")) != nil)
        #expect(GarbledItemNumber.leading(in: scalars("๒,๑๐ การประชุม")) != nil)
        #expect(GarbledItemNumber.leading(in: scalars("เ33. (5) (5) การประชุม")) != nil)
    }

    @Test func digitConfusionsComeFromTheLearnedTable() {
        let digits = DigitConfusions.shared
        #expect(digits.confusable("๔", "๕"))
        #expect(digits.confusable("๕", "๔"))
        #expect(!digits.confusable("๒", "๓"))
        #expect(!digits.confusable("ก", "๕"))
        #expect(digits.misreads([2, 14], as: [2, 15]))
        #expect(!digits.misreads([2, 14], as: [2, 14]))
        #expect(!digits.misreads([2, 14], as: [2, 13, 1]))
        #expect(!digits.misreads([1, 4], as: [1, 14]))
    }

    @Test func monthNames() {
        let months = ThaiMonths.shared
        #expect(months.month(startingAt: 0, in: scalars("สิงหาคม ๒๕๖๖"))?.month == 8)
        #expect(months.month(startingAt: 0, in: scalars("ส.ค. ๒๕๖๖"))! == (8, 4))
        #expect(months.month(startingAt: 0, in: scalars("ก.ย.๖๑"))?.month == 9)
        #expect(months.month(startingAt: 0, in: scalars("มี.ค."))?.month == 3)
        #expect(months.month(startingAt: 0, in: scalars("มีนาคม"))?.length == 6)
        #expect(months.month(startingAt: 0, in: scalars("มีการ")) == nil)
        #expect(months.month(startingAt: 3, in: scalars("ม.ค")) == nil)
    }
}
