import Testing
@testable import ThaiNorm

@Suite("Dates")
struct DateTests {
    let parser = ThaiDateParser()

    func one(_ text: String) -> DateMention? {
        let found = parser.dates(in: text, line: 1)
        return found.count == 1 ? found[0] : nil
    }

    @Test func fullDateInBuddhistEra() throws {
        let date = try #require(one("ตามคำสั่ง ที่ ๒๓/ ๒๕๖๖ ลงวันที่ ๑๓ พฤศจิกายน ๒๕๖๖"))
        #expect(date.iso == "2023-11-13")
        #expect(date.precision == .day)
        #expect(date.text == "๑๓ พฤศจิกายน ๒๕๖๖")
        #expect(one("วันที่ 28 สิงหาคม 2566")?.iso == "2023-08-28", "Arabic digits")
        #expect(one("๑ มกราคม พ.ศ. ๒๕๖๗")?.iso == "2024-01-01")
        #expect(one("๑ ม.ค. ๒๕๖๗")?.iso == "2024-01-01", "abbreviated month")
        #expect(one("๑ ม.ค.๖๗")?.iso == "2024-01-01", "two-digit year")
    }

    @Test func christianYears() {
        #expect(one("๕ มีนาคม ค.ศ. ๒๐๒๔")?.iso == "2024-03-05")
        #expect(one("5 มีนาคม 2024")?.iso == "2024-03-05", "a year below 2400 without an era is Christian")
    }

    @Test("the old Thai year, which began on 1 April until BE 2483; พระพุทธศักราช; an era glued to ปี")
    func oldCalendarAndEras() {
        #expect(one("ให้ไว้ ณ วันที่ ๑ มกราคม พุทธศักราช ๒๔๗๕")?.iso == "1933-01-01", "January of BE 2475 is in 1933")
        #expect(one("วันที่ ๓๑ มีนาคม พ.ศ. ๒๔๘๒")?.iso == "1940-03-31")
        #expect(one("วันที่ ๑ เมษายน พ.ศ. ๒๔๘๒")?.iso == "1939-04-01", "April began the year")
        #expect(one("วันที่ ๑ มกราคม พ.ศ. ๒๔๘๔")?.iso == "1941-01-01", "BE 2484 began on 1 January")
        #expect(one("1 มกราคม ค.ศ. 1932")?.iso == "1932-01-01", "a Christian year is as written")
        #expect(one("๑๐ ธันวาคม พระพุทธศักราช ๒๔๗๕")?.iso == "1932-12-10")
        #expect(one("ปีพุทธศักราช ๒๔๘๓ ให้สิ้นสุด")?.iso == "1940")
        #expect(one("ประจำปีพ.ศ. 2567")?.iso == "2024")
        #expect(one("ที่ประชุมพ.ศ. 2567").map(\.iso) == nil, "glued to another word, an era is no year's start")
    }

    @Test("the next line with text, over at most so many blank lines")
    func nextLineWithText() {
        let lines = ["ก", "", "  ", "ข", "", "", "", "", "ค"].map { Array($0.unicodeScalars) }
        #expect(ScalarLine.nextWithText(after: 0, in: lines, overBlanks: 3) == 3)
        #expect(ScalarLine.nextWithText(after: 0, in: lines, overBlanks: 1) == nil, "two blank lines between")
        #expect(ScalarLine.nextWithText(after: 3, in: lines, overBlanks: 3) == nil, "four blank lines between")
        #expect(ScalarLine.nextWithText(after: 3, in: lines, overBlanks: 4) == 8)
        #expect(ScalarLine.nextWithText(after: 8, in: lines, overBlanks: 3) == nil, "the last line")
        #expect(ScalarLine.nextWithText(after: 0, in: ["ก", "", "ข"], overBlanks: 3) == 2, "lines as strings")
    }

    @Test func blankOrIllegibleDayGivesMonthPrecision() throws {
        let signed = try #require(one("สั่ง ณ วันที่ ธันวาคม พ.ศ. ๒๕๖๖"))
        #expect(signed.iso == "2023-12")
        #expect(signed.precision == .month)
        #expect(signed.text.hasPrefix("วันที่"))
        #expect(one("ลงวันที่ เ 3  ฝ ธันวาคม ๒๕๖๖")?.iso == "2023-12")
        #expect(one("ธันวาคม ๒๕๖๖")?.iso == "2023-12")
    }

