import Foundation
import Testing
@testable import ThaiNorm

@Suite("Structure extraction")
struct ExtractionTests {
    static let schema = Repository.root.appending(path: "Sources/ThaiNorm/Extraction/structure.schema.json")

    func extract(_ url: URL, with normalizer: Normalizer = Normalizer()) throws -> DocumentStructure {
        StructureExtractor().extract(normalizer.normalize(try Repository.text(url)).text)
    }

    @Test("seeds 000–003 give their reviewed JSON in corpus/expected", arguments: Repository.cleanSeeds())
    func expected(_ seed: URL) throws {
        let name = seed.deletingPathExtension().lastPathComponent
        let expected = try Data(contentsOf: Repository.corpus.appending(path: "expected/\(name).json"))
        let actual = try StructureExtractor.json(try extract(seed))
        #expect(actual == expected, "\(name): run `thainorm extract corpus/\(name).txt` and review the difference")
    }

    @Test("every corpus output and the dev extraction validate against the published schema")
    func schemaValid() throws {
        let validator = try JSONSchemaValidator(schema: try Data(contentsOf: Self.schema))
        var files = Repository.corpusFiles()
        if let dev = Repository.devFile("004-dev.noisy.txt") { files.append(dev) }
        for file in files {
            let json = try JSONSerialization.jsonObject(with: try StructureExtractor.json(try extract(file)))
            let problems = validator.problems(in: json)
            #expect(problems.isEmpty, "\(file.lastPathComponent): \(problems.prefix(5))")
        }
        // The validator itself rejects what the schema forbids.
        #expect(!validator.problems(in: ["version": 1]).isEmpty)
        var broken = try JSONSerialization.jsonObject(with: try StructureExtractor.json(DocumentStructure())) as! [String: Any]
        broken["extra"] = true
        #expect(validator.problems(in: broken).contains { $0.contains("unexpected extra") })
    }

    @Test("dev split, every edit applied: dates and criteria ids found, assignees reproduced")
    func devSet() throws {
        guard let noisy = Repository.devFile("004-dev.noisy.txt"), let gold = Repository.devFile("004-dev.structure.json") else {
            return
        }
        // Seed 004's repairs are not what the benchmark's tune half calibrates: by default most
        // are held back, and the extraction from its OCR text is the weaker for it.
        let output = try StructureExtractor.json(try extract(noisy, with: .everyEdit))
        let scores = try StructureEvaluation.compare(reference: try Data(contentsOf: gold), hypothesis: output)
        #expect(scores.dates.f1 >= 0.95)
        #expect(scores.criteriaIDs.f1 >= 0.95)
        #expect(scores.assigneesShare >= 0.9)
        // Below the 0.95 aim: two names keep an OCR misreading that Thai syllables can spell (see README).
        #expect(scores.people.f1 >= 0.85)
    }

    @Test func emptyAndPlainText() {
        let empty = StructureExtractor().extract("")
        #expect(empty == DocumentStructure())
        let plain = StructureExtractor().extract("ข้อความธรรมดา ไม่มีหัวเรื่อง\nบรรทัดที่สอง")
        #expect(plain.header.kind == .unknown)
        #expect(plain.dates.isEmpty && plain.people.isEmpty && plain.criteria.isEmpty && plain.tables.isEmpty)
    }

    @Test func orderHeader() throws {
        let text = """
            คำสั่งสำนักงานคลังจังหวัดพะเยา
            ที่ ๒๓/ ๒๕๖๖
            เรื่อง แต่งตั้งคณะทำงาน
            (ศูนย์ราชการสะดวก)

            ตามคำสั่งกรมบัญชีกลาง ที่ ๑๒/๒๕๖๕ ลงวันที่ ๑ ตุลาคม ๒๕๖๕ นั้น
            สั่ง ณ วันที่ ๑๓ พฤศจิกายน พ.ศ. ๒๕๖๖

            (นางฉวีวรรณ พิทักษ์วินัย)
            คลังจังหวัดพะเยา
            """
        let header = StructureExtractor().extract(text).header
        #expect(header.kind == .order)
        #expect(header.issuer == "สำนักงานคลังจังหวัดพะเยา")
        #expect(header.number == "๒๓/๒๕๖๖")
        #expect(header.subject == "แต่งตั้งคณะทำงาน (ศูนย์ราชการสะดวก)")
        #expect(header.date?.iso == "2023-11-13")
        let signatory = try #require(header.signatories.first)
        #expect(signatory.title == "นาง")
        #expect(signatory.given == "ฉวีวรรณ")
        #expect(signatory.family == "พิทักษ์วินัย")
        #expect(signatory.position == "คลังจังหวัดพะเยา")
        let reference = try #require(header.referencedOrders.first)
        #expect(reference.issuer == "กรมบัญชีกลาง")
        #expect(reference.number == "๑๒/๒๕๖๕")
        #expect(reference.iso == "2022-10-01")
    }

    @Test func memoHeader() {
        let text = "บันทึกข้อความ\nส่วนราชการ สำนักปลัด เทศบาลตำบลบ้านแปะ โทร ๐๕๓ ๐๓๒๑๒๘\nที่ ชม ๕๙๐๐๑.๑/\nวันที่ ๒๘ สิงหาคม ๒๕๖๖\nเรื่อง ขออนุมัติ\nเรียน นายกเทศมนตรี"
        let header = StructureExtractor().extract(text).header
        #expect(header.kind == .memo)
        #expect(header.issuer == "สำนักปลัด เทศบาลตำบลบ้านแปะ")
        #expect(header.number == "ชม๕๙๐๐๑.๑/")
        #expect(header.to == "นายกเทศมนตรี")
        #expect(header.date?.iso == "2023-08-28")
    }

    @Test("an assessment form: subject from its title, issuer from หน่วยงาน, date under the signature")
    func assessmentHeader() {
        let text = "แบบประเมินผลการปฏิบัติราชการ\nหน่วยงาน กองคลัง\nวันที่ ๑ ตุลาคม ๒๕๖๖ ได้มีการประชุม\nข้อ\tตัวชี้วัด\n๑\tมีแผน\n(นายสมชาย ใจดี)\nผู้อำนวยการกองคลัง\nวันที่ ๕ มกราคม ๒๕๖๗"
        let header = StructureExtractor().extract(text).header
        #expect(header.kind == .assessment)
        #expect(header.subject == "ผลการปฏิบัติราชการ")
        #expect(header.issuer == "กองคลัง")
        #expect(header.date?.iso == "2024-01-05", "the date under the signature, not one in the body")
        let unsigned = StructureExtractor().extract("แบบประเมินผล\nวันที่ ๑ ตุลาคม ๒๕๖๖").header
        #expect(unsigned.date == nil, "no signature: no date taken from the body")
    }

    @Test("a form's title wraps as a subject does, up to a label; a kind word below a document's top is no form")
    func formTitles() {
        // pdftotext wrapped the title: its short rest is on the next line, then the unit's label.
        let wrapped = StructureExtractor().extract(
            "แบบประเมินนายกฯ ขอให้ทุกภาคส่วนร่วมกันรณรงค์ลดการเผาใน\nพื้นที่การเกษตร\nหน่วยงาน กระทรวงมหาดไทย\n- ระดับที่ 4").header
        #expect(wrapped.kind == .assessment)
        #expect(wrapped.subject == "นายกฯ ขอให้ทุกภาคส่วนร่วมกันรณรงค์ลดการเผาใน พื้นที่การเกษตร")
        #expect(wrapped.issuer == "กระทรวงมหาดไทย")
        let labelled = StructureExtractor().extract("แบบประเมินผลการปฏิบัติราชการ\nหน่วยงาน กองคลัง").header
        #expect(labelled.subject == "ผลการปฏิบัติราชการ", "a label ends the title")
        // A release's third line starts with แผน (แผนที่, a map): no plan, and no subject.
        let release = StructureExtractor().extract(
            "วันพฤหัสบดีที่ 18 มีนาคม 2564\nนายกรัฐมนตรีได้สั่งการให้หน่วยงานเร่งจัดทำ\nแผนที่แนวเขตที่ดินของรัฐแบบบูรณาการ\nให้แล้วเสร็จ").header
        #expect(release.kind == .unknown)
        #expect(release.subject == nil)
        let agencyAbove = StructureExtractor().extract("กรมทดสอบ\nแผนปฏิบัติราชการ ประจำปี 2567\n\nส่วนที่ 1").header
        #expect(agencyAbove.kind == .plan && agencyAbove.subject == "ปฏิบัติราชการ ประจำปี 2567", "an agency's line may head a plan")
    }

