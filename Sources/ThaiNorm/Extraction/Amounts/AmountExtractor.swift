/// Sums of money in a document: a number or Thai number words followed by a unit of money
/// (`๑๒๓,๔๕๐ บาท`, `6,800 ล้านบาท`, `ปรับไม่เกินห้าหมื่นบาท`), and the numbers of a table
/// whose heading row names the unit (`ลำดับ  รายการ  จำนวนเงิน (บาท)`). Units are in
/// `mappings/money-units.tsv`.
///
/// ```swift
/// let amounts = AmountExtractor().amounts(in: ["วงเงิน ๒๐,๐๐๐ ล้านบาท"])
/// amounts[0].value   // 20000
/// amounts[0].unit    // "ล้านบาท"
/// amounts[0].baht    // 20_000_000_000
/// ```
///
/// Complexity: O(n) hash lookups in the length n of the text, and the units that start with
/// the scalar at each position.
public struct AmountExtractor: Sendable {
    /// Units, longest first: `ล้านบาท` is read before `บาท`.
    let units: [(scalars: [Unicode.Scalar], text: String, baht: Double?)]
    /// The units by their first scalar (longest first): most positions of a line start none.
    let unitsByFirst: [Unicode.Scalar: [(scalars: [Unicode.Scalar], text: String, baht: Double?)]]

    public static let shared: AmountExtractor = MappingTable.required { () throws(MappingTable.Failure) in
        try AmountExtractor(file: "money-units.tsv")
    }

    public init() { self = .shared }

    public init(file: String) throws(MappingTable.Failure) {
        var units: [([Unicode.Scalar], String, Double?)] = []
        for (line, fields) in try MappingTable.numberedRows(of: file) {
            guard !fields.isEmpty, !fields[0].isEmpty else {
                throw .malformed(file: file, line: line, reason: "expected UNIT[, BAHT PER UNIT]")
            }
            let baht = fields.count > 1 && !fields[1].isEmpty ? Double(fields[1]) : nil
            if fields.count > 1, !fields[1].isEmpty, baht == nil {
                throw .malformed(file: file, line: line, reason: "'\(fields[1])' is not a number")
            }
            units.append((Array(fields[0].unicodeScalars), String(fields[0]), baht))
        }
        self.units = units.sorted { $0.0.count > $1.0.count }
        self.unitsByFirst = Dictionary(grouping: self.units) { $0.scalars[0] }
    }