    @Test func twoDigitYearsAndMonthRanges() throws {
        #expect(one("ก.ย.๖๑")?.iso == "2018-09")
        let range = try #require(one("ระยะเวลา ส.ค. - ก.ย.๖๑"))
        #expect(range.kind == .range)
        #expect(range.iso == "2018-08")
        #expect(range.endIso == "2018-09")
        let across = try #require(one("พ.ย. - ม.ค.๖๑"))
        #expect(across.iso == "2017-11", "a start month after the end month is in the year before")
    }

    @Test func dayRanges() throws {
        let range = try #require(one("๑ ตุลาคม ๒๕๖๖ ถึง ๓๐ กันยายน ๒๕๖๗"))
        #expect(range.iso == "2023-10-01")
        #expect(range.endIso == "2024-09-30")
        let days = try #require(one("ระหว่าง ๑ - ๓ ตุลาคม ๒๕๖๖"))
        #expect(days.iso == "2023-10-01")
        #expect(days.endIso == "2023-10-03")
        // A day 0 (a day's first digit lost to the line above) starts no range.
        let cut = try #require(one("0-26 ส.ค. 64"))
        #expect(cut.iso == "2021-08-26" && cut.endIso == nil)
    }

    @Test("a month's name cut between its syllables by a line break is read whole, and only in a date")
    func monthNamesCutByALineBreak() {
        let range = parser.dates(inLines: lines("11 เดือนแรก (ตุลา\nคม 2564 – สิงหาคม 2565) จัดเก็บได้"))
        #expect(range.map(\.iso) == ["2021-10"] && range.first?.endIso == "2022-08" && range.first?.endLine == 2)
        #expect(range.first?.text == "ตุลาคม 2564 – สิงหาคม 2565")
        #expect(parser.dates(inLines: lines("ภายในเดือนกุมภา\nพันธ์ ๒๕๖๗ นี้")).map(\.iso) == ["2024-02"])
        // No year after it: no date.
        #expect(parser.dates(inLines: lines("ราศีตุลา\nคมคาย")).isEmpty)
    }

    @Test func fiscalYears() throws {
        let fiscal = try #require(one("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"))
        #expect(fiscal.kind == .fiscalYear)
        #expect(fiscal.iso == "2023-10-01")
        #expect(fiscal.endIso == "2024-09-30")
        let span = try #require(one("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๗๐"))
        #expect(span.iso == "2022-10-01")
        #expect(span.endIso == "2027-09-30")
    }

    @Test func years() {
        #expect(one("ประจำปี ๒๕๖๘")?.iso == "2025")
        #expect(one("ประจำปี ๒๕๖๘")?.precision == .year)
        #expect(one("ในปี พ.ศ. ๒๕๖๖")?.iso == "2023")
    }

    @Test func impossibleDatesAreReportedNotInvented() throws {
        let date = try #require(one("๓๑ กุมภาพันธ์ ๒๕๖๖"))
        #expect(date.iso == nil)
        #expect(date.problem != nil)
        #expect(one("๒๙ กุมภาพันธ์ ๒๕๖๗")?.iso == "2024-02-29", "2024 is a leap year")
        #expect(one("๒๙ กุมภาพันธ์ ๒๕๖๖")?.iso == nil)
    }

    @Test func erasWrittenOutGluedMonthsAndSpacedFiscalYears() {
        #expect(one("ลงวันที่ ๒ มีนาคม พุทธศักราช ๒๕๕๐")?.iso == "2007-03-02")
        #expect(one("ตั้งแต่ ๑ มกราคม คริสต์ศักราช ๒๐๒๐")?.iso == "2020-01-01")
        #expect(one("ในเดือนมีนาคม 2566 นี้")?.iso == "2023-03", "a month glued to เดือน")
        let months = try? #require(one("ช่วงเดือนมกราคม-เมษายน 2567"))
        #expect(months?.iso == "2024-01" && months?.endIso == "2024-04")
        let fiscal = one("ปี งบประมาณ พ.ศ. ๒๕๖๗")
        #expect(fiscal?.kind == .fiscalYear && fiscal?.iso == "2023-10-01")
        #expect(one("เดือนเมษายน")?.iso == nil, "no year")
    }