    @Test("a memo's number and date on one line; a subject ends where the body starts; a release's dateline")
    func headerLinesOfOtherForms() {
        let memo = StructureExtractor().extract("บันทึกข้อความ\nส่วนราชการ กองคลัง\nที่ ๑๓/๒๕๖๔ วันที่ ๒๐ มกราคม พ.ศ. ๒๕๖๔\nเรื่อง ขอรายงานผล\nเรียน ผู้อำนวยการ").header
        #expect(memo.number == "๑๓/๒๕๖๔")
        #expect(memo.date?.iso == "2021-01-20")
        #expect(memo.subject == "ขอรายงานผล")
        let order = StructureExtractor().extract("คำสั่งกรมทดสอบ\nที่ ๓๗/๒๕๖๗\nเรื่อง แต่งตั้งคณะทำงาน\nวันที่ 29 สิงหาคม 2567 - ได้มีการประชุม\n๑. ให้ดำเนินการ").header
        #expect(order.subject == "แต่งตั้งคณะทำงาน")
        let wrapped = StructureExtractor().extract("คำสั่งกรมทดสอบ\nเรื่อง แต่งตั้งคณะทำงานตรวจสอบ\nการจัดซื้อจัดจ้าง\n\nตามที่").header
        #expect(wrapped.subject == "แต่งตั้งคณะทำงานตรวจสอบ การจัดซื้อจัดจ้าง", "a wrapped subject still goes on")
        // pdftotext: no blank line after the subject; its short last line ends it, as does a
        // table's column heading alone on a line.
        let paragraph = StructureExtractor().extract(
            "ประกาศกรมทดสอบ\nเรื่อง รองนายกฯ เปิดสายด่วนสภาผู้บริโภค หวังเพิ่มช่อง\nทางช่วยประชาชน\n"
                + "โดยนายสมศักดิ์ กล่าวว่า สภาผู้บริโภค ถูกจัดตั้งขึ้นตามเจตนารมณ์\nของรัฐธรรมนูญ").header
        #expect(paragraph.subject == "รองนายกฯ เปิดสายด่วนสภาผู้บริโภค หวังเพิ่มช่อง ทางช่วยประชาชน")
        let table = StructureExtractor().extract("คำสั่งกรมทดสอบ\nเรื่อง การจัดสรรงบประมาณ ประจำปี 2568\nลำดับ\n\nรายการ").header
        #expect(table.subject == "การจัดสรรงบประมาณ ประจำปี 2568")
        // A release's wrapped body line that starts with the word is no subject: no kind, number
        // or addressee heads the document.
        let body = StructureExtractor().extract(
            "วันพฤหัสบดีที่ 18 มีนาคม 2564\nนายกรัฐมนตรีได้สั่งการให้หน่วยงานติดตาม\nเรื่อง การใช้เทคโนโลยีสีเขียว เพื่อนำไปสู่สังคมคาร์บอนต่ำ").header
        #expect(body.subject == nil)
        let letter = StructureExtractor().extract("ที่ กค ๐๔๐๒/๑๒๓\nเรื่อง ขอความอนุเคราะห์\nเรียน อธิบดีกรมบัญชีกลาง").header
        #expect(letter.subject == "ขอความอนุเคราะห์", "a letter's number or addressee heads it")
        let release = StructureExtractor().extract("วันพฤหัสบดีที่ 18 มีนาคม 2564\nกระทรวงเดินหน้าแก้ไขปัญหา เมื่อวันที่ 10 กุมภาพันธ์ 2564").header
        #expect(release.kind == .unknown && release.date?.iso == "2021-03-18")
        #expect(StructureExtractor().extract("วันหยุดราชการ\nวันที่ 10 กุมภาพันธ์ 2564").header.date == nil, "a first line without a date")
    }

    @Test func namesAndTheirVariants() throws {
        let text = """
            น.ส.ทิพวรรณ มืสุข ตำแหน่ง นักวิชาการเงินและบัญชี
            นางสาวทิพวรรณ มีสุข
            น.ส.ทิพวรรณ มีสุข
            นายกเทศมนตรีตำบลบ้านแปะ
            ว่าที่ร้อยตรีสมชาย ใจดี
            """
        let people = StructureExtractor().extract(text).people
        #expect(people.count == 2, "\(people)")
        let first = try #require(people.first)
        #expect(first.title == "นางสาว", "น.ส. is reported as นางสาว")
        #expect(first.given == "ทิพวรรณ" && first.family == "มีสุข", "the spelling written most often")
        #expect(first.variants == ["ทิพวรรณ มืสุข"])
        #expect(first.lines == [1, 2, 3])
        #expect(first.positions == ["นักวิชาการเงินและบัญชี"])
        #expect(people.last?.title == "ว่าที่ร้อยตรี")
        #expect(PeopleExtractor.skeleton("รัซฎาพร") == PeopleExtractor.skeleton("รัชฎาพร"))
        #expect(PeopleExtractor.skeleton("สมชาย") != PeopleExtractor.skeleton("สมศักดิ์"))
    }

    @Test func criteriaAssigneesLevelsAndPoints() throws {
        let text = """
            ๑. เกณฑ์คุณภาพ ด้านสถานที่ (ขั้นสูง © ) จำนวน ๒ ข้อ ข้อละ ๒ คะแนน
            ©๑.๑ มีการจัดภูมิทัศน์
            นางนิภาพร เผ่ากันทะ น.ส.นรีกานต์ โกมิตร
            ๑.๑.๑ มีและสามารถใช้งานได้จริง
            ๑) ที่จอดรถ
            ๑.๑.๒ ดำเนินการตามเกณฑ์ ๑ คะแนน และ มีพื้นที่สีเขียว
            ©๑.๒ มีการจัดการขยะ น.ส.พัทธ์ชัญญา พรมนา
            ๑.๒.๑ มีการคัดแยกขยะ (๑ คะแนน)
            ๒. เกณฑ์คุณภาพ ด้านบริการ (ขั้นพื้นฐาน ^ ) จำนวน ๑ ข้อ ข้อละ ๑ คะแนน
            ^ ๒.๑ มีการสำรวจ
            """
        let criteria = StructureExtractor().extract(text).criteria
        #expect(criteria.map(\.id) == ["1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "2.1"], "section headings are parts, not criteria")
        let byID = Dictionary(uniqueKeysWithValues: criteria.map { ($0.id, $0) })
        #expect(byID["1.1"]?.supervisors == ["นิภาพร เผ่ากันทะ"])
        #expect(byID["1.1"]?.responsible == ["นรีกานต์ โกมิตร"])
        #expect(byID["1.1.1"]?.responsible == ["นรีกานต์ โกมิตร"], "sub-items take their parent's")
        #expect(byID["1.2"]?.supervisors == ["นิภาพร เผ่ากันทะ"], "the supervisor is carried down")
        #expect(byID["1.2"]?.responsible == ["พัทธ์ชัญญา พรมนา"])
        #expect(byID["1.1"]?.level == .advanced)
        #expect(byID["1.1.1"]?.level == .advanced)
        #expect(byID["2.1"]?.level == .basic)
        #expect(byID["1.1"]?.points == 2)
        #expect(byID["1.1.1"]?.points == 1, "two graded sub-items of a 2-point item")
        #expect(byID["1.1.2"]?.points == 2, "ดำเนินการตามเกณฑ์ ๑ คะแนน และ … is the next step")
        #expect(byID["1.2.1"]?.points == 1, "written points")
        #expect(byID["2.1"]?.points == 1)
        #expect(byID["1.1.1"]?.parent == "1.1")
        #expect(byID["1.1"]?.part == "เกณฑ์คุณภาพ ด้านสถานที่ (ขั้นสูง © )")
        #expect(byID["1.1.1"]?.text == "มีและสามารถใช้งานได้จริง ๑) ที่จอดรถ")
        #expect(byID["1.1"]?.idText == "๑.๑")
    }

    @Test("sums of money: digits or Thai number words before a unit, and a table under a unit heading")
    func amounts() {
        let text = """
            วงเงิน ๒๐,๐๐๐ ล้านบาท ปรับไม่เกินห้าหมื่นบาท หรือหนึ่งล้านห้าแสนบาท
            ลำดับ\tรายการ\tจำนวนเงิน (บาท)
            ๑\tโครงการอบรม\t๑๒,๐๐๐
            รวม\t๑๒,๐๐๐
            มูลค่า 5 ล้านดอลลาร์สหรัฐ ในปี ๒๕๖๖ ตามข้อ ๑.๒ จำนวน ๓ คน
            """
        let amounts = StructureExtractor().extract(text).amounts
        #expect(amounts.map(\.value) == [20_000, 50_000, 1_500_000, 12_000, 12_000, 5_000_000])
        #expect(amounts.map(\.unit) == ["ล้านบาท", "บาท", "บาท", "บาท", "บาท", "ดอลลาร์สหรัฐ"])
        #expect(amounts[0].baht == 20_000_000_000)
        #expect(amounts[0].text == "๒๐,๐๐๐ ล้านบาท")
        #expect(amounts.last?.baht == nil, "a foreign currency is not converted")
        #expect(amounts.map(\.line) == [1, 1, 1, 3, 4, 5])
        // A table that came out of pdftotext a cell a line: the numbers under the unit heading.
        let cells = "รายการ\nจำนวนเงิน\n(บาท)\n1\nโครงการ\n1,100,000,000\nรวม\n3,177,903,484\n"
            + String(repeating: "ข้อความยาวที่ไม่ใช่ตาราง ", count: 6) + "\n1,000"
        #expect(StructureExtractor().extract(cells).amounts.map(\.value) == [1_100_000_000, 3_177_903_484])
    }

