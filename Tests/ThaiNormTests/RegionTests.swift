import Foundation
import Testing
@testable import ThaiNorm

@Suite("Document regions")
struct RegionTests {
    func regions(_ text: String) -> [[String]] {
        StructureExtractor().extract(text).regions.map { [$0.kind.rawValue, "\($0.line)", "\($0.endLine)"] }
    }

    /// Every line once, in order: the regions of `text` cover lines 1…n without gaps.
    func covers(_ text: String) -> Bool {
        let found = StructureExtractor().extract(text).regions
        let lines = Lines.scalarLines(text).lines
        let count = lines.last?.isEmpty == true && lines.count > 1 ? lines.count - 1 : lines.count
        guard let first = found.first, let last = found.last else { return text.isEmpty }
        return first.line == 1 && last.endLine == count
            && zip(found, found.dropFirst()).allSatisfy { $0.endLine + 1 == $1.line && $0.kind != $1.kind }
            && found.allSatisfy { $0.line <= $0.endLine }
    }

    @Test("an order: header, list, table, body, signature block")
    func order() {
        let text = """
            คำสั่งกรมทดสอบระบบ
            ที่ ๑๒/๒๕๖๗
            เรื่อง แต่งตั้งคณะทำงาน
            ด้วยกรมทดสอบระบบเห็นสมควรแต่งตั้งคณะทำงานเพื่อดำเนินการตรวจสอบการจัดซื้อจัดจ้างให้เป็นไปด้วยความเรียบร้อย
            ๑. นายสมชาย ใจดี ประธาน
            ๒. นายสมศักดิ์ รักงาน กรรมการ
            ลำดับ\tรายการ\tจำนวนเงิน (บาท)
            ๑\tค่าวัสดุ\t๑๒,๐๐๐
            ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป

            สั่ง ณ วันที่ ๓ มกราคม พ.ศ. ๒๕๖๗

            (นายสมปอง ทดสอบ)
            อธิบดีกรมทดสอบระบบ

            """
        #expect(regions(text) == [["header", "1", "3"], ["body", "4", "4"], ["list", "5", "6"], ["table", "7", "8"],
                                  ["body", "9", "10"], ["signature", "11", "14"]])
        #expect(covers(text))
        #expect(StructureExtractor().extract(text).header.subject == "แต่งตั้งคณะทำงาน", "the long paragraph is no wrapped subject line")
    }

    @Test("a subject's wrapped line is still the subject")
    func wrappedSubject() {
        let text = "ประกาศกรมทดสอบ\nเรื่อง หลักเกณฑ์และวิธีการคัดเลือกบุคคลเพื่อ\nแต่งตั้งให้ดำรงตำแหน่งผู้อำนวยการกอง\nในสังกัดกรมทดสอบ"
        #expect(StructureExtractor().extract(text).header.subject
                == "หลักเกณฑ์และวิธีการคัดเลือกบุคคลเพื่อ แต่งตั้งให้ดำรงตำแหน่งผู้อำนวยการกอง ในสังกัดกรมทดสอบ",
                "wrapped lines no longer than the first are the subject's, up to a blank line")
        #expect(regions(text) == [["header", "1", "4"]])
    }

    @Test("an Act's note of reasons is an annex, also when its words break over two lines")
    func annex() {
        let text = """
            มาตรา ๓ ให้รัฐมนตรีรักษาการตามพระราชบัญญัตินี้
            ผู้รับสนองพระบรมราชโองการ
            พลเอก ประยุทธ์ จันทร์โอชา
            นายกรัฐมนตรี
            หมายเหตุ
            :- เหตุผลในการประกาศใช้พระราชบัญญัติฉบับนี้ คือ
            โดยที่เป็นการสมควรแก้ไข
            พระราชบัญญัติแก้ไขเพิ่มเติม (ฉบับที่ ๒) พ.ศ. ๒๕๓๐
            มาตรา ๔ ให้ใช้บังคับ
            """
        let found = regions(text)
        #expect(found == [["body", "1", "1"], ["signature", "2", "4"], ["annex", "5", "7"], ["header", "8", "8"], ["body", "9", "9"]],
                "the next Act's title ends the annex: \(found)")
        #expect(covers(text))
        #expect(!regions("หมายเหตุ (พ) หมายถึง เกณฑ์ขั้นพื้นฐาน\nข้อความ").contains { $0[0] == "annex" }, "a legend is no annex")
    }

    @Test("page numbers, running heads at page ends and repeated heading rows are furniture")
    func furniture() {
        let lines = ["รายงานผลการดำเนินงาน ๒๕๖๗", "ข้อความหน้าแรก", "- ๑ -", "\u{0C}รายงานผลการดำเนินงาน ๒๕๖๗", "ข้อความหน้าสอง",
                     "หน้า ๒/๓", "\u{0C}รายงานผลการดำเนินงาน ๒๕๖๗", "ข้อความหน้าสาม"]
        #expect(PageFurniture.lines(in: lines.map { Array($0.unicodeScalars) }, tables: []) == [0, 2, 3, 5, 6])
        #expect(PageFurniture.lines(in: ["รายงาน", "ข้อความ", "รายงาน"].map { Array($0.unicodeScalars) }, tables: []).isEmpty,
                "one page: no running head")
        #expect(!PageFurniture.isPageNumber(Array("๒ คน".unicodeScalars)) && !PageFurniture.isPageNumber(Array("- ๒".unicodeScalars)))
        #expect(PageFurniture.isPageNumber(Array("หน้า ๒ จาก ๕".unicodeScalars)))
        let table = "ข้อ\tรายการ\tคะแนน\n๑\tก\t๕\nข้อ\tรายการ\tคะแนน\n๒\tข\t๕"
        #expect(regions(table) == [["table", "1", "2"], ["furniture", "3", "3"], ["table", "4", "4"]])
    }

    @Test("the regions of every corpus file and benchmark passage cover its lines once, in order")
    func partition() throws {
        var files = Repository.corpusFiles()
        let gold = Repository.root.appending(path: "corpus/benchmark/gold")
        files += ((try? FileManager.default.contentsOfDirectory(at: gold, includingPropertiesForKeys: nil)) ?? []).filter {
            $0.pathExtension == "txt"
        }
        #expect(files.count > 100)
        for file in files {
            let text = try Repository.text(file)
            #expect(covers(text), "\(file.lastPathComponent)")
        }
        #expect(covers("") && covers("\n\n") && covers("ข้อความ"))
    }
}
