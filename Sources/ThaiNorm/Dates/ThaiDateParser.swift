/// Finds the dates in a line of Thai text: `๑๓ พฤศจิกายน ๒๕๖๖`, `ธันวาคม
/// พ.ศ. ๒๕๖๖` (a month), `ก.ย.๖๑` (a two-digit Buddhist year), ranges
/// (`๑ ตุลาคม ๒๕๖๖ ถึง ๓๐ กันยายน ๒๕๖๗`, `ส.ค. - ก.ย.๖๑`, `๑ - ๓ ตุลาคม
/// ๒๕๖๖`), fiscal years (`ปีงบประมาณ พ.ศ. ๒๕๖๗` → 2023-10-01 … 2024-09-30)
/// and years (`พ.ศ. ๒๕๖๖`, `ประจำปี ๒๕๖๘`).
///
/// Years of 2400 and more, and two-digit years, are Buddhist Era (− 543);
/// `ค.ศ.` marks a Christian year. A day the month does not have is reported
/// (``DateMention/problem``), never moved to a real date. A blank or
/// illegible day after `วันที่` gives month precision.
///
/// ```swift
/// ThaiDateParser().dates(in: "ลงวันที่ ๑๓ พฤศจิกายน ๒๕๖๖", line: 8).first?.iso   // "2023-11-13"
/// ```
///
/// Complexity: O(n · m) per line, m the month spellings.
public struct ThaiDateParser: Sendable {
    static let openers: ScalarSet = "(-–,/"
    /// Era markers, longest first, and whether each counts Christian years; `พ .ศ.` as
    /// `pdftotext` sometimes writes it.
    static let eras = [("พระพุทธศักราช", false), ("คริสต์ศักราช", true), ("พุทธศักราช", false), ("พ .ศ.", false), ("ค .ศ.", true),
                       ("พ.ศ.", false), ("ค.ศ.", true), ("พ.ศ", false), ("ค.ศ", true)]
    /// What joins the two ends of a range, longest first.
    static let connectors = ["จนถึงวันที่", "ถึงวันที่", "จนถึง", "ถึง", "-", "–"]
    static let dashes: ScalarSet = "-–"
    let months: ThaiMonths
    /// The scalars a date can start with: the first letters of the month spellings, of the era
    /// markers and of ปี / ปีงบประมาณ. Other positions are passed over at once.
    let dateStarts: ScalarSet

    public init(months: ThaiMonths = .shared) {
        self.months = months
        dateStarts = ScalarSet(months.spellings.compactMap(\.scalars.first)
            + Self.eras.compactMap(\.0.unicodeScalars.first) + ["ป"])
    }

    /// A date read from the text, before ranges are joined.
    struct Found {
        var range: Range<Int>
        var date: ThaiDate?
        var problem: String?
        var end: ThaiDate?
        var kind: DateMention.Kind
        /// A month without a year (`ส.ค.` in `ส.ค. - ก.ย.๖๑`): only kept as the start of a range.
        var needsYear = false
        /// Whether it is reported: it has its year (no date of year 0 is ever written).
        var isDated: Bool { !needsYear && date?.year != 0 && end?.year != 0 }
    }

    public func dates(in text: String, line: Int) -> [DateMention] {
        dates(in: Array(text.unicodeScalars), line: line)
    }

    public func dates(in line: [Unicode.Scalar], line number: Int) -> [DateMention] {
        scan(line).filter(\.isDated).map { mention($0, text: String(scalars: line[$0.range]), line: number) }
    }