    @Test("a unit cut by a line break; an abbreviation that goes on is no unit")
    func amountsAcrossBreaksAndAbbreviations() {
        let cut = StructureExtractor().extract("มูลค่าสินทรัพย์สุทธิ 1.13 ล้าน\nล้านบาท ซึ่งการ").amounts
        #expect(cut.map(\.value) == [1.13] && cut.first?.unit == "ล้านล้านบาท")
        #expect(cut.first?.line == 1 && cut.first?.endLine == 2)
        // Number words cut by a line break, the unit on the next line (indented); a word that
        // only looks like one before a word that starts like a unit is no sum.
        let words = StructureExtractor().extract("ปรับไม่เกินหนึ่ง\nแสนบาท หรือทั้งจำทั้งปรับ\nหรือปรับไม่เกินสอง\n    หมื่นบาท\nวรรคหนึ่ง\nบาทหลวง").amounts
        #expect(words.map(\.value) == [100_000, 20_000] && words.map(\.endLine) == [2, 4])
        // ลบ. is ล้านบาท; ลบ.ม. is cubic metres.
        let water = StructureExtractor().extract("รับน้ำได้อีก 20,249 ล้าน ลบ.ม. งบ 28 ลบ. และ 175.47\nล้าน ลบ.ม.").amounts
        #expect(water.map(\.value) == [28] && water.first?.unit == "ลบ.")
        // A large multiplier alone is no sum; ร้อยบาท and หนึ่งล้านบาท are.
        #expect(StructureExtractor().extract("ปลดล็อก\nล้านบาท ตามลำดับ และแสนบาท").amounts.isEmpty)
        #expect(StructureExtractor().extract("ค่าปรับร้อยบาท หรือหนึ่งล้านบาท").amounts.map(\.baht) == [100, 1_000_000])
        // A line ending in a unit alone heads a column of cells; a line writing its own sum does not
        // become one of its cells.
        let running = StructureExtractor().extract("ค่าใช้จ่าย\nบาท\nมูลค่าลงทุน 13,788 ล้านบาท และจีน 13,361\nล้านบาท ตามลำดับ").amounts
        #expect(running.map(\.value) == [13_788, 13_361] && running.allSatisfy { $0.unit == "ล้านบาท" })
        let cells = StructureExtractor().extract("จำนวนเงิน (บาท)\n๒๒,๐๐๐\nโครงการเสริมทักษะ ๒๕,๐๐๐").amounts
        #expect(cells.map(\.value) == [22_000, 25_000] && cells.allSatisfy { $0.unit == "บาท" })
    }

    @Test("a rank alone on its line names the person on the next (an Act's countersignature)")
    func titleAloneOnItsLine() {
        let text = "ผู้รับสนองพระบรมราชโองการ\nพลเอก\nประยุทธ์ จันทร์โอชา\nนายกรัฐมนตรี\nพันตำรวจโท\nได้รับมอบหมาย ให้ดำเนินการ"
        let people = StructureExtractor().extract(text).people
        #expect(people.map { [$0.title ?? "", $0.given, $0.family ?? ""] } == [["พลเอก", "ประยุทธ์", "จันทร์โอชา"]])
        #expect(people.first?.lines == [3])
        // A rank a justified line set apart (pango) is still a rank alone, not a person.
        let spaced = StructureExtractor().extract("ผู้รับสนองพระบรมราชโองการ\nพัน ตำรวจโท\nทักษิณ ชินวัตร\nนายกรัฐมนตรี").people
        #expect(spaced.map { [$0.title ?? "", $0.given, $0.family ?? ""] } == [["พันตำรวจโท", "ทักษิณ", "ชินวัตร"]])
    }

    @Test("a name a line break cuts after its title or its given name")
    func namesAcrossLines() {
        // The title ends the line (alone, or glued to the words before it).
        #expect(people("ประกอบด้วย นาย\nสมชาย เลิศลาภวศิน ผู้อำนวยการ") == [["นาย", "สมชาย", "เลิศลาภวศิน"]])
        #expect(people("นโยบายของนาย\nเศรษฐา ทวีสิน นายกรัฐมนตรี") == [["นาย", "เศรษฐา", "ทวีสิน"]])
        #expect(StructureExtractor().extract("ประกอบด้วย นาย\nสมชาย เลิศลาภวศิน ผู้อำนวยการ").people.first?.lines == [2])
        // A title and a given name end the line: the family name is on the next, or the given name goes on there.
        #expect(people("การอำนวยการของ พล.ต.ต.อำนาจ\nไตรพจน์ ผู้บังคับการ") == [["พล.ต.ต.", "อำนาจ", "ไตรพจน์"]])
        #expect(people("พร้อมด้วย นายสิทธิ\nกร ดิเรกสุนทร กรรมการ") == [["นาย", "สิทธิกร", "ดิเรกสุนทร"]])
        #expect(people("พร้อมด้วย นายยง\nยุทธ ภูมิประเทศ กรรมการ") == [["นาย", "ยงยุทธ", "ภูมิประเทศ"]])
        #expect(people("พร้อมด้วย นายสมชาย\nใจดี กรรมการ") == [["นาย", "สมชาย", "ใจดี"]])
        // Not names: two words no list knows after a title, and a family name that may go on.
        #expect(people("ตำแหน่ง นาย\nช่างโยธา ชำนาญงาน สังกัด").isEmpty)
        #expect(people("ประกอบด้วย นาย\nสมชาย เลิศลาภ").isEmpty)
    }

    @Test("a title glued to the word before names a person; the sentence after a given name is no family name")
    func gluedTitlesAndSentenceWords() {
        #expect(people("การประชุมโดยมีนายสมชาย ใจดี เป็นประธาน") == [["นาย", "สมชาย", "ใจดี"]])
        #expect(people("ตามนโยบายของนางสาวสมศรี มีสุข ผู้อำนวยการ") == [["นางสาว", "สมศรี", "มีสุข"]])
        // Words that start with a title are not names: นายกรัฐมนตรี, นายทะเบียน.
        #expect(people("ตามนโยบายของนายกรัฐมนตรี และนายทะเบียน จังหวัด").isEmpty)
        // A given name followed by a verb: not a family name.
        #expect(people("นายสมชาย กล่าวว่า การประชุม").isEmpty)
        #expect(people("นางสาวสมศรี กล่าวเพิ่มเติม").isEmpty)
        #expect(people("นายสมชายฯ กล่าว").isEmpty, "a name shortened with ฯ")
        // A family name that starts with a function word is still one.
        #expect(people("นายสมชาย ยิ่งมหาศาล") == [["นาย", "สมชาย", "ยิ่งมหาศาล"]])
        // Professional titles, stacked titles, and the sentence glued to a given name.
        #expect(people("นายแพทย์สมชาย ใจดี อธิบดี") == [["นายแพทย์", "สมชาย", "ใจดี"]])
        #expect(people("รองศาสตราจารย์ ดร.สมศรี มีสุข และ") == [["รองศาสตราจารย์ ดร.", "สมศรี", "มีสุข"]])
        #expect(people("รองศาสตราจารย์ ดร. สมศรี มีสุข และ") == [["รองศาสตราจารย์ ดร.", "สมศรี", "มีสุข"]])
        #expect(people("นายแพทย์สมชายกล่าวว่า สำหรับผู้ติดเชื้อ").isEmpty)
        #expect(people("นายสมชายกล่าวต่อว่า โรงพยาบาลประจำจังหวัด").isEmpty, "ต่อว่า is one word: a long function word starts the tail")
        #expect(people("ตำแหน่งทันตแพทย์ ทันตแพทย์หญิง แพทย์ฟัน").isEmpty, "a list of titles")
        // A title at the end of a token: nothing to read.
        #expect(people("ในฐานะนาย จ้าง").isEmpty)
    }

    @Test("an Act: its title, the date it was given across a line break, the King and the countersigner")
    func actSignatures() throws {
        let act = """
            พระราชบัญญัติ
            การทดสอบเอกสาร
            พ.ศ. ๒๕๓๕
            ภูมิพลอดุลยเดช ป.ร.
            ให้ไว้ ณ วันที่ ๓ มีนาคม
            พ.ศ. ๒๕๓๕
            เป็นปีที่ ๔๗ ในรัชกาลปัจจุบัน
            พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช มีพระบรมราชโองการโปรดเกล้าฯ ให้ประกาศว่า
            มาตรา ๑ พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติการทดสอบเอกสาร พ.ศ. ๒๕๓๕
            ผู้รับสนองพระบรมราชโองการ
            พลเอก
            สมชาย ใจดี
            นายกรัฐมนตรี
            """
        let structure = StructureExtractor().extract(act)
        #expect(structure.header.kind == .act)
        #expect(structure.header.issuer == nil)
        #expect(structure.header.subject == "พระราชบัญญัติการทดสอบเอกสาร พ.ศ. ๒๕๓๕")
        let date = try #require(structure.header.date)
        #expect(date.iso == "1992-03-03" && date.line == 5 && date.endLine == 6)
        // The King signs an Act; the minister who countersigns is a person with his position.
        #expect(structure.header.signatories.isEmpty)
        #expect(structure.people.map { [$0.given, $0.family ?? ""] } == [["ภูมิพลอดุลยเดช", ""], ["สมชาย", "ใจดี"]])
        #expect(structure.people.last?.positions == ["นายกรัฐมนตรี"])
        #expect(structure.people.first?.lines == [4, 8])
        // An initial for the given name, no title.
        let initial = StructureExtractor().extract("เป็นปีที่ ๑ ในรัชกาลปัจจุบัน\nผู้รับสนองพระบรมราชโองการ\nส. ทดสอบดี\nรองนายกรัฐมนตรี")
        #expect(initial.people.map { [$0.given, $0.family ?? ""] } == [["ส.", "ทดสอบดี"]])
    }