    /// Every sum of money in `lines`, in reading order.
    ///
    /// A sum that a line break cuts (`อัตราไร่ละ 193,146` / `บาท`, `182,62` / `3 บาท`,
    /// `1.13 ล้าน` / `ล้านบาท`, `1,136.9` / `59 ล้านบาท`) is one amount on the line where it
    /// starts, with `endLine`; up to ``ScalarLine/blankLinesInsideWrap`` blank lines may
    /// come between (lines emptied by ``JoinLinesStartingWithMarks``).
    public func amounts(in lines: [String]) -> [Amount] {
        var result: [Amount] = []
        var columnUnit: [Int: (text: String, baht: Double?)]? = nil   // the unit of each column of the current table
        var cellUnit: (text: String, baht: Double?)? = nil   // a table extraction wrote cell by cell, under a unit heading
        // Scalars at the start of a later line that an amount wrapped from an earlier one took.
        var taken: (line: Int, count: Int)?
        // Lines that were the rest of a cell's number read on an earlier line.
        var restLines = Set<Int>()
        for (index, line) in lines.enumerated() where !restLines.contains(index) {
            let scalars = Array(line.unicodeScalars)
            let from = taken?.line == index ? taken?.count ?? 0 : 0
            // The next line with text (lines emptied by JoinLinesStartingWithMarks may come between).
            let nextIndex = ScalarLine.nextWithText(after: index, in: lines, overBlanks: ScalarLine.blankLinesInsideWrap)
                ?? lines.count
            let next = nextIndex < lines.count ? Array(lines[nextIndex].unicodeScalars) : nil
            if from >= scalars.count, from > 0 { continue }   // the rest of a cell broken over two lines
            if !scalars.contains("\t") {
                // A line that writes its own sum (`มูลค่าลงทุน 13,788 ล้านบาท`, a number whose unit
                // starts the next line) is running text, not a cell.
                // A cell's number broken over two lines (`๑๔,๙๘๒,๐๐๐,๐` / `๐๐`, `231,435,677,` / `495`):
                // its last group is short. The rest may come after the next cell's wrapped line
                // (`๓,๑๔๙,๔๓๑,๗` / `นครราชสีมา` / `๐๐`: pdftotext writes a row's cells column by column).
                let closing = cellUnit == nil ? nil : Self.closingNumber(of: line, cellLimit: Self.cellLimit)
                let cut = closing.flatMap { closing in
                    Self.hasShortLastGroup(Array(closing.0.unicodeScalars))
                        ? cellRest(of: Array(closing.0.unicodeScalars), in: lines, after: index) : nil
                }
                // A number that ends with its separator is a sum only with its rest.
                if let unit = cellUnit, let (text, value) = closing, cut != nil || text.unicodeScalars.last != ",",
                   inlineAmounts(scalars, line: index + 1, from: from).isEmpty,
                   next.flatMap({ wrappedAmount(scalars, $0, line: index + 1, nextLine: nextIndex + 1) }) == nil {
                    var amount = Amount(text: text, line: index + 1, value: value, unit: unit.text, baht: unit.baht.map { $0 * value })
                    if let (restIndex, rest, whole) = cut {
                        let joined = Self.number(in: Array(text.unicodeScalars) + Array(rest.unicodeScalars)) ?? value
                        amount = Amount(text: text + " " + rest, line: index + 1, endLine: restIndex + 1, value: joined,
                                        unit: unit.text, baht: unit.baht.map { $0 * joined })
                        // A line that was only the rest is read no further; one that ends with it
                        // (the row's other cells) is read as any line.
                        if whole {
                            if restIndex == nextIndex { taken = (nextIndex, lines[nextIndex].unicodeScalars.count + 1) }
                            restLines.insert(restIndex)
                        }
                    }
                    result.append(amount)
                    continue
                }
                // A heading names a unit and writes no number (`จำนวนเงิน (บาท)`, not `37,076 ล้านบาท`),
                // also when a narrow cell wrapped it inside its brackets (`จำนวนเงิน (บา` / `ท)`); the
                // closing bracket is looked for as far as a date's rest (pdftotext -raw cuts a line
                // before each mark, and the join leaves those lines empty).
                func closingLine() -> [Unicode.Scalar]? {
                    ScalarLine.nextWithText(after: index, in: lines, overBlanks: ThaiDateParser.blankLinesInsideDate)
                        .map { Array(lines[$0].unicodeScalars) }
                }
                if scalars.count <= Self.cellLimit, !scalars.contains(where: { ItemNumber.digitValue($0) != nil }),
                   let unit = headingUnits([line.trimmingSpaces])?[0] ?? closingLine().flatMap({ bracketedHeadingUnit(scalars, $0) }) {
                    cellUnit = unit
                } else if scalars.count > Self.cellLimit {
                    cellUnit = nil
                }
            }
            if scalars.contains("\t") {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
                if let units = headingUnits(cells) {
                    columnUnit = units
                    continue
                }
                if let units = columnUnit {
                    result += tableAmounts(cells, units: units, line: index + 1)
                    continue
                }
            } else {
                columnUnit = nil
            }
            result += inlineAmounts(scalars, line: index + 1, from: from)
            if let next, let (amount, count) = wrappedAmount(scalars, next, line: index + 1, nextLine: nextIndex + 1) {
                result.append(amount)
                taken = (nextIndex, count)
            }
        }
        return result
    }