    /// The dates of a document's lines (1-based line numbers), with a date that a line break
    /// cuts (`ให้ไว้ ณ วันที่ ๑ ธันวาคม` / `พ.ศ. ๒๕๓๐`, `สิ้นสุด 31` / `ธันวาคม 2567`, a range's
    /// connector ending a line or starting the next, an era ending a line) read whole: reported
    /// once, on the line where it starts, its `text` holding a space where the line broke and
    /// `endLine` the line where it ends. A year whose digits the break cuts (`30 มิถุนายน 2` /
    /// `565`, as PDF extraction writes a wrapped number) is read with its digits together. The
    /// next line may be indented, and up to ``blankLinesInsideDate`` blank lines may come
    /// between (`pdftotext -layout`; lines emptied by ``JoinLinesStartingWithMarks``).
    ///
    /// ```swift
    /// ThaiDateParser().dates(inLines: [Array("ให้ไว้ ณ วันที่ ๑ ธันวาคม".unicodeScalars),
    ///                                  Array("พ.ศ. ๒๕๓๐".unicodeScalars)]).map(\.iso)   // ["1987-12-01"]
    /// ```
    ///
    /// Complexity: O(n) lines as ``dates(in:line:)``; a line that may end inside a date is
    /// read once more, joined to the next.
    public func dates(inLines lines: [[Unicode.Scalar]]) -> [DateMention] {
        var result: [DateMention] = []
        // Scalars at the start of a later line that a date wrapped from an earlier one took.
        var taken: (line: Int, count: Int)?
        // Where a wrapped date starts: the line's own dates from there on are part of it.
        var cut: (line: Int, start: Int)?
        // Lines inside a date read over three lines: the break after them cuts no other date.
        var inside = -1
        for (index, line) in lines.enumerated() {
            var found = scan(line)
            if let taken, taken.line == index { found.removeAll { $0.range.lowerBound < taken.count } }
            var wrapped: DateMention?
            if index > inside, let date = wrappedDate(in: lines, at: index, found) {
                wrapped = date.mention
                cut = (date.line, date.start)
                taken = (date.endLine, date.taken)
                inside = date.endLine - 1
            }
            if let cut, cut.line == index { found.removeAll { $0.range.upperBound > cut.start } }
            result += found.filter(\.isDated).map { mention($0, text: String(scalars: line[$0.range]), line: index + 1) }
            if let wrapped { result.append(wrapped) }
        }
        return result
    }

    /// A date that starts on line `index` (or on a line after it that holds only part of a date,
    /// `เมื่อวันที่` / `10` / `กุมภาพันธ์ 2564`) and that a line break cuts, read over up to
    /// ``linesInsideDate`` lines: the mention, the line (0-based) where it starts and where in
    /// it, the line where it ends and the scalars of that line it takes.
    ///
    /// The next line with text is read: `pdftotext -layout` leaves a blank line between two
    /// (`ให้ไว้ ณ วันที่ ๑ ธันวาคม` / `` / `พ.ศ.๒๕๓๐`) and indents it; lines whose text was
    /// joined to the line above are left empty.
    func wrappedDate(in lines: [[Unicode.Scalar]], at index: Int, _ found: [Found])
        -> (mention: DateMention, line: Int, start: Int, endLine: Int, taken: Int)? {
        var joined = Array(lines[index][..<trimmedEnd(lines[index])])
        var current = found
        // Each line read, where its text starts in `joined` and the indent dropped before it.
        var starts = [(line: index, at: 0, indent: 0)]
        while starts.count < Self.linesInsideDate {
            let last = starts[starts.count - 1].line
            guard let nextIndex = Self.nextDateLine(after: last, in: lines) else { return nil }
            var indent = lines[nextIndex].prefix(while: \.isWhitespace).count
            var next = Array(lines[nextIndex][indent...])
            let separator: [Unicode.Scalar]
            if let stacked = staircaseMarks(ending: joined, next: next) {
                // The marks the month's letter does not take are passed over, as indentation.
                next.removeFirst(stacked)
                indent += stacked
                separator = []
            } else {
                guard !next.isEmpty, let found = continuation(of: joined, current, next: next) else { return nil }
                separator = found
            }
            let nextStart = joined.count + separator.count
            joined += separator + next
            current = scan(joined)
            if let crossing = current.first(where: {
                $0.isDated && $0.range.lowerBound < nextStart - separator.count && $0.range.upperBound > nextStart
            }) {
                let first = starts.last { $0.at <= crossing.range.lowerBound } ?? starts[0]
                var mention = mention(crossing, text: String(scalars: joined[crossing.range]), line: first.line + 1)
                mention.endLine = nextIndex + 1
                return (mention, first.line, crossing.range.lowerBound - first.at + first.indent, nextIndex,
                        crossing.range.upperBound - nextStart + indent)
            }
            joined.removeSubrange(trimmedEnd(joined)...)
            starts.append((nextIndex, nextStart, indent))
        }
        return nil
    }