    @Test("regents in an Act's royal signature block; no Act, no King, in a news release")
    func regentsAndNews() {
        let act = """
            พระราชบัญญัติ
            การทดสอบ
            พุทธศักราช ๒๔๘๒
            คณะผู้สำเร็จราชการแทนพระองค์
            (ตามประกาศประธานสภาผู้แทนราษฎร
            ลงวันที่ ๔ สิงหาคม พุทธศักราช ๒๔๘๐)
            ประเสริฐวงศ์
            พล.อ.
            วิเศษโยธิน
            ตราไว้ ณ วันที่ ๑ มกราคม พุทธศักราช ๒๔๘๒
            เป็นปีที่ ๖ ในรัชกาลปัจจุบัน
            """
        let people = StructureExtractor().extract(act).people
        #expect(people.map { [$0.title ?? "", $0.given, $0.family ?? ""] } == [["", "ประเสริฐวงศ์", ""], ["พล.อ.", "วิเศษโยธิน", ""]])
        // A block damaged by extraction or OCR: a line starting with a mark, the King's style
        // misread into one long word, are no regents; a name still is.
        let damaged = act.replacingOccurrences(of: "ประเสริฐวงศ์", with: "สมเด็จพระเจ้าอยู่ห้วมหาวชิราลงกรณ\nูัวมหาวชิราลงกรณ\nประเสริฐวงศ์")
        #expect(StructureExtractor().extract(damaged).people.map(\.given) == ["ประเสริฐวงศ์", "วิเศษโยธิน"])
        let news = StructureExtractor().extract("พระบาทสมเด็จพระเจ้าอยู่หัว มีพระบรมราชโองการโปรดเกล้าฯ แต่งตั้ง\nนายสมชาย ใจดี\nเป็นรองปลัดกระทรวง")
        #expect(news.header.kind != .act)
        #expect(news.people.map(\.given) == ["สมชาย"])
        #expect(StructureExtractor().extract("สมาชิก ส.อ.ท. เผยต่อ ว่า").people.isEmpty, "an abbreviation is no rank and initial")
        // A passage from the middle of an Act: its sections make it one, also with a heading's number on the next line.
        func kind(_ text: String) -> Header.Kind { StructureExtractor().extract(text).header.kind }
        #expect(kind("มาตรา ๙ ในกรณีที่มีผู้ได้รับเงิน\nมาตรา\n๑๐\nให้รัฐมนตรีรักษาการ") == .act)
        #expect(kind("ตามมาตรา ๔๔ และมาตรา ๔๕\nให้ดำเนินการ") == .unknown, "sections cited in running text")
        #expect(kind("มาตรา ๔๔ ของกฎหมายนี้\nให้ดำเนินการ") == .unknown, "one section heading is not enough")
        #expect(kind("มาตรการที่ ๑ ลดภาษี\nมาตรการที่ ๒ ลดค่าไฟ") == .unknown, "a word that starts with the section word")
    }