    /// A number that ends `line` and whose unit (and perhaps the rest of its digits, when its
    /// last group is short: `182,62` / `3 บาท`) starts `next`: the amount, and the scalars of
    /// `next` it takes.
    func wrappedAmount(_ line: [Unicode.Scalar], _ next: [Unicode.Scalar], line number: Int, nextLine: Int) -> (Amount, Int)? {
        var end = line.count
        while end > 0, line[end - 1].isWhitespace { end -= 1 }
        if let cut = amountWithUnitCut(line, end: end, next, line: number, nextLine: nextLine) { return cut }
        if let cut = amountInWordsCut(line, end: end, next, line: number, nextLine: nextLine) { return cut }
        guard end > 0, ItemNumber.digitValue(line[end - 1]) != nil || line[end - 1] == ",",
              let (_, start) = Self.digits(endingAt: end, in: line, notBefore: 0) ?? Self.digits(endingAt: end - 1, in: line, notBefore: 0),
              start == 0 || !line[start - 1].isASCIILetter
        else { return nil }
        // The part before the break: a short last group (`182,62`, `14,98`) goes on in the next line's digits.
        let head = Array(line[start..<end])
        var p = 0
        while p < next.count, next[p].isWhitespace { p += 1 }   // an indent, a page break
        var q = p
        while q < next.count, ItemNumber.digitValue(next[q]) != nil || next[q] == "," || next[q] == "." { q += 1 }
        let short = Self.hasShortLastGroup(head)
        guard !short || q > p else { return nil }
        if !short && !Self.continues(head, Array(next[p..<q]), after: line[..<start]) { q = p }
        var r = q
        if r < next.count, next[r] == " " { r += 1 }
        guard let unit = unit(at: r, in: next),
              let value = Self.number(in: head + Array(next[p..<q])) else { return nil }
        let stop = r + unit.scalars.count
        let text = String(scalars: head) + " " + String(scalars: next[p..<stop])
        return (Amount(text: text, line: number, endLine: nextLine, value: value, unit: unit.text,
                       baht: unit.baht.map { $0 * value }), stop)
    }

    /// A number and the start of its unit ending `line[..<end]`, the rest of the unit starting
    /// `next` (`1.13 ล้าน` / `ล้านบาท`): the amount, and the scalars of `next` it takes.
    func amountWithUnitCut(_ line: [Unicode.Scalar], end: Int, _ next: [Unicode.Scalar], line number: Int, nextLine: Int) -> (Amount, Int)? {
        var piece = end
        while piece > 0, ThaiScript.isWordCharacter(line[piece - 1]) { piece -= 1 }
        guard piece < end else { return nil }
        let numberEnd = piece > 0 && line[piece - 1] == " " ? piece - 1 : piece
        guard numberEnd > 0, ItemNumber.digitValue(line[numberEnd - 1]) != nil,
              let (value, start) = Self.digits(endingAt: numberEnd, in: line, notBefore: 0),
              start == 0 || !line[start - 1].isASCIILetter else { return nil }
        var p = 0
        while p < next.count, next[p].isWhitespace { p += 1 }   // an indent, a page break
        let joined = Array(line[piece..<end]) + Array(next[p...])
        guard let unit = unit(at: 0, in: joined), unit.scalars.count > end - piece else { return nil }
        let stop = p + unit.scalars.count - (end - piece)
        let text = String(scalars: line[start..<end]) + String(scalars: next[p..<stop])
        return (Amount(text: text, line: number, endLine: nextLine, value: value, unit: unit.text,
                       baht: unit.baht.map { $0 * value }), stop)
    }

    /// A sum in number words that a line break cuts (`ปรับไม่เกินหนึ่ง` / `แสนบาท`,
    /// `สองหมื่น` / `บาท`): number words end `line[..<end]` and go on, with the unit, at the
    /// start of `next`. The amount, and the scalars of `next` it takes.
    func amountInWordsCut(_ line: [Unicode.Scalar], end: Int, _ next: [Unicode.Scalar], line number: Int, nextLine: Int) -> (Amount, Int)? {
        var tail = end
        while tail > 0, ThaiScript.isWordCharacter(line[tail - 1]) { tail -= 1 }
        guard tail < end else { return nil }
        var p = 0
        while p < next.count, next[p].isWhitespace { p += 1 }   // an indent, a page break
        guard p < next.count, ThaiScript.isWordCharacter(next[p]) else { return nil }
        let cut = end - tail
        let joined = Array(line[tail..<end]) + Array(next[p...])
        // The first unit after the break that words from before it run into (no space between).
        var u = cut
        while u < joined.count, u <= cut + Self.wordsAcrossBreak, !joined[u].isWhitespace {
            defer { u += 1 }
            guard let unit = unit(at: u, in: joined), !ThaiNumberWords.startsWithMultiplier(unit.scalars[...]),
                  let (value, start) = Self.words(endingAt: u, in: joined, notBefore: 0), start < cut
            else { continue }
            let stop = u + unit.scalars.count
            let text = String(scalars: joined[start..<cut]) + String(scalars: joined[cut..<stop])
            return (Amount(text: text, line: number, endLine: nextLine, value: value, unit: unit.text,
                           baht: unit.baht.map { $0 * value }), p + stop - cut)
        }
        return nil
    }