    /// The most lines a date is read over (`ปีงบประมาณ` / `พ.ศ.` / `2568`, as pango and
    /// `pdftotext` write a justified line's words apart).
    static let linesInsideDate = 3

    /// The most blank lines read over to the rest of a date a line break cuts. More than
    /// ``ScalarLine/blankLinesInsideWrap``: a line that pdftotext cut before each of its marks
    /// leaves as many lines emptied by ``JoinLinesStartingWithMarks`` (fourteen between
    /// `เมื่อวันที่ 1` and `มีนาคม 2566` in a held-out LibreOffice form), and what may follow a
    /// date's cut is narrow (a month, an era, a year's digits, a range's connector). Chosen on
    /// held-out forms (dates -raw 0.965 → 0.986), releases and Acts (unchanged).
    static let blankLinesInsideDate = 16

    /// The next line with the rest of a date: blank lines and lines of Thai marks alone are
    /// passed over, up to ``blankLinesInsideDate`` of them. A mark alone is one pdftotext cut
    /// from a line above that the join could not place (`ประกาศ ณ วันท่ ๒ เมษายน พ.ศ.` / `ี` /
    /// `๒๕๖๘`, the `ี` of `วันที่`); it writes nothing a date reads.
    static func nextDateLine(after index: Int, in lines: [[Unicode.Scalar]]) -> Int? {
        ScalarLine.nextWithText(after: index, in: lines, overBlanks: blankLinesInsideDate) { line in
            line.allSatisfy { $0.isWhitespace || ThaiScript.isCombiningMark($0) }
        }
    }

    /// How `line` is read with `next` when a date may run on to it: nil when none can, nothing
    /// between them when the break cuts a year's digits (``endsInsideYear(_:_:next:)``), else a space
    /// (``mayEndInsideDate(_:_:)``, or the next line starting with a range's connector and a
    /// number after a date that ends this one: `พ.ศ. 2565` / `– 2567`).
    func continuation(of line: [Unicode.Scalar], _ found: [Found], next: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        if endsInsideYear(line, found, next: next) || cutsDayWord(line, found, next: next)
            || cutsMonthName(line, next: next) { return [] }
        if mayEndInsideDate(line, found) { return [" "] }
        guard let last = found.last, last.isDated, last.range.upperBound >= trimmedEnd(line),
              let (end, _) = connector(in: next, at: 0), end < next.count, Self.digitValue(next[end]) != nil else { return nil }
        return [" "]
    }

    /// pdftotext -layout's staircase through a month: `line` ends in a day and the first letters
    /// of a month's name (`8 พฤศจ`), and `next` starts with marks stacked where its rest was drawn,
    /// the last the month's own and the ones before belonging to words of the line above
    /// (`ีิกายน พ.ศ.`: the `ี` of `ที่`, the `ิ` of `พฤศจิกายน`). The number of marks to pass
    /// over, when the month's name is then whole; nil otherwise.
    func staircaseMarks(ending line: [Unicode.Scalar], next: [Unicode.Scalar]) -> Int? {
        let marks = next.prefix(while: ThaiScript.isCombiningMark).count
        guard marks >= 2, marks < next.count else { return nil }
        let end = trimmedEnd(line)
        var start = end
        while start > 0, ThaiScript.isConsonant(line[start - 1]) || ThaiScript.isCombiningMark(line[start - 1])
            || (0x0E30...0x0E45).contains(line[start - 1].value) { start -= 1 }
        // The day before it: one or two digits and a space.
        guard start < end, start >= 2, line[start - 1] == " ", Self.digitValue(line[start - 2]) != nil else { return nil }
        let candidate = Array(line[start..<end]) + Array(next[(marks - 1)...])
        guard let (_, length) = months.month(startingAt: 0, in: candidate), length > end - start + 1,
              !candidate[..<length].contains(" ") else { return nil }
        return marks - 1
    }