    @Test("sums and names a line break or PDF spaces cut are read whole")
    func brokenSumsAndNames() {
        let amounts = StructureExtractor().extract("อัตราไร่ละ 193,146\nบาท ในพื้นที่ อัตราไร่ละ 182,62\n3 บาท และ 3) โครงการ\nปี 2567\nเป็นต้นไป").amounts
        #expect(amounts.map(\.value) == [193_146, 182_623])
        #expect(amounts.map(\.line) == [1, 2] && amounts.map(\.endLine) == [2, 3])
        // A number cut inside its digits, the unit after a blank line or a page break.
        let digits = StructureExtractor().extract("หนี้ลดลง 2,048.7\n25 ล้านบาท และวงเงินไม่เกิน 60\n0 บาท/คน รวม 3\n4,120.50 ล้านบาท").amounts
        #expect(digits.map(\.value) == [2_048.725, 600, 34_120.5] && digits.map(\.endLine) == [2, 3, 4])
        #expect(StructureExtractor().extract("วงเงินกว่า 318.4\n\n\u{0C}ล้านบาท ให้").amounts.map(\.value) == [318.4])
        // Not one number: a year, an item number, a count, digits that do not group.
        func values(_ text: String) -> [Double] { StructureExtractor().extract(text).amounts.map(\.value) }
        #expect(values("ในปี 2566\n500 ล้านบาท") == [500])
        #expect(values("3\n4,120 บาท") == [4_120], "a number alone on its line is a cell or an item")
        #expect(values("จำนวน 12\n500 บาท") == [500], "without separators only a rest that starts with zero")
        #expect(values("รวม 1.5\n20 บาท") == [20], "a decimal head is no cut")
        #expect(values("ร้าน OTOP 7\n83.8 ล้านบาท") == [783.8], "a whole head and the rest's decimals")
        // A table pdftotext wrote cell by cell: its unit heading cut inside the brackets, a
        // number's rest after the next cell's wrapped line.
        #expect(values("ลำดับ\nรายการ\nจำนวนเงิน (บา\nท)\n๑\nโครงการระบบขนส่ง\n๓,๑๔๙,๔๓๑,๗\nนครราชสีมา\n๐๐\n๒\nโครงการข้าว\n๕๖,๐๒๑")
                == [3_149_431_700, 56_021])
        #expect(values("จำนวนเงิน (บาท)\n๑๒,๓\nโครงการ\n๔๕๖๗\n") == [123], "a rest that does not group is no rest")
        let cells = StructureExtractor().extract("จำนวนเงิน (บาท)\n๑๔,๙๘๒,๐๐๐,๐\n๐๐\nโครงการ\n๕๖,๐๐๐,๐๐๐").amounts
        #expect(cells.map(\.value) == [14_982_000_000, 56_000_000])
        // pdftotext -layout: a row's cells on one line, the number's rest ending the next line.
        let rows = StructureExtractor().extract("ลำดับ     รายการ                 จำนวนเงิน\n                                  (บาท)\n"
            + "๑         โครงการระบบขนส่ง       ๓,๑๔๙,๔๓๑,๗\n          นครราชสีมา             ๐๐\n"
            + "๒         โครงการข้าว            ๕๖,๐๒๑\n").amounts
        #expect(rows.map(\.value) == [3_149_431_700, 56_021])
        #expect(rows.first?.endLine == 4)
        #expect(values("จำนวนเงิน (บาท)\n๑   โครงการ   ๑๒,๓\n    นครราชสีมา   ๔๕๖๗\n") == [123], "a rest that does not group is no rest")
        // A number cut after its separator (`231,435,677,` / `495`) is a sum only with its rest.
        #expect(values("จำนวนเงิน (บาท)\n๑ โครงการ 231,435,677,\n495\n๒ โครงการ 6,000\n") == [231_435_677_495, 6_000])
        #expect(values("จำนวนเงิน (บาท)\n๑ โครงการ 231,435,677,\nโครงการ\nสินเชื่อ\n๒ โครงการ 6,000\n") == [6_000])
        // A heading cut inside its brackets, the closing line after the lines a join emptied
        // (pdftotext -raw) or ending the next line after a gap (-layout).
        #expect(values("ลำดับ รายการ จำนวนเงิน (บา" + String(repeating: "\n", count: 6) + "ท)\n๑ โครงการ ๕๗๘,๒๑๘\n") == [578_218])
        #expect(values("ลำดั      รายการ       จำนวนเงิน (บ\n    บ              าท)\n๑   โครงการ   ๕๗๘,๒๑๘\n") == [578_218])
        #expect(values("ลำดับ รายการ จำนวนเงิน (บา" + String(repeating: "\n", count: 18) + "ท)\n๑ โครงการ ๕๗๘,๒๑๘\n").isEmpty,
                "too far to be the heading's rest")
        func people(_ text: String) -> [[String]] {
            StructureExtractor().extract(text).people.map { [$0.given, $0.family ?? ""] }
        }
        #expect(people("นายสมชาย พลบุต ร ที่ปรึกษา") == [["สมชาย", "พลบุตร"]])
        #expect(people("นายสมชาย สุว รรณรัฐ องคมนตรี") == [["สมชาย", "สุวรรณรัฐ"]])
        #expect(people("นายสมศ รรค์ ใจดี ผู้ว่าราชการ") == [["สมศรรค์", "ใจดี"]])
        #expect(people("นางสมศรี อิศรางกูร ณ อยุธยา รองปลัด") == [["สมศรี", "อิศรางกูร"]], "ณ is a word")
        #expect(people("นายสมชาย ใจดี คน ที่") == [["สมชาย", "ใจดี"]], "two letters may be a word")
        // A first letter the thanthakhat silences ends a syllable: no word starts so.
        #expect(people("นางณัฐ ฏ์จารี อนันตศิลป์ เลขาธิการ") == [["ณัฐฏ์จารี", "อนันตศิลป์"]])
        #expect(people("นายสมชาย จันท ร์ ผู้ว่าราชการ") == [["สมชาย", "จันทร์"]])
    }

    @Test("a name cut into words is rejoined when the whole is known")
    func cutNames() {
        func people(_ text: String) -> [[String]] {
            StructureExtractor().extract(text).people.map { [$0.given, $0.family ?? ""] }
        }
        let known = KnownNames.shared
        #expect(known.isOfficial(given: "อาคม", family: "เติมพิทยาไพสิฐ") && known.families.contains("ชินวัตร"))
        // A family name cut by a line break or by spaces, a given name cut: the whole is an official's name.
        #expect(people("การประชุมโดยมีนายอาคม เติม\nพิทยาไพสิฐ เป็นประธาน") == [["อาคม", "เติมพิทยาไพสิฐ"]])
        #expect(people("ร่วมกับ นายธนกร วัง บุญ คงชนะ โฆษก") == [["ธนกร", "วังบุญคงชนะ"]])
        #expect(people("พร้อมด้วย นายณัฐ พล รังสิตพล ปลัด") == [["ณัฐพล", "รังสิตพล"]])
        // A listed family name whose first piece is not one.
        #expect(people("นางสาวแพทองธาร ชิน วัตร นายกรัฐมนตรี") == [["แพทองธาร", "ชินวัตร"]])
        // Not joined: an unknown whole, a family name that is known alone, the next words of the sentence.
        #expect(people("นายสมชาย ใจดี มาก ขึ้น") == [["สมชาย", "ใจดี"]])
        #expect(people("นายสมปอง เติม\nน้ำมันให้") == [["สมปอง", "เติม"]])
        #expect(people("นายอาคม เติมพิทยาไพสิฐ ทอง") == [["อาคม", "เติมพิทยาไพสิฐ"]], "a whole known name takes nothing more")
        // A given name cut after its title, blank lines between (a table's cells through pdftotext).
        #expect(people("ประกอบด้วย นางสาวอัยริ\n\n\nนทร์ พันธุ์ฤทธิ์ ผู้อำนวยการ") == [["อัยรินทร์", "พันธุ์ฤทธิ์"]])
        // In a criteria table's narrow cells: a family name wrapped twice, a given name wrapped with its family name after.
        func responsible(_ lines: [String]) -> [String] { CriteriaExtractor().criteria(in: lines).first?.responsible ?? [] }
        #expect(responsible(["ข้อ ตัวชี้วัด ผู้รับผิดชอบ", "๑ มีการจัดทำแผน นายเอกนิติ", "นิติทัณฑ์ประ", "ภาศ", "๒ มีผล"])
                == ["เอกนิติ นิติทัณฑ์ประภาศ"])
        #expect(responsible(["ข้อ ตัวชี้วัด ผู้รับผิดชอบ", "๑ มีการจัดทำแผน นางสาวอัยริ", "นทร์ พันธุ์ฤทธิ์", "๒ มีผล"])
                == ["อัยรินทร์ พันธุ์ฤทธิ์"])
        #expect(responsible(["ข้อ ตัวชี้วัด ผู้รับผิดชอบ", "๑ มีการจัดทำแผน นางสาวสมศรี", "ใจดี มาก", "๒ มีผล"]) != ["สมศรีใจดี มาก"],
                "two words nobody listed together are no name")
        // A space moved into the given name; a table's cells scattered column by column by pdftotext.
        #expect(people("ซึ่งมีนายอาคมเติม พิทยาไพสิฐ รัฐมนตรี") == [["อาคม", "เติมพิทยาไพสิฐ"]])
        #expect(people("นายอนุชา สะสม\nผู้อำนวยการ\nเจริญเลิศ\nทรัพย์\nรองผู้ว่าราชการ") == [["อนุชา", "สะสมทรัพย์"]])
        #expect(people("นายสมชาย ใจ\nผู้อำนวยการ\nดี\nรองผู้ว่าราชการ") == [["สมชาย", "ใจ"]], "an unknown whole is not looked for")
        // A name a criteria table's narrow cell wrapped is one person too, not only an assignee;
        // a column heading under it is no piece of it.
        let table = "ข้อ ตัวชี้วัด ผู้รับผิดชอบ\n๑ มีการจัดทำแผน นายธานี แสง\n\nรัตน์\n๒ มีผล นายปฐมพงษ์\nผู้รับผิดชอบ"
        #expect(people(table).contains(["ธานี", "แสงรัตน์"]) && !people(table).contains(["ธานี", "แสง"]))
        #expect(!people(table).contains(["ปฐมพงษ์", "ผู้รับผิดชอบ"]))
    }

    @Test("Thai number words, and what is not one")
    func numberWords() {
        func value(_ text: String) -> Double? { ThaiNumberWords.value(of: Array(text.unicodeScalars)[...]) }
        #expect(value("ห้าหมื่น") == 50_000)
        #expect(value("สองร้อยยี่สิบเอ็ด") == 221)
        #expect(value("หนึ่งล้านห้าแสน") == 1_500_000)
        #expect(value("สิบ") == 10)
        #expect(value("สาม") == nil, "a digit word alone")
        #expect(value("ห้ามิให้") == nil)
    }

    @Test("a criteria table whose cells PDF extraction wrote a line each, blank lines between")
    func criteriaCellsOnLinesOfTheirOwn() throws {
        let text = ["คำสั่งกระทรวงการท่องเที่ยวและกีฬา", "ข้อ ตัวชี้วัด/เกณฑ์การประเมิน ผู้กำกับดูแล ผู้รับผิดชอบ",
                    "1 จัดทำแผนการท่องเที่ยว", "", "นายสมชาย", "", "ใจดี", "", "นายสมศักดิ์", "", "รักไทย",
                    "2 ติดตามผลการดำเนินงาน", "นางสาวสมหญิง", "", "มั่นคง", "นายสมชาย", "ใจดี",
                    "สั่ง ณ วันที่ 4 ธันวาคม พ.ศ. 2566"].joined(separator: "\n")
        let criteria = StructureExtractor().extract(text).criteria
        #expect(criteria.map(\.id) == ["1", "2"])
        #expect(criteria.map(\.line) == [3, 12], "lines are the input's, blank lines counted")
        let first = try #require(criteria.first), second = try #require(criteria.last)
        #expect(first.supervisors == ["สมชาย ใจดี"] && first.responsible == ["สมศักดิ์ รักไทย"])
        #expect(second.supervisors == ["สมหญิง มั่นคง"] && second.responsible == ["สมชาย ใจดี"])
    }

    @Test("criteria come only from criteria tables: not from member lists, budget tables or after the signature")
    func criteriaOnlyInCriteriaTables() {
        let order = """
            คำสั่งสำนักงานตัวอย่าง
            ๑. นายสมชาย ใจดี ประธานกรรมการ
            ๒. นางสาวสมหญิง รักงาน กรรมการ
            ลำดับ\tรายการ\tจำนวนเงิน (บาท)
            ๑\tโครงการอบรม\t๑๒,๐๐๐
            """
        #expect(StructureExtractor().extract(order).criteria.isEmpty)
        let withTable = order + """

            ข้อ\tตัวชี้วัด\tผู้รับผิดชอบ
            ๑.๑\tมีแผนปฏิบัติการ\tนายสมชาย ใจดี
            ๑.๒\tมีรายงานผล\tนางสาวสมหญิง รักงาน
            สั่ง ณ วันที่ ๑ ตุลาคม ๒๕๖๖
            ๑. สำเนาแจ้งผู้เกี่ยวข้อง
            """
        #expect(StructureExtractor().extract(withTable).criteria.map(\.id) == ["1.1", "1.2"])
    }

    @Test("a heading row names two columns of a criteria table; a sentence or a budget table does not")
    func criteriaHeadingRows() {
        let tables = CriteriaTables()
        #expect(tables.isHeadingRow("ผู้กำกับดูแล ผู้รับผิดชอบ"))
        #expect(tables.isHeadingRow("ข้อ\tตัวชี้วัด\tเกณฑ์การประเมิน\tคะแนน"))
        #expect(tables.isHeadingRow("ข้อที่  ประเด็นการประเมิน  ระดับ"))
        #expect(!tables.isHeadingRow("ข้อความ ตัวชี้วัด"), "ข้อความ is not the column ข้อ")
        #expect(!tables.isHeadingRow("ลำดับ\tรายการ\tจำนวนเงิน (บาท)"))
        #expect(!tables.isHeadingRow("ผู้รับผิดชอบการประเมินจึงได้รายงานผล ต่อผู้บริหาร เพื่อทราบ และพิจารณา"))
        #expect(tables.lines(in: ["๑. นายสมชาย", "เกณฑ์ด้านกายภาพ จำนวน ๑๕ ข้อ", "๑.๑ มีป้าย", "สั่ง ณ วันที่ ๑"])
            == [false, true, true, false])
    }

    /// The benchmark's generated criteria forms (their facts list the criteria).
    static let criteriaForms: Set<String> = {
        let folder = Repository.root.appending(path: "corpus/benchmark/paperwork")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(files.filter { file in
            guard let data = try? Data(contentsOf: folder.appending(path: file)),
                  let facts = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
            return facts["criteria"] != nil
        }.map { String($0.dropLast(".json".count)) })
    }()

    @Test("no criteria from the benchmark's clean passages without a criteria table")
    func noCriteriaOutsideTables() throws {
        let folder = Repository.root.appending(path: "corpus/benchmark/gold")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count > 200)
        #expect(Self.criteriaForms.count >= 16)
        let extractor = StructureExtractor()
        for file in files where !Self.criteriaForms.contains(String(file.dropLast(".txt".count))) {
            let text = try String(contentsOf: folder.appending(path: file), encoding: .utf8)
            #expect(extractor.extract(text).criteria.isEmpty, "\(file)")
        }
    }

    @Test("the criteria of the benchmark's generated forms, read from their clean text, are the forms' ids")
    func criteriaOfGeneratedForms() throws {
        let extractor = StructureExtractor()
        for form in Self.criteriaForms.sorted() {
            let facts = try JSONSerialization.jsonObject(with: Data(contentsOf: Repository.root.appending(
                path: "corpus/benchmark/paperwork/\(form).json"))) as! [String: Any]
            let want = (facts["criteria"] as! [[String: Any]]).map { $0["id"] as! String }
            let text = try String(contentsOf: Repository.root.appending(path: "corpus/benchmark/gold/\(form).txt"), encoding: .utf8)
            #expect(extractor.extract(text).criteria.map(\.id) == want, "\(form)")
        }
    }

    @Test("a criteria row is read by the columns its table's heading names")
    func criteriaByColumns() {
        let lines = [
            "ลำดับ\tตัวชี้วัด\tคะแนนเต็ม\tระดับ\tผู้กำกับดูแล\tผู้ปฏิบัติ",
            "๑\tมีแผนงานประจำปี\t\tขั้นพื้นฐาน\tนายสมชาย ใจดี\t",
            "๑.๑\tมีการประชุมชี้แจง\t๓\tขั้นพื้นฐาน\t\tนางสาวสมศรี ดีงาม นายมานะ อดทน",
            "๒\tมีการติดตามผล\t๕\tก้าวหน้า\tนายปรีชา เก่งกาจ\tนายวิชัย ชนะศึก",
            "- ๒ -",
            "สั่ง ณ วันที่ ๑ มกราคม พ.ศ. ๒๕๖๗",
        ]
        let criteria = CriteriaExtractor().criteria(in: lines)
        #expect(criteria.map(\.id) == ["1", "1.1", "2"])
        #expect(criteria[0].supervisors == ["สมชาย ใจดี"] && criteria[0].responsible.isEmpty,
                "a parent row keeps its own names: none responsible")
        #expect(criteria[1].supervisors == ["สมชาย ใจดี"], "an empty supervisor cell is merged with the parent's")
        #expect(criteria[1].responsible == ["สมศรี ดีงาม", "มานะ อดทน"])
        #expect(criteria[1].points == 3 && criteria[2].points == 5 && criteria[0].points == nil)
        #expect(criteria.map(\.level) == [.basic, .basic, .advanced])
        #expect(criteria[2].supervisors == ["ปรีชา เก่งกาจ"] && criteria[2].responsible == ["วิชัย ชนะศึก"])
        #expect(criteria[1].text == "มีการประชุมชี้แจง")
        #expect(criteria[2].text == "มีการติดตามผล", "a row read by its cells ends with its criterion cell")
    }

    @Test("a table with only a responsible column names no supervisor; a part row gives points per item")
    func criteriaResponsibleOnlyAndParts() {
        let lines = [
            "ข้อ\tเกณฑ์การประเมิน\tผู้รับผิดชอบ",
            "ส่วนที่ ๑ เกณฑ์ขั้นพื้นฐาน ข้อละ ๒ คะแนน",
            "๑\tมีแผนงาน\tนายสมชาย ใจดี",
            "ส่วนที่ ๒ เกณฑ์ขั้นก้าวหน้า ข้อละ ๓ คะแนน",
            "๒\tมีผลงาน\tนายมานะ อดทน นางสมศรี ดีงาม",
        ]
        let criteria = CriteriaExtractor().criteria(in: lines)
        #expect(criteria.map(\.id) == ["1", "2"])
        #expect(criteria.allSatisfy { $0.supervisors.isEmpty })
        #expect(criteria[1].responsible == ["มานะ อดทน", "สมศรี ดีงาม"])
        #expect(criteria.map(\.points) == [2, 3])
        #expect(criteria.map(\.level) == [.basic, .advanced])
    }

    @Test("read line by line: a number out of sequence is another column's cell (the points), not an item")
    func criteriaOutOfSequenceNumbers() {
        let lines = [
            "ข้อ ประเด็นการประเมิน คะแนน ผู้ปฏิบัติ",
            "๑ มีแผนงานประจำปี",
            "๕ นายสมชาย ใจดี",
            "๒ มีการรายงานผล",
            "๑๐ นายมานะ อดทน",
            "๓ มีการติดตาม",
        ]
        let criteria = CriteriaExtractor().criteria(in: lines)
        #expect(criteria.map(\.id) == ["1", "2", "3"])
        #expect(criteria.map(\.points) == [5, 10, nil])
        #expect(criteria.map(\.text) == ["มีแผนงานประจำปี", "มีการรายงานผล", "มีการติดตาม"], "a points cell is not text")
        let equal = CriteriaExtractor().criteria(in: [
            "ข้อ ประเด็นการประเมิน คะแนน ผู้ปฏิบัติ", "๑ มีแผนงานประจำปี", "๒ นายสมชาย ใจดี", "๒ มีการรายงานผล",
            "๓ นายมานะ อดทน", "๓ มีการติดตาม", "๕ นายปรีชา เก่งกาจ",
        ])
        #expect(equal.map(\.id) == ["1", "2", "3"], "a number before a name in a points table is the points cell")
        #expect(equal.map(\.points) == [2, 3, 5])
        #expect(criteria[0].responsible == ["สมชาย ใจดี"] && criteria[0].supervisors.isEmpty)
        let numbers = [1, 2, 4, 5].map { ItemNumber(components: [$0]) }
        #expect(CriteriaExtractor.outOfSequence(numbers).isEmpty, "a number OCR lost (3) does not drop the 4")
        let moved = [1, 3, 2].map { ItemNumber(components: [$0]) }
        #expect(CriteriaExtractor.outOfSequence(moved).isEmpty, "a row PDF extraction moved is still an item")
    }

    @Test("numbered lists outside criteria tables: runs of following numbers; a ๑ starts a new one")
    func numberedLists() {
        let lines = [
            "ประกอบด้วย", "๑. นายสมชาย ใจดี ประธาน", "๑.๑ ที่ปรึกษา", "๑.๒ ผู้ช่วย", "๒. นายมานะ อดทน กรรมการ",
            "ข้อความอื่น", "๑) จัดทำแผน", "๒) รายงานผล",
            "๕ นายปรีชา เก่งกาจ", "๑\tโครงการ\t๑๐๐", "๒\tโครงการ\t๒๐๐",
            "ข้อ\tตัวชี้วัด", "๑.\tมีแผน", "๒.\tมีผล",
        ]
        let criteria = [Bool](repeating: false, count: 11) + [true, true, true]
        let lists = ListExtractor().lists(in: lines, criteria: criteria)
        #expect(lists.count == 2)
        #expect(lists[0].line == 2 && lists[0].style == .tree && lists[0].items.map(\.id) == ["1", "1.1", "1.2", "2"])
        #expect(lists[0].items[0].text == "นายสมชาย ใจดี ประธาน" && lists[0].items[0].idText == "๑")
        #expect(lists[1].style == .paren && lists[1].items.map(\.line) == [7, 8])
        let restart = ListExtractor().lists(in: ["๑. ก่อน", "๒. หลัง", "๑. ใหม่", "๒. อีก"], criteria: [])
        #expect(restart.map { $0.items.count } == [2, 2], "a ๑ starts a new list")
        #expect(ListExtractor().lists(in: ["๑. เดียว", "ข้อความ"], criteria: []).isEmpty, "one item is no list")
    }

    @Test("numbering restarts in a new part: its ๑ with sub-items is a criterion")
    func criteriaRestartInNewPart() {
        let criteria = CriteriaExtractor().criteria(in: [
            "ข้อ\tตัวชี้วัด\tผู้รับผิดชอบ", "ส่วนที่ ๑ เกณฑ์ขั้นพื้นฐาน", "๑\tมีแผน\tนายสมชาย ใจดี", "๒\tมีผล\tนายมานะ อดทน",
            "ส่วนที่ ๒ เกณฑ์ขั้นก้าวหน้า", "๑\tมีการติดตาม\tนายปรีชา เก่งกาจ", "๑.๑\tรายงาน\tนายวิชัย ชนะศึก",
        ])
        #expect(criteria.map(\.id) == ["1", "2", "1", "1.1"])
        #expect(criteria[3].parent == "1" && criteria[3].level == .advanced)
        // A family name longer than four letters is not the first piece of a wrapped one; a short one is.
        let whole = CriteriaExtractor().criteria(in: ["ข้อ ตัวชี้วัด ผู้รับผิดชอบ", "๑ มีการจัดทำแผน นายสมชาย ศรีสุข", "ติดตาม", "๒ มีผล"])
        #expect(whole.first?.responsible == ["สมชาย ศรีสุข"])
        let wrapped = CriteriaExtractor().criteria(in: ["ข้อ ตัวชี้วัด ผู้รับผิดชอบ", "๑ มีการจัดทำแผน นายธานี แสง", "รัตน์", "๒ มีผล"])
        #expect(wrapped.first?.responsible == ["ธานี แสงรัตน์"])
        let form = StructureExtractor().extract("แบบประเมินผล\nหน่วยงานที่รับการประเมิน กองคลัง").header
        #expect(form.issuer == nil, "หน่วยงานที่… is not the label หน่วยงาน")
    }

    /// A criteria table as pdftotext -layout writes it: cells in columns of spaces, names
    /// wrapped in narrow cells, a position under a name, a name squeezed against the text
    /// before it, a page laid out a few places apart, and the body going on after the table.
    @Test("a table laid out in columns is read column by column (LayoutColumns)")
    func criteriaLaidOutInColumns() {
        let lines = [
            "ข้อ     ตัวชี้วัด              ผู้กำกับดูแล        ผู้รับผิดชอบ",
            "๑       มีแผนงานประจำปี        นายธานี แสง        นายจวน จัน",
            "        ของหน่วยงาน            รัตน์              เครื่อง",
            "                                                  ผู้อำนวยการกอง",
            "๑.๑     จัดทำรายงาน                               นายสมพงษ์ มีชัย",
            "                                                  รองอธิบดี",
            "        และเผยแพร่รายงานการประชุมประจำไตรมาสทุกรอบอย่างครบถ้วน",
            "๒       ติดตามผลการดำเนินงาน นายสมศักดิ์ ใจ นายปรีชา ทอง",
            "        ทุกไตรมาส              ดี                 คำ",
            "\u{0C}๓    ประเมินผล           นายวิชัย ชนะ   นายมานะ อดทน",
            "                         ศึก",
            "      นายประยุทธ์ ใจกว้าง กล่าวว่า การประเมินครั้งนี้จะช่วยให้หน่วยงานทำงานได้ดีขึ้น",
        ]
        let criteria = CriteriaExtractor().criteria(in: lines)
        #expect(criteria.map(\.id) == ["1", "1.1", "2", "3"])
        #expect(criteria.map(\.supervisors) == [["ธานี แสงรัตน์"], ["ธานี แสงรัตน์"], ["สมศักดิ์ ใจดี"], ["วิชัย ชนะศึก"]])
        #expect(criteria.map(\.responsible) == [["จวน จันเครื่อง"], ["สมพงษ์ มีชัย"], ["ปรีชา ทองคำ"], ["มานะ อดทน"]],
                "a position under a name is not its family name; a row's text across the name columns does not end the table, the body after it does")
        // Blank lines between the rows (pdftotext writes them) change nothing but the line numbers:
        // the reading done once for people serves the criteria in the document's numbering.
        let blanked = StructureExtractor().extract(lines.joined(separator: "\n\n")).criteria
        #expect(blanked.map(\.responsible) == criteria.map(\.responsible) && blanked.map(\.supervisors) == criteria.map(\.supervisors))
        #expect(blanked.map(\.line) == criteria.map { 2 * $0.line - 1 })
        // People are read by the columns too: whole, once, on the line of the title.
        let people = StructureExtractor().extract(lines.joined(separator: "\n")).people
        #expect(people.first { $0.given == "ธานี" }.map { ($0.fullName, $0.lines) } ?? ("", []) == ("ธานี แสงรัตน์", [2]))
        #expect(!people.contains { $0.family == "แสง" || $0.family == "จัน" || $0.family == "ชนะ" })
        // A heading row not laid out in columns leaves the table to the line-by-line reading.
        let spaced = LayoutColumns().read(["ข้อ ตัวชี้วัด ผู้รับผิดชอบ", "๑ มีแผน นายธานี แสง", "รัตน์"].map { Array($0.unicodeScalars) },
                                          layouts: [["id", "criterion", "responsible"], ["id", "criterion", "responsible"], ["id", "criterion", "responsible"]])
        #expect(spaced.read.isEmpty)
        // The points column: a number squeezed against the text before it, or on its own; not a
        // number that ends the criterion's text far from the column.
        let scored = CriteriaExtractor().criteria(in: [
            "ข้อ     ประเด็นการประเมิน                คะแนน        ผู้ปฏิบัติ",
            "๑       ส่งรายงานผลการดำเนินงานทุกไตรมาส ๕           นายธานี แสงรัตน์",
            "๒       จัดประชุม ๔                        ๑๐         นายจวน จันเครื่อง",
            "๓       มีการประชุมคณะทำงาน ๒                         นายสมพงษ์ มีชัย",
        ])
        #expect(scored.map(\.points) == [5, 10, nil])
        #expect(scored.map(\.responsible) == [["ธานี แสงรัตน์"], ["จวน จันเครื่อง"], ["สมพงษ์ มีชัย"]])
        // Two headings one space apart (the first filled its cell) are two columns.
        let headingsSqueezed = CriteriaExtractor().criteria(in: [
            "ที่    ตัวชี้วัด/เกณฑ์การประเมิน ผู้กำกับดูแล      ผู้รับผิดชอบ",
            "๑          มีแผนงานประจำปีของหน่วยงาน   นายธานี แสง นายจวน จัน",
            "           และเผยแพร่                   รัตน์        เครื่อง",
            "๒          จัดทำรายงานการประชุม         นายสมชาย ดี  นายปรีชา ทองคำ",
            "๓          ติดตามผลการดำเนินงาน         นายสมชาย ดี  นางสาวสม",
            "                                                     ศรี ใจงาม",
        ])
        #expect(headingsSqueezed.map(\.supervisors) == [["ธานี แสงรัตน์"], ["สมชาย ดี"], ["สมชาย ดี"]])
        #expect(headingsSqueezed.map(\.responsible) == [["จวน จันเครื่อง"], ["ปรีชา ทองคำ"], ["สมศรี ใจงาม"]],
                "a given name the cell wrapped before the family name (`นางสาวสม` / `ศรี ใจงาม`) is read whole")
        #expect(CriteriaTables().splitAtHeadings("ตัวชี้วัด/เกณฑ์การประเมิน ผู้กำกับดูแล") == ["ตัวชี้วัด/เกณฑ์การประเมิน", "ผู้กำกับดูแล"])
        #expect(CriteriaTables().splitAtHeadings("ลำดับ ที่") == ["ลำดับ ที่"], "only a column of people is split off")
        #expect(OfficialPositions.shared.startsPosition(Array("ผู้อำนวยการกอง".unicodeScalars)[...]))
        #expect(!OfficialPositions.shared.startsPosition(Array("วงศ์".unicodeScalars)[...]))
    }

    /// Level cells as pdftotext -layout writes them: wrapped in a narrow column, squeezed one
    /// space after a full text cell, with and without name columns.
    @Test("the level column of a table laid out in columns is read by position")
    func levelsLaidOutInColumns() {
        let named = CriteriaExtractor().criteria(in: [
            "    ข้อ          ตัวชี้วัด               ระดับ        ผู้รับผิดชอบ",
            "                                       เกณฑ์",
            "1      รวมทั้งการเผาไหม้ของเครื่องยนต์   ขั้นพื้น     นายธานี แสงรัตน์",
            "       และภาคอุตสาหกรรมต่าง             ฐาน",
            "2      ทุกหน่วยงานดำเนินมาตรการ          ขั้นสูง      นายจวน จันเครื่อง",
            "3      ป้องกันและลดปัญหาหมอกควัน                      นายสมพงษ์ มีชัย",
        ])
        #expect(named.map(\.level) == [.basic, .advanced, nil])
        #expect(named.map(\.responsible) == [["ธานี แสงรัตน์"], ["จวน จันเครื่อง"], ["สมพงษ์ มีชัย"]])
        #expect(!named[0].text.contains("ขั้น") && !named[0].text.contains("ฐาน"), "the level cell is no part of the text")
        let unnamed = CriteriaExtractor().criteria(in: [
            "    ข้อที่               เกณฑ์การประเมิน                     ระดับ",
            "๑            เพื่อนำเงินมาหมุนเวียน (๑ คะแนน)            ขั้นสูง",
            "๒            โดยในปัจจุบันมีสถาบันทางการเงินเข้ามาสนับ ขั้นพื้นฐาน",
            "             สนุนโครงการ (๒ คะแนน)",
            "๓            โครงสร้างพื้นฐานของหน่วยงาน (๒ คะแนน)",
            "วันที่ 25 มีนาคม 2567 นายสมชาย ใจดี โฆษกกระทรวง กล่าวว่า",
        ])
        #expect(unnamed.allSatisfy { $0.responsible.isEmpty && $0.supervisors.isEmpty },
                "a heading laid out in cells that names no column of people: the body's name after the table is no assignee")
        #expect(unnamed.map(\.level) == [.advanced, .basic, nil],
                "a level squeezed against the text is the column's; a level word inside the text column is not")
        #expect(unnamed.map(\.points) == [1, 2, 2])
        // A points column without name columns, read by position (`… ทั้งจาก ๓`), not a number
        // that ends the text far from the column.
        let pointed = CriteriaExtractor().criteria(in: [
            "    ข้อ                    ตัวชี้วัด               ค่าคะแนน",
            "๑         ซึ่งแสดงให้เห็นถึงความพร้อมของ           ๘",
            "          ประเทศไทยในการอำนวยความสะดวก",
            "๑.๑       เป็นหน่วยงานชั้นนำอันดับ ๑               ๔",
            "๑.๒       มีการประชุมคณะทำงานทุกไตรมาสทั้งจาก ๔",
            "๒         จัดประชุม ๒",
        ])
        #expect(pointed.map(\.points) == [8, 4, 4, nil])
    }

    @Test("markers take their level from the document's note; a symbol inside the text is no marker")
    func criteriaMarkers() {
        let lines = [
            "ข้อ\tตัวชี้วัด",
            "๑\tมีแผนงาน (ข)",
            "๒\tมีผลงาน (ค)",
            "๓\tมีรายงาน ^ ฉบับ",
            "หมายเหตุ (ข) หมายถึง เกณฑ์ขั้นพื้นฐาน (ค) หมายถึง เกณฑ์ขั้นก้าวหน้า",
        ]
        let criteria = CriteriaExtractor().criteria(in: lines)
        #expect(criteria.map(\.level) == [.basic, .advanced, nil])
        var levels = CriteriaLevels()
        #expect(levels.headingLevel(in: "ส่วนที่ ๑ โครงสร้างพื้นฐาน") == nil)
        #expect(levels.headingLevel(in: "ส่วนที่ ๑ เกณฑ์พื้นฐาน") == .basic)
        levels.learnMarkers(from: ["* หมายถึง เกณฑ์ขั้นสูง"])
        #expect(levels.marked("มีแผนงานประจำปี *") == .advanced)
    }

    @Test func tables() throws {
        let text = "หัวข้อ\n\tเกณฑ์\tผล\n๐ คะแนน\tไม่มี<br>การ&nbsp;ดำเนินการ\t\nระดับที่ ๓ ๑๒ คะแนน\t<p><u>มี</u>แผน</p>\t<a href=\"x\">ลิงก์</a>\nจบ"
        let structure = StructureExtractor().extract(text)
        let table = try #require(structure.tables.first)
        #expect(table.line == 2)
        #expect(table.rows == [["", "เกณฑ์", "ผล"], ["๐ คะแนน", "ไม่มี การ ดำเนินการ", ""], ["ระดับที่ ๓ ๑๒ คะแนน", "มี แผน", "ลิงก์"]])
        #expect(structure.criteria.map(\.id) == ["level-0", "level-3"])
        #expect(structure.criteria.map(\.points) == [0, 12])
    }

    /// Cell text collapses spaces on scalars; its definition is on characters (a space
    /// followed by a mark is one character, not a space).
    @Test("cell spaces collapse as splitting the characters at spaces would")
    func cellSpacesMatchCharacterSplitting() {
        let pieces: [String] = [" ", " ", "\u{A0}", "ก", "ที่", "\u{0E48}", "\u{0E33}", "\u{0E32}", "a", "1", "\u{0301}",
                                "\u{200D}", "\u{FE0F}", "\u{093F}", "\u{0600}", "(", "๑"]
        var generator = SeededGenerator(seed: 2026)   // reproducible
        for _ in 0..<3_000 {
            let cell = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let byCharacters = cell.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ")
            let collapsed = TableExtractor.collapsingSpaces(cell)
            #expect(collapsed.unicodeScalars.elementsEqual(byCharacters.unicodeScalars),
                    "\(cell.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(TableExtractor.collapsingSpaces("") == "")
        #expect(TableExtractor.cellText("ก  \u{A0}ข ") == "ก ข")
        #expect(TableExtractor.cellText("ก \u{0E48}ข") == "ก \u{0E48}ข")
    }
}