    /// How far into the next line (scalars) the words of a sum cut by a line break may go on
    /// before their unit (`หนึ่ง` / `ล้านห้าแสนบาท`).
    static let wordsAcrossBreak = 24

    /// The longest unit written at `index` of `line`. An abbreviation must end there: `ลบ.`
    /// (ล้านบาท) is not read in `ลบ.ม.` (cubic metres), whose letters go on after its dot.
    func unit(at index: Int, in line: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], text: String, baht: Double?)? {
        guard index < line.count, let candidates = unitsByFirst[line[index]] else { return nil }
        return candidates.first { unit in
            let stop = index + unit.scalars.count
            guard stop <= line.count, line[index..<stop].elementsEqual(unit.scalars) else { return false }
            return unit.scalars.last != "." || stop == line.count || !(ThaiScript.isConsonant(line[stop]) || line[stop].isASCIILetter)
        }
    }

    /// The longest line (in scalars) read as a table cell, or a row ending in a sum, when a
    /// table is written without tabs (pdftotext: a cell a line; OCR: cells apart by spaces).
    static let cellLimit = 100

    /// A sum that ends a short line: a number with thousands separators, alone or
    /// after a space (`1,100,000,000`, `๕ โครงการผลิตแพทย์   ๑๘,๐๐๐`), or cut after one
    /// (`231,435,677,`: its value without the rest).
    static func closingNumber(of line: String, cellLimit: Int) -> (String, Double)? {
        let trimmed = line.trimmingSpaces
        guard trimmed.unicodeScalars.count <= cellLimit, !trimmed.isEmpty else { return nil }
        let token = trimmed.split(separator: " ").last.map(String.init) ?? trimmed
        let scalars = Array(token.unicodeScalars)
        // Not an item number `๑.๒`; a number cut after its separator (`231,435,677,`) is read without it.
        let open = scalars.count > 1 && scalars.last == ","
        guard scalars.contains(","), let value = number(in: open ? Array(scalars.dropLast()) : scalars) else { return nil }
        return (token, value)
    }

    /// The lines with text after a cell's number read for the rest of its digits.
    static let cellRestLines = 2

    /// The rest of a cell's number whose last group is short: a line of digits and separators
    /// among the next ``cellRestLines`` lines with text, that makes it a well-grouped number;
    /// or, where a row's cells share a line (pdftotext -layout: `๑   โครงการระบบขนส่งมวลชนจังหวัด
    /// ๓,๑๔๙,๔๓๑,๗` / `นครราชสีมา   ๐๐`), the digits that end the next line with text, after a
    /// gap of spaces. `whole` says which: the rest is the whole line.
    func cellRest(of head: [Unicode.Scalar], in lines: [String], after index: Int) -> (index: Int, rest: String, whole: Bool)? {
        let digits = { (text: Substring) in text.unicodeScalars.allSatisfy { ItemNumber.digitValue($0) != nil || $0 == "," } }
        var seen = 0
        for restIndex in (index + 1)..<lines.count where !lines[restIndex].allSatisfy(\.isWhitespace) {
            seen += 1
            if seen > Self.cellRestLines { break }
            let rest = lines[restIndex].trimmingSpaces
            if digits(Substring(rest)) {
                return Self.isGrouped(head + Array(rest.unicodeScalars)) ? (restIndex, rest, true) : nil
            }
            // The next line's last cell, set off by two spaces or more.
            guard seen == 1, let gap = rest.range(of: "  ", options: .backwards) else { continue }
            let cell = rest[gap.upperBound...].drop(while: { $0 == " " })
            guard !cell.isEmpty, digits(cell), !cell.contains(" ") else { continue }
            return Self.isGrouped(head + Array(cell.unicodeScalars)) ? (restIndex, String(cell), false) : nil
        }
        return nil
    }

    /// The unit of a heading cell whose brackets a line break cut (`จำนวนเงิน (บา` / `ท)`): the
    /// line opens a bracket it does not close, and the next, a short line, closes it. Where a
    /// row's cells share the next line (pdftotext -layout: `ลำดั   รายการ   จำนวนเงิน (บ` /
    /// `    บ            าท)`), its last cell, after a gap of two spaces or more, is the rest.
    func bracketedHeadingUnit(_ line: [Unicode.Scalar], _ next: [Unicode.Scalar]) -> (text: String, baht: Double?)? {
        guard let open = line.lastIndex(of: "("), !line[open...].contains(")"),
              next.count <= Self.cellLimit, let close = next.firstIndex(of: ")"), !next[..<close].contains("(")
        else { return nil }
        let head = String(scalars: line).trimmingSpaces, rest = String(scalars: next).trimmingSpaces
        if let unit = headingUnits([head + rest])?[0] { return unit }
        guard let gap = rest.range(of: "  ", options: .backwards) else { return nil }
        return headingUnits([head + rest[gap.upperBound...].drop(while: { $0 == " " })])?[0]
    }

    /// The units a table's heading row names, by column (`จำนวนเงิน (บาท)`); nil when it names none.
    func headingUnits(_ cells: [String]) -> [Int: (text: String, baht: Double?)]? {
        var found: [Int: (text: String, baht: Double?)] = [:]
        for (column, cell) in cells.enumerated() where Self.number(in: Array(cell.unicodeScalars)) == nil {
            let scalars = Array(cell.unicodeScalars)
            if let unit = units.first(where: { Self.names($0.scalars, in: scalars) }) {
                found[column] = (unit.text, unit.baht)
            }
        }
        return found.isEmpty ? nil : found
    }

    /// Whether a heading cell names `unit`: in brackets (`จำนวนเงิน (บาท)`), or at its end.
    static func names(_ unit: [Unicode.Scalar], in cell: [Unicode.Scalar]) -> Bool {
        if cell.count > unit.count, cell.suffix(unit.count).elementsEqual(unit) { return true }
        var open = cell.startIndex
        while let bracket = cell[open...].firstIndex(of: "(") {
            let start = bracket + 1, end = start + unit.count
            if end < cell.count, cell[end] == ")", cell[start..<end].elementsEqual(unit) { return true }
            open = start
        }
        return false
    }

    /// The sums in a row of a table with units: a cell that is a number, in a column with a
    /// unit, or written with thousands separators (a total row's cells can sit left of their column).
    func tableAmounts(_ cells: [String], units: [Int: (text: String, baht: Double?)], line: Int) -> [Amount] {
        guard let fallback = units.values.first else { return [] }
        var result: [Amount] = []
        for (column, cell) in cells.enumerated() where column > 0 || units[0] != nil {
            let scalars = Array(cell.unicodeScalars)
            guard let value = Self.number(in: scalars), units[column] != nil || scalars.contains(",") else { continue }
            let unit = units[column] ?? fallback
            result.append(Amount(text: cell, line: line, value: value, unit: unit.text, baht: unit.baht.map { $0 * value }))
        }
        return result
    }

    /// Sums written in the line: a number or number words, then (after at most one space) a unit.
    func inlineAmounts(_ line: [Unicode.Scalar], line number: Int, from start: Int = 0) -> [Amount] {
        var result: [Amount] = []
        var index = start
        var taken = start   // scalars before this are part of an amount already read
        while index < line.count {
            guard let unit = unit(at: index, in: line) else {
                index += 1
                continue
            }
            var end = index
            if end > taken, line[end - 1] == " " { end -= 1 }
            // A unit that starts with a multiplier (`แสนบาท`) takes digits only: after words it is
            // part of the number (`หนึ่งล้านห้าแสนบาท`).
            let compound = ThaiNumberWords.startsWithMultiplier(unit.scalars[...])
            if let (value, start) = Self.digits(endingAt: end, in: line, notBefore: taken)
                ?? (compound ? nil : Self.words(endingAt: end, in: line, notBefore: taken)) {
                let stop = index + unit.scalars.count
                result.append(Amount(text: String(scalars: line[start..<stop]), line: number, value: value, unit: unit.text,
                                     baht: unit.baht.map { $0 * value }))
                taken = stop
                index = stop
            } else {
                index += 1   // `ห้าหมื่นบาท`: no number before หมื่นบาท, but one before บาท
            }
        }
        return result
    }

    /// A number written in digits (Thai or Arabic, with thousands separators and decimals) that
    /// ends at `end`, and where it starts.
    static func digits(endingAt end: Int, in line: [Unicode.Scalar], notBefore floor: Int) -> (Double, Int)? {
        var start = end
        while start > floor, ItemNumber.digitValue(line[start - 1]) != nil || line[start - 1] == "," || line[start - 1] == "." {
            start -= 1
        }
        while start < end, ItemNumber.digitValue(line[start]) == nil { start += 1 }   // not from a separator
        guard start < end, let value = number(in: Array(line[start..<end])) else { return nil }
        return (value, start)
    }

    /// Whether a number that ends a line of running text goes on in the number that starts the
    /// next, before its unit: the two joined are one well-formed number (`1,136.9` / `59 ล้านบาท`,
    /// `รวม 5` / `5,038.96 ล้านบาท`; without separators only when the rest starts with a zero,
    /// `ไม่เกิน 80` / `0 บาท`, or holds the decimals, `7` / `83.8 ล้านบาท`), and the first follows words on its line (not a cell, an item
    /// number or a year: `ปี 2565` / `500 ล้านบาท` is two numbers).
    ///
    /// ```swift
    /// AmountExtractor.continues(Array("1,136.9".unicodeScalars), Array("59".unicodeScalars),
    ///                           after: Array("มูลหนี้ลดลง ".unicodeScalars)[...])   // true
    /// ```
    static func continues(_ head: [Unicode.Scalar], _ rest: [Unicode.Scalar], after before: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = rest.first, ItemNumber.digitValue(first) != nil, before.last == " " else { return false }
        let words = before.dropLast(before.reversed().prefix(while: \.isWhitespace).count)
        guard let last = words.last, ItemNumber.digitValue(last) == nil,
              !ThaiDateParser.yearLeads.contains(where: { words.reversed().starts(with: $0.unicodeScalars.reversed()) })
        else { return false }
        let joined = head + rest
        // Without separators: the rest starts with a zero, or holds the decimals of a whole head
        // (`ร้าน OTOP 7` / `83.8 ล้านบาท`).
        guard joined.contains(",") else {
            return (ItemNumber.digitValue(first) == 0 && !joined.contains(".")) || (!head.contains(".") && rest.filter { $0 == "." }.count == 1)
        }
        return isGrouped(joined)
    }

    /// Whether digits with thousands separators are grouped as written: one to three digits,
    /// then groups of three, then perhaps a point and decimals (`55,038.96`).
    static func isGrouped(_ number: [Unicode.Scalar]) -> Bool {
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }),
              parts.count == 1 || !parts[1].contains(",") else { return false }
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        return (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Whether a number written with thousands separators ends in a group of fewer than three
    /// digits (`182,62`, `14,982,`): it goes on where a line break cut it.
    static func hasShortLastGroup(_ number: [Unicode.Scalar]) -> Bool {
        guard let comma = number.lastIndex(of: ","), !number.contains(".") else { return false }
        return number.count - 1 - comma < 3
    }

    /// A cell or span that is only a number: digits with thousands separators and decimals.
    static func number(in scalars: [Unicode.Scalar]) -> Double? {
        guard let first = scalars.first, ItemNumber.digitValue(first) != nil,
              let last = scalars.last, ItemNumber.digitValue(last) != nil else { return nil }
        var text = ""
        for scalar in scalars {
            if let digit = ItemNumber.digitValue(scalar) {
                text.append(Character(String(digit)))
            } else if scalar == "." {
                text.append(".")
            } else if scalar != "," {
                return nil
            }
        }
        return Double(text)
    }

    /// The Thai number words (`ห้าหมื่น`, `หนึ่งแสนสองหมื่น`) that end at `end`, read as far
    /// back as they go, and where they start.
    static func words(endingAt end: Int, in line: [Unicode.Scalar], notBefore floor: Int) -> (Double, Int)? {
        var best: (Double, Int)?
        var start = end - 1
        while start >= max(floor, end - 60) {
            if let value = ThaiNumberWords.value(of: line[start..<end]) { best = (value, start) }
            start -= 1
        }
        // Digits before a multiplier word: `5 ล้าน`, `1.5 แสน`.
        if let (value, start) = best, ThaiNumberWords.startsWithMultiplier(line[start..<end]) {
            var digitsEnd = start
            if digitsEnd > floor, line[digitsEnd - 1] == " " { digitsEnd -= 1 }
            if let (count, digitsStart) = digits(endingAt: digitsEnd, in: line, notBefore: floor) {
                return (count * value, digitsStart)
            }
            // A large multiplier alone (`ล้านบาท` with no number before it) is no sum: laws write
            // `หนึ่งล้านบาท`, `หนึ่งหมื่นบาท` (never `หมื่นบาท` alone in the Thai law corpus).
            if value >= 10_000, ThaiNumberWords.isMultiplier(line[start..<end]) { return nil }
        }
        return best
    }
}