    /// Whether the line break cuts the digits of a year: `line` ends in one to three digits
    /// right after an era, a word a year follows (``yearCues``) or the last date's month (or as
    /// its two-digit year), and `next` starts with the digits that make them four.
    func endsInsideYear(_ line: [Unicode.Scalar], _ found: [Found], next: [Unicode.Scalar]) -> Bool {
        let end = trimmedEnd(line)
        var digits = end
        while digits > 0, Self.digitValue(line[digits - 1]) != nil { digits -= 1 }
        guard (1...3).contains(end - digits) else { return false }
        var lead = 0
        while lead < next.count, Self.digitValue(next[lead]) != nil { lead += 1 }
        guard end - digits + lead == 4 else { return false }
        var gap = digits
        while gap > 0, line[gap - 1].isWhitespace { gap -= 1 }
        // After an era or the word a year follows, with no date before (`ในปี พ.ศ. 256` / `4`).
        let cue = Self.yearLeads.first { word in
            let count = word.unicodeScalars.count
            return gap >= count && matches(line, gap - count, word)
        }
        if cue != nil { return true }
        // The last date's two-digit year, or its month right before.
        guard let last = found.last else { return false }
        return (last.range.upperBound == end && last.range.lowerBound < digits) || (last.needsYear && gap == last.range.upperBound)
    }

    /// Whether the line break cuts `วันที่` after a range's connector (`1 กรกฎาคม 2565 - วัน` /
    /// `ที่ 31 ธันวาคม 2567`): Thai wraps lines between letters without a space.
    func cutsDayWord(_ line: [Unicode.Scalar], _ found: [Found], next: [Unicode.Scalar]) -> Bool {
        guard let last = found.last, let (start, _) = connector(in: line, at: last.range.upperBound) else { return false }
        let word = Array("วันที่".unicodeScalars), end = trimmedEnd(line), count = end - start
        guard count > 0, count < word.count, Array(line[start..<end]) == Array(word[..<count]) else { return false }
        return next.starts(with: word[count...])
    }

    /// Whether the line break cuts a month's full name between its syllables (`(ตุลา` /
    /// `คม 2564 – สิงหาคม 2565)`, `ของเดือนกุมภา` / `พันธ์ ๒๕๖๗`): the line ends in the name's
    /// first letters (two or more) and `next` starts with the rest. Only a date the two lines then
    /// make is read (``wrappedDate(in:at:_:)``).
    func cutsMonthName(_ line: [Unicode.Scalar], next: [Unicode.Scalar]) -> Bool {
        let end = trimmedEnd(line)
        var start = end
        while start > 0, end - start < months.longestName, ThaiScript.isThai(line[start - 1]),
              !ThaiScript.isDigit(line[start - 1]) { start -= 1 }
        guard end - start >= 2 else { return false }
        let joined = Array(line[start..<end]) + next.prefix(months.longestName)
        return (start...(end - 2)).contains { from in
            guard let (_, length) = months.month(startingAt: from - start, in: joined) else { return false }
            return length > end - from && !joined[(from - start)..<(from - start + length)].contains(".")
        }
    }

    func trimmedEnd(_ line: [Unicode.Scalar]) -> Int {
        var end = line.count
        while end > 0, line[end - 1].isWhitespace { end -= 1 }
        return end
    }