@Suite("Document forms (mappings/document-forms.tsv)")
struct DocumentFormsTests {
    @Test("kinds, field labels, signing phrases and table furniture load from the mapping file")
    func forms() {
        let forms = DocumentForms.shared
        #expect(forms.kind(of: "คำสั่งสำนักงานเขตพื้นที่การศึกษา")?.kind == .order)
        #expect(forms.kind(of: "บันทึกข้อความ")?.kind == .memo)
        #expect(forms.kind(of: "แบบรายงานผลการดำเนินงาน")?.kind == .assessment)
        #expect(forms.kind(of: "ตามที่") == nil)
        #expect(forms.label(of: .subject) == "เรื่อง")
        #expect(DocumentForms.Field.allCases.allSatisfy { !forms.label(of: $0).isEmpty })
        #expect(forms.signingPhrases.contains("สั่ง ณ"))
        #expect(forms.tableFurniture.contains("ผู้กำกับดูแล"))
        #expect(forms.criteriaHeadings.contains { $0 == ("ผู้รับผิดชอบ", "responsible") })
        let id = forms.criteriaHeadings.map(\.words)
        #expect(id.firstIndex(of: "ข้อที่")! < id.firstIndex(of: "ข้อ")!, "longer words first")
    }

    @Test("a signing line is read with its tone marks dropped or swapped by OCR, not with other letters")
    func signingLineAsideTones() {
        let forms = DocumentForms.shared
        for line in ["สั่ง ณ วันที่ ๒ มีนาคม พ.ศ. ๒๕๖๗", "สัง ณ วันที ๒ มีนาคม", "สั้ง ณ วันที่ 2 มีนาคม 2567", "ให้ไว ณ วันที่ ๑"] {
            #expect(forms.isSigned(line), "\(line)")
        }
        for line in ["สังข์ ณ", "สั่งการ ณ วันที่", "วันที่ ๒ มีนาคม", "สั่ง", ""] {
            #expect(!forms.isSigned(line), "\(line)")
        }
        // The order's date and the end of its criteria table are read from such a line.
        let text = "คำสั่งกรมการจัดหางาน\nที่ ๑๒/๒๕๖๗\nเรื่อง มอบหมายงาน\nสั้ง ณ วันที่ ๒ มีนาคม พ.ศ. ๒๕๖๗\n(นายสมชาย ใจดี)\nอธิบดีกรมการจัดหางาน"
        #expect(StructureExtractor().extract(text).header.date?.iso == "2024-03-02")
    }
}