    @Test func monthsWithSpacesInsideFromPDFExtraction() {
        #expect(one("เมื่อวันที่ 10 กุม ภาพัน ธ์ 2564 ซึ่ง")?.iso == "2021-02-10")
        #expect(one("วัน ที่ 29 สิง หาคม 2567")?.iso == "2024-08-29")
        #expect(one("กุ ม ภ า พั น ธ์ 2564") == nil, "at most three spaces")
    }

    @Test func monthsWithoutAYearAreNoRange() {
        // Two months, no year: nothing is dated (the year is not 0000).
        #expect(parser.dates(in: "ช่วง ก.ย.-ต.ค. นี้", line: 1).isEmpty)
        #expect(parser.dates(in: "ระหว่างวันที่ 12 - 14 มิถุนายน นี้", line: 1).isEmpty, "a day range without a year")
    }

    @Test func datesCutByALineBreakAreOne() throws {
        let year = parser.dates(inLines: lines("ให้ไว้ ณ วันที่ ๓ มีนาคม\nพ.ศ. ๒๕๔๐\nเป็นปีที่ ๕๒"))
        #expect(year.map(\.iso) == ["1997-03-03"])
        #expect(year.first?.line == 1 && year.first?.endLine == 2)
        #expect(year.first?.text == "๓ มีนาคม พ.ศ. ๒๕๔๐")
        let day = parser.dates(inLines: lines("ให้ไว้ ณ วันที่ ๑๗\nตุลาคม พ.ศ. ๒๕๔๑"))
        #expect(day.map(\.iso) == ["1998-10-17"])
        let range = parser.dates(inLines: lines("ตั้งแต่ ๑ ตุลาคม ๒๕๖๖ ถึง\n๓๐ กันยายน ๒๕๖๗ และ ๒ มกราคม ๒๕๖๘"))
        #expect(range.map(\.iso) == ["2023-10-01", "2025-01-02"])
        #expect(range.first?.endIso == "2024-09-30" && range.first?.endLine == 2)
        // The era ends the line and the year starts the next; a range's end day ends the line.
        let era = parser.dates(inLines: lines("ประกาศ ณ วันที่ ๒ มีนาคม พ.ศ.\n๒๕๖๕ เป็นต้นไป"))
        #expect(era.map(\.iso) == ["2022-03-02"])
        let endDay = parser.dates(inLines: lines("ระหว่างวันที่ 1 ตุลาคม 2563 – 30\nมิถุนายน 2564 ฟรีค่าธรรมเนียม"))
        #expect(endDay.map(\.iso) == ["2020-10-01"] && endDay.first?.endIso == "2021-06-30")
        // Whole dates on each line stay where they are.
        let plain = parser.dates(inLines: lines("๑ มีนาคม ๒๕๖๗\n๒ มีนาคม ๒๕๖๗"))
        #expect(plain.map(\.line) == [1, 2] && plain.allSatisfy { $0.endLine == nil })
        // A number ending a line is a day only after a word that introduces one.
        #expect(parser.dates(inLines: lines("ข้อ ๑๒\nมีนาคม ๒๕๖๗")).map(\.text) == ["มีนาคม ๒๕๖๗"])
        #expect(parser.dates(inLines: lines("หรือสิ้นสุด 31\nธันวาคม 2567 ผ่อน")).map(\.iso) == ["2024-12-31"])
        #expect(parser.dates(inLines: lines("ให้ครบภายใน 15\nมกราคม 2565 เพื่อ")).map(\.iso) == ["2022-01-15"])
        // The next date of a list, its day ending the line after a whole date and a separator.
        let list = parser.dates(inLines: lines("เคยมีมติเมื่อ 13 ธันวาคม 2561, 15\nเมษายน 2563, 28 กันยายน 2564 และ 1\nมีนาคม 2566"))
        #expect(list.map(\.iso) == ["2018-12-13", "2020-04-15", "2021-09-28", "2023-03-01"])
        #expect(parser.dates(inLines: lines("ภายใน 13 ธันวาคม 2561 จำนวน 15\nเมษายน 2563")).map(\.iso) == ["2018-12-13", "2020-04"],
                "a number after another word is no day")
    }

    @Test func yearsAndRangesCutByALineBreak() {
        // PDF extraction wraps a year inside its digits: read together, never as a two-digit year.
        let cut = parser.dates(inLines: lines("ตั้งแต่วันที่ 30 กันยายน 2564 จนถึงวันที่ 30 มิถุนายน 2\n565 เป็นต้นไป"))
        #expect(cut.map(\.iso) == ["2021-09-30"] && cut.first?.endIso == "2022-06-30" && cut.first?.endLine == 2)
        #expect(parser.dates(inLines: lines("ถึง 30 ธันวาคม 256\n5 นี้")).map(\.iso) == ["2022-12-30"])
        #expect(parser.dates(inLines: lines("ภายใน ๓๐ ธันวาคม ๒๕\n๖๕ นี้")).map(\.iso) == ["2022-12-30"])
        #expect(parser.dates(inLines: lines("ภายใน ๓๐ ธันวาคม พ.ศ. ๒๕\n๖๕")).map(\.text) == ["๓๐ ธันวาคม พ.ศ. ๒๕๖๕"])
        // An era alone ends the line; a range's connector starts the next.
        let era = parser.dates(inLines: lines("ระยะ 20 ปี (พ.ศ.\n2561-2580) และแผนอื่น"))
        #expect(era.map(\.iso) == ["2018"] && era.first?.endIso == "2037")
        let range = parser.dates(inLines: lines("งบประมาณผูกพันข้ามปี พ.ศ. 2565\n– 2567 โดยในปี"))
        #expect(range.map(\.iso) == ["2022"] && range.first?.endIso == "2024")
        // `ถึง วันที่`, and a range of days ending the line after its cue.
        let apart = parser.dates(inLines: lines("ตั้งแต่วันที่ 30 กันยายน 2564 ถึง วันที่ 30\nมิถุนายน 2565 ซึ่ง"))
        #expect(apart.map(\.iso) == ["2021-09-30"] && apart.first?.endIso == "2022-06-30")
        let days = parser.dates(inLines: lines("Forum 2022) เมื่อวันที่ 6 – 7\nตุลาคม 2565"))
        #expect(days.map(\.iso) == ["2022-10-06"] && days.first?.endIso == "2022-10-07")
        #expect(parser.dates(inLines: lines("ข้อ 6 – 7\nตุลาคม 2565")).map(\.iso) == ["2022-10"])
        let word = parser.dates(inLines: lines("หรือตั้งแต่วันที่ 1 กรกฎาคม 2565 - วัน\nที่ 31 ธันวาคม 2567 แบ่ง"))
        #expect(word.map(\.iso) == ["2022-07-01"] && word.first?.endIso == "2024-12-31")
        // `pdftotext -layout`: the next line indented, perhaps after one blank line.
        let layout = parser.dates(inLines: lines("      ให้ไว้ ณ วันที่ ๑ ธันวาคม\n\n      พ.ศ.๒๕๓๐\n      ๕ ธันวาคม พ.ศ.๒๕๓๐"))
        #expect(layout.map(\.iso) == ["1987-12-01", "1987-12-05"] && layout.first?.endLine == 3)
        let indented = parser.dates(inLines: lines("     ประกาศ ณ วันที่ ๑๒ มกราคม พ.ศ.\n                  ๒๕๖๗  เป็นต้นไป"))
        #expect(indented.map(\.iso) == ["2024-01-12"] && indented.first?.text == "๑๒ มกราคม พ.ศ. ๒๕๖๗")
        #expect(parser.dates(inLines: lines("ตั้งแต่วันที่ 1\n\n\nธันวาคม 2564")).map(\.iso) == ["2021-12-01"])
        // Lines emptied by joining a line pdftotext cut before each of its marks: many blank lines.
        let emptied = "ประกาศ ณ วันที่ 8 พฤศจิกายน พ.ศ." + String(repeating: "\n", count: 15) + "2564\n(นาย"
        #expect(parser.dates(inLines: lines(emptied)).map(\.iso) == ["2021-11-08"])
        // pdftotext -layout's staircase through a month: the next line's first mark belongs to a
        // word above (ที่), the second to the month.
        let stairs = parser.dates(inLines: lines("       ประกาศ ณ วันท่ 8 พฤศจ\n\n             ีิกายน พ.ศ.\n               2564\n"))
        #expect(stairs.map(\.iso) == ["2021-11-08"] && stairs.first?.endLine == 4)
        #expect(parser.dates(inLines: lines("ว่ 2 ก\n ีุมภาพันธ์ พ.ศ. 2566")).map(\.iso) == ["2023-02-02"])
        // Not a month once its mark is given back, or a mark alone: no date.
        #expect(parser.dates(inLines: lines("วันท่ 8 พฤศจ\nีิกา พ.ศ. 2564")).map(\.iso) == ["2021"])
        #expect(parser.dates(inLines: lines("ข้อ 8 พฤศจ\nิกายน")).isEmpty, "one mark is no staircase")
        // A mark alone on its line (pdftotext cut it from `วันที่` above; the join left it) is passed
        // over like a blank line; letters are not.
        #expect(parser.dates(inLines: lines("ประกาศ ณ วันท่ ๒ เมษายน พ.ศ.\nี\n\n๒๕๖๘\n")).map(\.iso) == ["2025-04-02"])
        #expect(parser.dates(inLines: lines("ประกาศ ณ วันท่ ๒ เมษายน พ.ศ.\nกี\n๒๕๖๘\n")).map(\.iso) != ["2025-04-02"])
        let far = "ณ วันที่ ๑ ธันวาคม" + String(repeating: "\n", count: ThaiDateParser.blankLinesInsideDate + 2) + "พ.ศ.๒๕๓๐"
        #expect(parser.dates(inLines: lines(far)).map(\.iso) == ["1987"], "more blank lines than that end it")
        // What is not cut: a whole year, digits that do not make four, a list item after a date.
        #expect(parser.dates(inLines: lines("ถึง 30 ธันวาคม 2565\n12 คน")).map(\.iso) == ["2022-12-30"])
        #expect(parser.dates(inLines: lines("ถึง 30 ธันวาคม 25\n650 คน")).map(\.iso) == ["1982-12-30"])
        #expect(parser.dates(inLines: lines("ข้อ 2\n565 คน")).isEmpty)
        #expect(parser.dates(inLines: lines("เมื่อ 1 มกราคม 2567\n- ข้อ 2 ให้")).map(\.endIso) == [nil])
    }

    @Test("a year, a fiscal year or a day whose cue ends a line, over up to three lines")
    func datesWhoseCueEndsALine() {
        let parser = ThaiDateParser()
        let year = parser.dates(inLines: lines("รายงานผลการดำเนินงานประจำปี\n2566 ของกรม"))
        #expect(year.map(\.iso) == ["2023"] && year.first?.line == 1 && year.first?.endLine == 2)
        #expect(parser.dates(inLines: lines("แผนงานปี งบประมาณ\nพ.ศ. 2567 ของกรม")).map(\.endIso) == ["2024-09-30"])
        #expect(parser.dates(inLines: lines("ในวันพุธที่ 9\nตุลาคม 2567 เวลา")).map(\.iso) == ["2024-10-09"])
        // Digits of a year cut after its era with no month before (`ในปี พ.ศ. 256` / `7`).
        #expect(parser.dates(inLines: lines("ภายในปี พ.ศ. 256\n8 เป็นต้นไป")).map(\.iso) == ["2025"])
        // pango and pdftotext write a justified line's words apart: three lines, blank ones between.
        let three = parser.dates(inLines: lines("เห็นชอบเมื่อวันที่\n\n9\n\nตุลาคม 2567 ให้"))
        #expect(three.map(\.iso) == ["2024-10-09"] && three.first?.line == 3 && three.first?.endLine == 5)
        let fiscal = parser.dates(inLines: lines("ภายในปีงบประมาณ\n\nพ.ศ.\n\n2568 นี้"))
        #expect(fiscal.map(\.iso) == ["2024-10-01"] && fiscal.first?.line == 1 && fiscal.first?.endLine == 5)
        #expect(parser.dates(inLines: lines("ผลผลิตปี2566 ดีขึ้น")).map(\.iso) == ["2023"], "ปี glued to its year")
        // Not dates: a number that is no year, a count after a day word, four lines.
        #expect(parser.dates(inLines: lines("ใช้เวลา 3 ปี\n500 คน")).isEmpty)
        #expect(parser.dates(inLines: lines("ต่อปี\n1,200 ราย")).isEmpty)
        #expect(parser.dates(inLines: lines("ครั้งที่\n9\nตุลาคม 2567")).map(\.iso) == ["2024-10"], "no day word: 9 is no day")
        #expect(parser.dates(inLines: lines("ประจำปี\nงบ\nที่\n2566")).isEmpty)
    }

    @Test func implausibleYearsAreFindings() throws {
        func date(_ iso: String) -> DateMention { DateMention(text: iso, line: 1, iso: iso, precision: .day) }
        let dates = ["2024-05-01", "2024-06-02", "2023-12-03", "1977-05-01", "2024-07-04"].map(date)
        let reviewed = YearPlausibility.review(dates, isAct: false)
        #expect(reviewed.map(\.iso) == dates.map(\.iso), "an outlier keeps its date")
        #expect(reviewed.map { $0.problem != nil } == [false, false, false, true, false])
        #expect(YearPlausibility.review(dates, isAct: true).allSatisfy { $0.problem == nil }, "an Act cites old laws")
        #expect(YearPlausibility.review(Array(dates.prefix(2)) + [date("1977-05-01")], isAct: false).allSatisfy { $0.problem == nil },
                "two dates are no evidence")
        let impossible = try #require(YearPlausibility.review([date("2323-05-01")], isAct: true).first)
        #expect(impossible.iso == nil && impossible.problem != nil)
        // A year one misread digit away from the agreeing ones is flagged at 40 years, the digit named; the date stays.
        let misread = YearPlausibility.review(["2022-09-22", "2022-10-01", "2022-10-02", "1982-09-22"].map(date).enumerated().map {
            var d = $0.element
            if $0.offset == 3 { d.text = "๒๒ กันยายน พ.ศ. ๒๕๒๕" }
            return d
        }, isAct: false)
        #expect(misread.last?.iso == "1982-09-22" && misread.last?.problem?.hasSuffix("(OCR often reads ๖ as ๒)") == true)
        #expect(misread.dropLast().allSatisfy { $0.problem == nil })
        // Not the other way round (OCR reads ๖ as ๒, not ๒ as ๖), nor Arabic digits: 39 years is
        // then no outlier.
        func dated(_ iso: String, _ text: String) -> DateMention { DateMention(text: text, line: 1, iso: iso, precision: .day) }
        for text in ["๕ เมษายน ๒๕๖๔", "5 เมษายน 2564"] {
            let reversed = YearPlausibility.review(["1982-01-01", "1982-02-01", "1982-03-01"].map(date) + [dated("2021-04-05", text)],
                                                   isAct: false)
            #expect(reversed.allSatisfy { $0.problem == nil }, "\(text)")
        }
        // Through extraction: ๒๘๖๗ is no year anyone means.
        let found = StructureExtractor().extract("ลงวันที่ ๑ มีนาคม ๒๘๖๗").dates
        #expect(found.count == 1 && found[0].iso == nil && found[0].problem != nil)
    }

    /// A memo read by an OCR model without `๔ ๖ ๗ ๘ ๙`: its Thai digits hold none of them.
    static let misreadMemo = """
        บันทึกข้อความ
        ที่ ๕๐๑/๒๕๒๕ วันที่ ๒๒ กันยายน พ.ศ. ๒๕๒๕
        เรื่อง ขอรายงานผลการดำเนินงาน ตามหนังสือลงวันที่ 22 กันยายน 2565
        ตามที่ได้ดำเนินการ ๑๒ โครงการ ๓๑ กิจกรรม ๑๐๕ ราย ๒๓ แห่ง ๑๑๐ คน ๕๕๐ บาท
        ครั้งต่อไปวันที่ 3 ตุลาคม 2565
        """

    @Test func datesAnOCRModelWithoutSomeDigitsMisread() throws {
        let structure = StructureExtractor().extract(Self.misreadMemo)
        let misread = try #require(structure.dates.first { $0.text.hasPrefix("๒๒") })
        #expect(misread.iso == "2022-09-22", "the document's own date in Arabic digits")
        #expect(misread.problem?.contains("๔ ๖ ๗ ๘ ๙") == true && misread.problem?.contains("1982-09-22") == true)
        #expect(structure.header.date?.iso == "2022-09-22", "the header's date is read the same way")
        #expect(structure.dates.filter { $0.text.hasPrefix("22") || $0.text.hasPrefix("3") }.allSatisfy { $0.problem == nil })
        #expect(DigitConfusions.shared.unprintable == [4, 6, 7, 8, 9], "the model prints no ๔ ๖ ๗ ๘ ๙")
        // An amount in Thai digits there is as read, with a caution naming the digits in doubt.
        let amount = try #require(structure.amounts.first)
        #expect(amount.value == 550 && amount.problem?.contains("๕ may be ๔") == true, "\(amount)")
        #expect(amount.problem?.contains("๐ may be") == true && amount.problem?.contains("๑ may be") != true)

        func iso(_ text: String) -> String? {
            StructureExtractor().extract(text).dates.first { $0.text.hasPrefix("๒๒") }?.iso
        }
        // One ๖ anywhere: the digits were printable, the date is as written.
        #expect(iso(Self.misreadMemo.replacingOccurrences(of: "๑๐๕ ราย", with: "๑๐๖ ราย")) == "1982-09-22")
        // Too few Thai digits to tell.
        #expect(iso(Self.misreadMemo.replacingOccurrences(of: "ตามที่ได้ดำเนินการ ๑๒ โครงการ ๓๑ กิจกรรม ๑๐๕ ราย ๒๓ แห่ง ๑๑๐ คน ๕๕๐ บาท\n", with: "")) == "1982-09-22")
        // Two Arabic-digit years it may be (๒๕๖๔ or ๒๕๖๕, both read ๒๕๒๕), and no whole date: as written,
        // with a caution.
        let ambiguous = Self.misreadMemo.replacingOccurrences(of: "22 กันยายน 2565", with: "1 กันยายน 2564")
        #expect(iso(ambiguous) == "1982-09-22")
        #expect(StructureExtractor().extract(ambiguous).dates.first { $0.text.hasPrefix("๒๒") }?.problem?.contains("๒ may be ๖") == true)
        // Elsewhere amounts have no problem.
        #expect(StructureExtractor().extract("วงเงิน ๕๕๐ บาท").amounts.first?.problem == nil)
        // A year OCR cannot have misread (๒ is not read as ๕): as written.
        #expect(iso(Self.misreadMemo.replacingOccurrences(of: "2565", with: "2555")) == "1982-09-22")
        // The whole date when only its year differs: `๑๓` can be `19` (๙ read as ๓).
        let days = Self.misreadMemo.replacingOccurrences(of: "วันที่ ๒๒ กันยายน", with: "วันที่ ๑๓ กันยายน")
            .replacingOccurrences(of: "22 กันยายน 2565", with: "19 กันยายน 2565")
        #expect(StructureExtractor().extract(days).header.date?.iso == "2022-09-19")
    }

    @Test func whatIsNotADate() {
        for text in ["", "ที่ / ๒๕๖๖", "เวลา ๑๗.๐๐ - ๑๙.๐๐ น.", "ไม่ควรนานกว่า ๒ ปี", "จำนวน ๑๕ ข้อ",
                     "ข้อละ ๒ คะแนน", "ที่ ๒๓/ ๒๕๖๖", "นายมีนา ใจดี", "เมษา", "ปี ๒๕"] {
            #expect(parser.dates(in: text, line: 1).isEmpty, "\(text)")
        }
    }
}

/// A document's lines as ``ThaiDateParser/dates(inLines:)`` reads them.
private func lines(_ text: String) -> [[Unicode.Scalar]] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
}