    /// Whether `line` may end inside a date: its last date lacks a year (or has only its era)
    /// at the end, a range connector (and the end's day) follows its last date at the end, or
    /// it ends in a day after a word that introduces one (``dayCues``), or in an era, a word a
    /// year follows or the word for the day alone (``lineEndCues``).
    func mayEndInsideDate(_ line: [Unicode.Scalar], _ found: [Found]) -> Bool {
        let end = trimmedEnd(line)
        guard end > 0 else { return false }
        // An era alone at the end (`ระยะ 20 ปี (พ.ศ.` / `2561-2580)`), the word a year follows
        // (`ประจำปี` / `2565`, `ปี งบประมาณ` / `พ.ศ. 2568`) or the word for the day
        // (`เมื่อวันที่` / `10` / `กุมภาพันธ์ 2564`).
        if Self.lineEndCues.contains(where: { word in
            let count = word.unicodeScalars.count
            return end >= count && matches(line, end - count, word)
        }) { return true }
        if let last = found.last {
            // A month without its year, or with its era but the year on the next line.
            if last.needsYear {
                let after = skipSpaces(line, last.range.upperBound)
                if after >= end { return true }
                if let marker = era(in: line, at: after), after + marker.length >= end { return true }
            }
            // A range's connector, and perhaps the end's day (`๑ ตุลาคม ๒๕๖๓ – ๓๐` / `มิถุนายน ๒๕๖๔`).
            if let (connectorEnd, _) = connector(in: line, at: last.range.upperBound) {
                if connectorEnd >= end { return true }
                if let (_, count) = number(in: line, at: connectorEnd), count <= 2, connectorEnd + count >= end { return true }
            }
        }
        // A day at the end after a word that introduces one (`วันที่ ๑๔`, `สิ้นสุด 31`,
        // `ภายใน 15`): the month may start the next line. A number after any other word (`ข้อ ๑๒`)
        // is no day.
        var digits = end
        while digits > 0, Self.digitValue(line[digits - 1]) != nil { digits -= 1 }
        guard (1...2).contains(end - digits) else { return false }
        var lead = digits
        while lead > 0, line[lead - 1].isWhitespace { lead -= 1 }
        // A range of days (`เมื่อวันที่ 6 – 7` / `ตุลาคม 2565`): the cue comes before its first day.
        if lead > 0, Self.dashes.contains(line[lead - 1]) {
            var first = lead - 1
            while first > 0, line[first - 1].isWhitespace { first -= 1 }
            var start = first
            while start > 0, Self.digitValue(line[start - 1]) != nil { start -= 1 }
            if (1...2).contains(first - start) {
                lead = start
                while lead > 0, line[lead - 1].isWhitespace { lead -= 1 }
            }
        }
        if Self.dayCues.contains(where: { cue in
            let count = cue.unicodeScalars.count
            return lead >= count && matches(line, lead - count, cue)
        }) { return true }
        // The next date of a list (`13 ธันวาคม 2561, 15` / `เมษายน 2563`): a day after a
        // separator that follows a whole date.
        guard let last = found.last, last.isDated,
              let separator = Self.listSeparators.first(where: { word in
                  let count = word.unicodeScalars.count
                  return lead >= count && matches(line, lead - count, word)
              }) else { return false }
        var before = lead - separator.unicodeScalars.count
        while before > 0, line[before - 1].isWhitespace { before -= 1 }
        return last.range.upperBound == before
    }

    /// What separates the dates of a list: `13 ธันวาคม 2561, 15 เมษายน 2563 และ 28 กันยายน 2564`.
    static let listSeparators = [",", "และ", "หรือ"]

    /// Words a day follows in running text: `วันที่`, the days of the week, and the words of
    /// a time limit or a range (`ตั้งแต่`, `ถึง`, `จนถึง`, `สิ้นสุด`, `ภายใน`, `เมื่อ`, `ณ`).
    static let dayCues = ["วันที่", "ตั้งแต่", "ถึง", "สิ้นสุด", "ภายใน", "เมื่อ", "ณ"]
        + weekdays.flatMap { [$0, $0 + "ที่"] }
    static let weekdays = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันพฤหัส", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
    /// The words for the day a date starts with: `วันที่`, `วันอังคารที่`.
    static let dayWords = ["วันที่"] + weekdays.map { $0 + "ที่" }
    /// Words a year follows (``yearOnly(in:at:)``, ``fiscalYear(in:at:)``).
    static let yearCues = ["ปี", "ปีงบประมาณ", "ปี งบประมาณ"]
    /// What a year's digits follow: the eras and ``yearCues``.
    static let yearLeads = eras.map(\.0) + yearCues
    /// Words that, ending a line, leave a date to the next (``mayEndInsideDate(_:_:)``).
    static let lineEndCues = yearLeads + dayWords