/// The people `extract` finds in `text`, each as [title, given, family] ("" where absent).
private func people(_ text: String) -> [[String]] {
    StructureExtractor().extract(text).people.map { [$0.title ?? "", $0.given, $0.family ?? ""] }
}

@Suite("Table totals")
struct TableTotalTests {
    let totals = TableTotals()

    func table(_ text: String) -> Table {
        let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        return totals.checked(Table(line: 3, rows: rows))
    }

    @Test("a total row's cells are aligned right and checked against the rows above")
    func totalsAgree() throws {
        let budget = table("ลำดับ\tรายการ\tจำนวนเงิน (บาท)\n๑\tโครงการ ก\t๒๒,๐๐๐\n๒\tโครงการ ข\t๒๘,๑๔๙\n๓\tโครงการ ค\t๑๐,๐๐๐,๐๐๐\nรวม\t๑๐,๐๕๐,๑๔๙")
        #expect(budget.numbers[1] == [1, nil, 22_000] && budget.numbers[0] == [nil, nil, nil])
        let total = try #require(budget.totals.first)
        #expect(budget.totals.count == 1 && total.column == 2 && total.line == 7)
        #expect(total.value == 10_050_149 && total.sum == 10_050_149 && total.count == 3 && total.problem == nil)
        // Decimals agree within half a unit of the last place per row; `รวมทั้งสิ้น (ล้านบาท)` is a total.
        let rounded = table("ก\t33.3\nข\t33.3\nค\t33.3\nรวมทั้งสิ้น (ร้อยละ)\t100.0")
        #expect(rounded.totals.first?.problem == nil)
    }

    @Test("a total that differs from its rows is a problem, with both figures")
    func totalsDisagree() throws {
        let misread = table("ก\t1,000\nข\t2,500\nรวม\t3,600")
        let total = try #require(misread.totals.first)
        #expect(total.sum == 3_500 && total.value == 3_600)
        #expect(total.problem?.contains("3,500") == true && total.problem?.contains("3,600") == true)
        #expect(table("ก\t1,000\nข\t2,500\nรวม\t3,501").totals.first?.problem != nil, "whole numbers agree exactly")
    }

    @Test("subtotals, and what is no total")
    func subtotalsAndNonTotals() {
        let nested = table("ก\t1\nข\t2\nรวม\t3\nค\t4\nง\t5\nรวม\t9\nรวมทั้งสิ้น\t12")
        #expect(nested.totals.map(\.value) == [3, 9, 12] && nested.totals.allSatisfy { $0.problem == nil })
        #expect(nested.totals.map(\.count) == [2, 2, 4])
        // A project whose name starts with รวม, one row above, or no number: nothing checked.
        #expect(table("ก\t1\nข\t2\nรวมพลังชุมชน\t3").totals.isEmpty)
        #expect(table("ก\t1\nรวม\t1").totals.isEmpty)
        #expect(table("ก\t1\nข\t2\nรวม\t-").totals.isEmpty)
    }
}