    /// The dates of a line, ranges joined, months without a year still among them.
    func scan(_ line: [Unicode.Scalar]) -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < line.count {
            guard dateStarts.contains(line[index]) else {
                index += 1
                continue
            }
            if let fiscal = fiscalYear(in: line, at: index) {
                found.append(fiscal)
                index = fiscal.range.upperBound
            } else if startsMonth(line, index), let month = months.month(startingAt: index, in: line),
                      let date = calendarDate(in: line, month: month.month, at: index, length: month.length) {
                found.append(date)
                index = date.range.upperBound
            } else if let year = yearOnly(in: line, at: index) {
                found.append(year)
                index = year.range.upperBound
            } else {
                index += 1
            }
        }
        return joinRanges(found, in: line)
    }

    func mention(_ item: Found, text: String, line number: Int) -> DateMention {
        var mention = DateMention(text: text.trimmingSpaces, line: number, kind: item.kind)
        if let date = item.date {
            mention.iso = date.iso
            mention.precision = date.precision
        }
        mention.endIso = item.end?.iso
        mention.problem = item.problem
        return mention
    }

    // MARK: - Pieces

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? { ItemNumber.digitValue(scalar) }

    /// Digits starting at `index`: (value, count).
    func number(in line: [Unicode.Scalar], at index: Int) -> (value: Int, count: Int)? {
        var value = 0, count = 0
        while index + count < line.count, let digit = Self.digitValue(line[index + count]), count < 5 {
            value = value * 10 + digit
            count += 1
        }
        if index + count < line.count, Self.digitValue(line[index + count]) != nil { return nil }
        return count > 0 ? (value, count) : nil
    }

    func skipSpaces(_ line: [Unicode.Scalar], _ index: Int, limit: Int = 3) -> Int {
        var i = index
        while i < line.count, i - index < limit, line[i].isWhitespace { i += 1 }
        return i
    }

    func matches(_ line: [Unicode.Scalar], _ index: Int, _ word: String) -> Bool {
        // Most positions fail on the first scalar: test it before spelling the word out.
        guard index < line.count, let first = word.unicodeScalars.first, line[index] == first else { return false }
        var i = index
        for scalar in word.unicodeScalars {
            guard i < line.count, line[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    /// Where a month name may start: at the start of a token, or right after `เดือน` written
    /// without a space (`ในเดือนพฤษภาคม ๒๕๖๘`).
    func startsMonth(_ line: [Unicode.Scalar], _ index: Int) -> Bool {
        let word = "เดือน".unicodeScalars.count
        return startsToken(line, index) || (index >= word && matches(line, index - word, "เดือน"))
    }

    func startsToken(_ line: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = line[index - 1]
        return before.isWhitespace || Self.digitValue(before) != nil || Self.openers.contains(before)
    }

    /// An era marker (`พ.ศ.`, `พ.ศ`, `ค.ศ.`) at `index`: its length and whether it is Christian.
    func era(in line: [Unicode.Scalar], at index: Int) -> (length: Int, christian: Bool)? {
        for (word, christian) in Self.eras where matches(line, index, word) {
            return (word.unicodeScalars.count, christian)
        }
        return nil
    }

    /// A year after an optional era marker at `index`: the Christian year and where it ends.
    func year(in line: [Unicode.Scalar], at index: Int, requireEra: Bool = false) -> (year: Int, end: Int)? {
        var i = skipSpaces(line, index)
        var christian: Bool?
        if let marker = era(in: line, at: i) {
            christian = marker.christian
            i = skipSpaces(line, i + marker.length)
        } else if requireEra {
            return nil
        }
        guard let (value, count) = number(in: line, at: i) else { return nil }
        let end = i + count
        switch (count, christian) {
        case (4, true?): return (value, end)
        case (4, false?): return (ThaiDate.christianYear(fromBuddhist: value), end)
        case (4, nil): return value >= 2400 ? (ThaiDate.christianYear(fromBuddhist: value), end)
                                            : (1900...2200).contains(value) ? (value, end) : nil
        case (2, true?): return (2000 + value, end)
        case (2, _): return (ThaiDate.christianYear(fromBuddhist: 2500 + value), end)
        default: return nil
        }
    }

    /// `[วันที่] [day] month [era] year` around the month at `index`.
    func calendarDate(in line: [Unicode.Scalar], month: Int, at index: Int, length: Int) -> Found? {
        var start = index
        var day: Int?
        // The day before the month.
        var back = index
        while back > 0, line[back - 1].isWhitespace, index - back < 3 { back -= 1 }
        var digitsStart = back
        while digitsStart > 0, Self.digitValue(line[digitsStart - 1]) != nil { digitsStart -= 1 }
        if back - digitsStart >= 1, back - digitsStart <= 2, digitsStart == 0 || !line[digitsStart - 1].isASCIILetter {
            day = number(in: line, at: digitsStart)?.value
            start = digitsStart
        } else if let lead = dayLead(in: line, before: index) {
            // `วันที่ ธันวาคม ๒๕๖๖`: the day left blank or not legible.
            start = lead
        }
        guard let (year, end) = year(in: line, at: index + length) else {
            // A month without a year is only the start of a range (`ส.ค. - ก.ย.๖๑`).
            return Found(range: start..<(index + length), date: ThaiDate(year: 0, month: month, day: day), kind: .date,
                         needsYear: true)
        }
        let date = ThaiDate(year: year + Self.oldNewYearShift(buddhist: isBuddhist(line, at: index + length), year: year, month: month),
                            month: month, day: day)
        guard date.isValid else {
            return Found(range: start..<end, date: nil,
                         problem: "no day \(day ?? 0) in month \(month) of \(year)", kind: .date)
        }
        return Found(range: start..<end, date: date, kind: .date)
    }

    /// Until BE 2483 the Thai year began on 1 April: January to March of BE 2482 or before fall
    /// in the Christian year after (`๑ มกราคม พุทธศักราช ๒๔๗๕` is 1 January 1933, not 1932).
    /// BE 2483 ran from April to December 1940; BE 2484 began on 1 January 1941.
    static func oldNewYearShift(buddhist: Bool, year: Int, month: Int) -> Int {
        buddhist && year <= ThaiDate.christianYear(fromBuddhist: 2482) && month <= 3 ? 1 : 0
    }

    /// Whether the year after `index` (as ``year(in:at:requireEra:)`` reads it) counts from the
    /// Buddha: a Buddhist era, or no era and a Buddhist number (four digits from 2400, or two).
    func isBuddhist(_ line: [Unicode.Scalar], at index: Int) -> Bool {
        var i = skipSpaces(line, index)
        if let marker = era(in: line, at: i) {
            if marker.christian { return false }
            i = skipSpaces(line, i + marker.length)
        }
        guard let (value, count) = number(in: line, at: i) else { return false }
        return count == 2 || value >= 2400
    }

    /// Where `วันที่` (or `ณ วันที่`) starts, if it stands shortly before `index` with no digits in between.
    func dayLead(in line: [Unicode.Scalar], before index: Int) -> Int? {
        let word = Array("วันที่".unicodeScalars)
        let lowest = max(0, index - word.count - 16)
        var start = index - word.count
        while start >= lowest {
            if matches(line, start, "วันที่") {
                let between = line[(start + word.count)..<index]
                // Handwriting read as garbage (Latin-looking, `เ 3 ฝ`) may stand in the blank, but not a
                // Thai word or a number in Thai digits.
                let thaiLetters = between.count { ThaiScript.isConsonant($0) }
                return between.contains(where: ThaiScript.isDigit) || thaiLetters > 3 ? nil : start
            }
            start -= 1
        }
        return nil
    }

    /// `ปีงบประมาณ [พ.ศ.] ๒๕๖๗` (1 October of the year before to 30 September), or a span of
    /// them; also written `ปี งบประมาณ`.
    func fiscalYear(in line: [Unicode.Scalar], at index: Int) -> Found? {
        guard matches(line, index, "ปี") else { return nil }
        let word = skipSpaces(line, index + 2)
        guard matches(line, word, "งบประมาณ") else { return nil }
        let after = word + "งบประมาณ".unicodeScalars.count
        guard let (first, end) = year(in: line, at: after) else { return nil }
        var last = first, finish = end
        if let (connectorEnd, _) = connector(in: line, at: end), let (second, secondEnd) = year(in: line, at: connectorEnd),
           second >= first, second - first < 20 {
            last = second
            finish = secondEnd
        }
        return Found(range: index..<finish, date: ThaiDate(year: first - 1, month: 10, day: 1),
                     end: ThaiDate(year: last, month: 9, day: 30), kind: .fiscalYear)
    }

    /// `พ.ศ. ๒๕๖๖` or `ปี ๒๕๖๘` (a Buddhist year of four digits) not part of a fuller date; the
    /// era may follow ปี without a space (`ประจำปีพ.ศ. ๒๕๖๗`, `ปีพุทธศักราช ๒๔๘๓`).
    func yearOnly(in line: [Unicode.Scalar], at index: Int) -> Found? {
        if startsToken(line, index) || (index >= 2 && matches(line, index - 2, "ปี")), era(in: line, at: index) != nil,
           let (year, end) = year(in: line, at: index, requireEra: true) {
            var finish = end
            var last: Int?
            if let (connectorEnd, _) = connector(in: line, at: end), let (second, secondEnd) = self.year(in: line, at: connectorEnd),
               second > year, second - year < 20 {
                last = second
                finish = secondEnd
            }
            return Found(range: index..<finish, date: ThaiDate(year: year), end: last.map { ThaiDate(year: $0) },
                         kind: last == nil ? .date : .range)
        }
        if matches(line, index, "ปี"), !matches(line, skipSpaces(line, index + 2), "งบประมาณ") {
            let at = skipSpaces(line, index + 2)
            guard let (value, count) = number(in: line, at: at), count == 4, value >= 2400 else { return nil }
            return Found(range: index..<(at + count), date: ThaiDate(year: ThaiDate.christianYear(fromBuddhist: value)), kind: .date)
        }
        return nil
    }

    /// A range connector at `index` (after spaces): `-`, `–`, `ถึง`, `จนถึง`, `ถึงวันที่`; where it ends.
    func connector(in line: [Unicode.Scalar], at index: Int) -> (end: Int, word: String)? {
        let i = skipSpaces(line, index)
        for word in Self.connectors where matches(line, i, word) {
            var end = skipSpaces(line, i + word.unicodeScalars.count)
            // `ถึง วันที่ ๓๐`: the word for the end's day, written apart.
            if matches(line, end, "วันที่") { end = skipSpaces(line, end + "วันที่".unicodeScalars.count) }
            return (end, word)
        }
        return nil
    }

    /// Dates joined by a connector become one range; a month without a year takes the year of
    /// the end (`ส.ค. - ก.ย.๖๑`); a lone day before a date starts a range (`๑ - ๓ ตุลาคม ๒๕๖๖`).
    func joinRanges(_ found: [Found], in line: [Unicode.Scalar]) -> [Found] {
        var result: [Found] = []
        for item in found {
            if var previous = result.last, previous.kind == .date, item.kind == .date, item.date != nil, !item.needsYear,
               let (end, _) = connector(in: line, at: previous.range.upperBound), end == item.range.lowerBound,
               var start = previous.date, let finish = item.date {
                if previous.needsYear, let month = start.month {
                    start.year = month > (finish.month ?? 12) ? finish.year - 1 : finish.year
                    previous.needsYear = false
                }
                if start.isValid, (start.iso < finish.iso || start.precision != finish.precision) {
                    result[result.count - 1] = Found(range: previous.range.lowerBound..<item.range.upperBound, date: start,
                                                     end: finish, kind: .range)
                    continue
                }
            }
            var item = item
            // `๑ - ๓ ตุลาคม ๒๕๖๖`: a day and a connector before a full date.
            if item.kind == .date, !item.needsYear, let date = item.date, let day = date.day {
                var back = item.range.lowerBound
                while back > 0, line[back - 1].isWhitespace { back -= 1 }
                if back > 0, Self.dashes.contains(line[back - 1]) {
                    var digitsEnd = back - 1
                    while digitsEnd > 0, line[digitsEnd - 1].isWhitespace { digitsEnd -= 1 }
                    var digitsStart = digitsEnd
                    while digitsStart > 0, Self.digitValue(line[digitsStart - 1]) != nil { digitsStart -= 1 }
                    if digitsEnd - digitsStart >= 1, digitsEnd - digitsStart <= 2,
                       let first = number(in: line, at: digitsStart)?.value, first >= 1, first < day {
                        item = Found(range: digitsStart..<item.range.upperBound,
                                     date: ThaiDate(year: date.year, month: date.month, day: first), end: date, kind: .range)
                    }
                }
            }
            result.append(item)
        }
        return result
    }
}
