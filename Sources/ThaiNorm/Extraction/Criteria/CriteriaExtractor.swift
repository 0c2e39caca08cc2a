import Foundation

/// Reads hierarchically numbered items (`๑`, `๑.๑`, `๒.๕.๑`) of a document's criteria
/// tables (``CriteriaTables``) as criteria: their text, level, points, part and the people
/// assigned to them. A numbered line outside a criteria table is not a criterion.
///
/// - A row whose tab cells line up with its table's heading row is read by the columns
///   the heading names (``CriteriaRowCells``): text, points, level, supervisors, responsible.
/// - A single number whose next items are its children heads a *part* when its text names
///   one (`๑. เกณฑ์คุณภาพ …`) or it repeats an earlier number; so do lines such as
///   `เกณฑ์ด้านกายภาพ จำนวน ๑๕ ข้อ`, `ส่วนที่ ๒ …` or `… ข้อละ ๒ คะแนน` inside a table.
///   Otherwise it is a criterion with sub-items.
/// - A number out of sequence, or followed by a person's title in a table with a points
///   column, is another column's cell (the points), not an item.
/// - Level (``CriteriaLevels``): the level column, a marker before the number or as the text's
///   first or last word (data, or defined by the document's note), else the parent's or part's.
/// - Points: the points column, written on the item (`(๑๐ คะแนน)`, `ได้ ๒ คะแนน`), the next
///   step after `ดำเนินการตามเกณฑ์ ๑ คะแนน และ`, the part's `ข้อละ ๒ คะแนน` for its level,
///   or, for sub-items that grade their parent, their rank.
/// - Assignees read line by line: names between an item and the next (also wrapped over two
///   lines, ``WrappedCellNames``). With no supervisor column all are responsible; else two or
///   more: the first supervises, the rest are responsible; one: responsible, and the
///   supervisor above is carried down (a merged cell); none: the parent's, or the previous item's.
///
/// Complexity: O(n) in the number of lines.
public struct CriteriaExtractor: Sendable {
    let names: NameGuard
    /// Lines that belong to page furniture of a criteria table, not to an item's text (``DocumentForms``).
    let furniture: [String]
    /// Where the criteria tables are: items are read there only.
    let tables: CriteriaTables
    /// Level words and markers.
    let levels: CriteriaLevels
    /// Words that start a part's heading inside a table (`ส่วนที่`).
    let partWords: [String]

    public init(names: NameGuard = .shared, forms: DocumentForms = .shared) {
        self.names = names
        self.furniture = forms.tableFurniture
        self.tables = CriteriaTables(forms: forms)
        self.levels = CriteriaLevels(forms: forms)
        self.partWords = forms.criteriaParts
    }

    struct Item {
        var number: ItemNumber
        var line: Int
        var part: String?
        var partLevel: Criterion.Level?
        var partPoints: [Criterion.Level?: Double]
        var text: String
        var names: [String]
        /// The columns of the item's table (empty: not named by a heading row).
        var columns: [String]
        /// The row read by those columns, when its cells line up with them.
        var cells: CriteriaRowCells?
        /// The points a line-by-line reading found in the points column.
        var linePoints: Double?
        /// The level a marker printed on the item gives.
        var marked: Criterion.Level?
        /// The level its level column names, read by position (``LayoutColumns``).
        var columnLevel: Criterion.Level? = nil
        /// The heading row of the item's table is laid out in cells (tabs, runs of spaces): the
        /// columns it names are all the table has.
        var headingInCells = false
    }

    /// `names` holds each line's names with a family name, those a narrow cell wrapped read
    /// whole (``WrappedCellNames/rejoining(_:in:inTable:)``; computed here when not given);
    /// `canonical` maps each spelling of a name (`given family`) to the person's chosen spelling.
    /// `layouts` are ``CriteriaTables/layouts(in:)`` of `lines` when the caller has them.
    public func criteria(in lines: [String], names: [[NameOccurrence]]? = nil, canonical: [String: String] = [:],
                         layouts: [[String]?]? = nil) -> [Criterion] {
        criteria(in: lines, names: names, canonical: canonical, layouts: layouts, columned: nil)
    }

    /// ``criteria(in:names:canonical:layouts:)`` with the tables laid out in columns already read
    /// (``LayoutColumns/readSkippingBlanks(_:layouts:)`` of `lines`), when the caller has them.
    func criteria(in lines: [String], names: [[NameOccurrence]]?, canonical: [String: String],
                  layouts: [[String]?]?, columned: LayoutColumns.Reading?) -> [Criterion] {
        let scalars = lines.map { Array($0.unicodeScalars) }
        let layouts = layouts ?? tables.layouts(in: lines)
        let names = names ?? WrappedCellNames(guard: self.names).rejoining(
            NameOccurrence.withFamilyNames(in: scalars, guard: self.names), in: scalars, inTable: layouts.map { $0 != nil })
        // Blank lines hold no cell: pdftotext writes one between a table's cells, and a line
        // whose text was joined to the line above is left empty. The rows are read without
        // them (a name wrapped over two cells' lines is then one name); lines stay the input's.
        let written = lines.indices.filter { !lines[$0].unicodeScalars.allSatisfy(\.properties.isWhitespace) }
        if written.count < lines.count {
            let position = Dictionary(uniqueKeysWithValues: written.enumerated().map { ($1, $0) })
            var result = criteria(in: written.map { lines[$0] }, names: written.map { names[$0] }, canonical: canonical,
                                  layouts: written.map { layouts[$0] }, columned: columned?.renumbered { position[$0] })
            for index in result.indices { result[index].line = written[result[index].line - 1] + 1 }
            return result
        }
        let inTable = layouts.map { $0 != nil }
        var levels = self.levels
        levels.learnMarkers(from: lines)
        // Numbered lines of the criteria tables (tree numbers only; `๑)` lists belong to an item's text).
        var numbered: [(line: Int, number: ItemNumber)] = []
        for (index, line) in scalars.enumerated() where inTable[index] {
            if let number = ItemNumber.leading(in: line), number.style == .tree { numbered.append((index, number)) }
        }
        // A number out of sequence that the expected one follows is no item: another column's
        // cell read into the line (`๑ …`, `๕ นายฐิติกร …`, `๒ …`: the 5 is the points of item 1).
        // So is a number followed by a person's title in a table with a points column (`๒ นายสมชาย …`:
        // the points cell beside the responsible cell; an item's text is not a name).
        let beforeName = Set(numbered.indices.filter { k in
            let (line, number) = numbered[k]
            guard number.components.count == 1, layouts[line]?.contains("points") == true else { return false }
            var start = number.range.upperBound
            while start < scalars[line].count, scalars[line][start].isWhitespace { start += 1 }
            return self.names.title(in: scalars[line], at: start) != nil
        })
        let kept = numbered.indices.filter { !beforeName.contains($0) }
        let outOfSequence = Set(Self.outOfSequence(kept.map { numbered[$0].number }).map { kept[$0] }).union(beforeName)
        let cellNumbers = Dictionary(uniqueKeysWithValues: outOfSequence.map { (numbered[$0].line, numbered[$0].number) })
        numbered = numbered.enumerated().filter { !outOfSequence.contains($0.offset) }.map(\.element)
        var headings = Set<Int>()
        // A single number whose next items are its children heads a part when its text names
        // one (`๑. เกณฑ์คุณภาพ …`), or when it repeats a number already seen (OCR's `๒ .๕` for
        // `๒.๕` after the part `๒`); otherwise it is a criterion with sub-items (a parent row).
        var highest = 0, headingValue = 0
        var previousLine = -1
        for (k, entry) in numbered.enumerated() where entry.number.components.count == 1 {
            let value = entry.number.components[0]
            // Numbering restarts in a new part or a new table.
            if previousLine >= 0, ((previousLine + 1)..<entry.line).contains(where: { !inTable[$0] || isPartRow(lines[$0].trimmingSpaces) }) {
                highest = 0
            }
            previousLine = entry.line
            defer { highest = max(highest, value) }
            if k + 1 < numbered.count, numbered[k + 1].number.components.count > 1,
               numbered[k + 1].number.components.first == entry.number.components.first {
                let rest = String(scalars: scalars[entry.line][entry.number.range.upperBound...])
                    .replacingOccurrences(of: "\t", with: " ").trimmingSpaces
                // (The number of the numbered part heading above counts even after a part row.)
                if namesPart(rest) {
                    headings.insert(entry.line)
                    headingValue = value
                } else if value <= highest || value == headingValue {
                    headings.insert(entry.line)
                }
            }
        }
        // Whether each line's table has its heading row (the first of the lines with its columns)
        // laid out in cells: tabs, or runs of spaces.
        var headingInCells: [Bool] = []
        headingInCells.reserveCapacity(lines.count)
        for (index, columns) in layouts.enumerated() {
            if index > 0, layouts[index - 1] == columns {
                headingInCells.append(headingInCells[index - 1])
            } else {
                headingInCells.append(!(columns ?? []).isEmpty && (scalars[index].contains("\t") || lines[index].contains("  ")))
            }
        }
        // Tables laid out in columns (pdftotext -layout): each name read in its own column.
        let columned = columned ?? LayoutColumns(guard: self.names, headings: tables, levels: levels).read(scalars, layouts: layouts)
        let numberAt = Dictionary(uniqueKeysWithValues: numbered.map { ($0.line, $0.number) })
        let itemLines = Set(numberAt.keys)
        var items: [Item] = []
        var part: String?
        var partLevel: Criterion.Level?
        var partPoints: [Criterion.Level?: Double] = [:]
        var index = 0
        while index < lines.count {
            guard inTable[index] else {
                index += 1
                continue
            }
            let text = lines[index].trimmingSpaces
            if headings.contains(index) || (!itemLines.contains(index) && isPartRow(text)) {
                var heading = text
                if index + 1 < lines.count, lines[index + 1].trimmingSpaces.hasPrefix("จำนวน") {
                    heading += " " + lines[index + 1].trimmingSpaces
                }
                let name = Self.partName(heading)
                if !name.isEmpty, name != part {
                    part = name
                    partLevel = levels.headingLevel(in: heading)
                    partPoints = Self.pointsPerItem(in: heading)
                }
                index += heading == text ? 1 : 2
                continue
            }
            guard let number = numberAt[index] else {
                index += 1
                continue
            }
            // The item's block: up to the next numbered line or heading.
            var end = index + 1
            while end < lines.count, inTable[end], !itemLines.contains(end), !isPartRow(lines[end].trimmingSpaces) { end += 1 }
            var itemNames: [String] = []
            var body: [String] = []
            var textEnded = false
            let columns = layouts[index] ?? []
            let spelled = { (name: NameOccurrence) -> String in
                let spelling = "\(name.given) \(name.family!)"
                return canonical[spelling] ?? spelling
            }
            var cells = CriteriaRowCells.read(scalars[index], columns: columns, names: names[index], spelled: spelled, levels: levels)
            // Read line by line in a table with a points column: a number out of sequence that
            // starts one of the item's lines is its points cell.
            var linePoints: Double?
            if cells == nil, columns.contains("points"),
               let cell = (index + 1..<end).lazy.compactMap({ cellNumbers[$0] }).first, cell.components.count == 1 {
                linePoints = Double(cell.components[0])
            }
            // A table without name columns laid out in columns: its points column read by position.
            if cells == nil, linePoints == nil, !columned.read.contains(index), let value = columned.points[index] {
                linePoints = value
            }
            if cells == nil, columned.read.contains(index) {
                let found = (index..<end).flatMap { columned.byLine[$0] ?? [] }
                let people = { (role: String) in columns.contains(role) ? found.filter { $0.role == role }.map { spelled($0.name) } : nil }
                cells = CriteriaRowCells(supervisors: people("supervisor"), responsible: people("responsible"), points: columned.points[index])
            }
            // A level column read by position: its text on the item's lines, read as one (`ขั้นพื้น` / `ฐาน`).
            let levelText = (index..<end).flatMap { line in (columned.levelRanges[line] ?? []).map { String(scalars: scalars[line][$0]) } }
            let columnLevel = levelText.isEmpty ? nil : levels.level(in: levelText.joined())
            for blockLine in index..<end {
                // The level column's text is no part of the criterion's.
                var line = scalars[blockLine]
                for range in columned.levelRanges[blockLine] ?? [] {
                    line.replaceSubrange(range, with: repeatElement(" ", count: range.count))
                }
                let found = names[blockLine]
                for name in found {
                    let spelled = "\(name.given) \(name.family!)"
                    itemNames.append(canonical[spelled] ?? spelled)
                }
                guard !textEnded else { continue }
                if columned.read.contains(index) {
                    // Read by columns: the text is what the name columns leave, up to the table's end.
                    guard let nameRanges = columned.nameRanges[blockLine] else {
                        textEnded = true
                        continue
                    }
                    var rest = Array(line)
                    for range in nameRanges { rest.replaceSubrange(range, with: repeatElement(" ", count: range.count)) }
                    let from = blockLine == index ? number.range.upperBound : 0
                    let piece = TableExtractor.cellText(String(scalars: rest[from...]))
                    if blockLine == index || !furniture.contains(where: { piece.hasPrefix($0) }), !piece.isEmpty { body.append(piece) }
                    continue
                }
                if blockLine == index, let cellText = cells?.text {
                    // A row read by its cells is one line: its criterion cell is the text.
                    body.append(TableExtractor.cellText(cellText))
                    textEnded = true
                    continue
                }
                // Another column's number read into a line (its points cell) ends the text.
                if blockLine != index, cellNumbers[blockLine] != nil {
                    textEnded = true
                    continue
                }
                // The item's text: after its number, before the names that end it; not page furniture.
                let from = blockLine == index ? number.range.upperBound : 0
                let to = max(from, found.first?.range.lowerBound ?? line.count)
                // Table cells (tabs) and HTML fragments in them come out as plain text.
                let piece = TableExtractor.cellText(String(scalars: line[from..<to].lazy.map { $0 == "\t" ? " " : $0 }))
                if blockLine == index || !furniture.contains(where: { piece.hasPrefix($0) }), !piece.isEmpty {
                    body.append(piece)
                }
                if !found.isEmpty { textEnded = true }
            }
            let itemText = body.joined(separator: " ")
            items.append(Item(number: number, line: index + 1, part: part, partLevel: partLevel, partPoints: partPoints,
                              text: itemText, names: itemNames, columns: columns, cells: cells, linePoints: linePoints,
                              marked: number.marker.flatMap { levels.marked(String($0)) } ?? levels.marked(itemText),
                              columnLevel: columnLevel, headingInCells: headingInCells[index]))
            index = end
        }
        return assemble(items)
    }

    /// Levels, points and assignees, from the items in order.
    func assemble(_ items: [Item]) -> [Criterion] {
        var result: [Criterion] = []
        var byID: [String: Int] = [:]
        var supervisor: [String] = []
        var previousAssignees: (supervisors: [String], responsible: [String]) = ([], [])
        var currentPart: String?
        var parentIndex: [Int?] = []
        for item in items {
            // Numbering restarts with each part: a parent is looked for in the same part only.
            if item.part != currentPart {
                byID = [:]
                currentPart = item.part
            }
            let number = item.number
            let id = number.id
            let parentID = number.components.count > 1 ? number.components.dropLast().map { "\($0)" }.joined(separator: ".") : nil
            let parent = parentID.flatMap { byID[$0] }.map { result[$0] }
            // A row keeps its own names (a parent row with none has none).
            let names = item.names
            let level = item.cells?.level ?? item.columnLevel ?? item.marked ?? parent?.level ?? item.partLevel
            var points = item.cells?.points ?? item.linePoints ?? Self.writtenPoints(in: item.text)
            if points == nil, parent == nil { points = item.partPoints[level] ?? item.partPoints[nil] }
            var supervisors: [String], responsible: [String]
            if let cells = item.cells {
                // Read by columns. An empty supervisor cell is one merged with the rows above:
                // the parent's, else the previous row's.
                responsible = cells.responsible ?? []
                supervisors = cells.supervisors ?? []
                if cells.supervisors?.isEmpty == true {
                    supervisors = parent?.supervisors ?? result.last?.supervisors ?? []
                }
                supervisor = supervisors
            } else if item.headingInCells, !item.columns.contains(where: CriteriaTables.peopleColumns.contains) {
                // A heading laid out in cells that names no column of people: a name on a row is
                // part of its text or of the body after the table, no assignee.
                supervisors = []
                responsible = []
            } else if !item.columns.isEmpty, !item.columns.contains("supervisor") {
                // The heading names no supervisor column: everyone named is responsible.
                supervisors = []
                responsible = names.isEmpty ? (parent?.responsible ?? previousAssignees.responsible) : names
            } else {
                switch names.count {
                case 0:
                    (supervisors, responsible) = parent.map { ($0.supervisors, $0.responsible) } ?? previousAssignees
                case 1:
                    supervisors = supervisor
                    responsible = names
                default:
                    supervisors = [names[0]]
                    responsible = Array(names.dropFirst())
                    supervisor = supervisors
                }
            }
            if parent == nil { previousAssignees = (supervisors, responsible) }
            let criterion = Criterion(id: id, idText: number.text(), parent: parent?.id, level: level, points: points,
                                      text: item.text, supervisors: supervisors, responsible: responsible, part: item.part,
                                      line: item.line)
            parentIndex.append(parentID.flatMap { byID[$0] })
            byID[id] = result.count
            result.append(criterion)
        }
        // Sub-items that grade their parent: as many as its points, the k-th worth k.
        for index in result.indices where result[index].points == nil {
            guard let parent = parentIndex[index], let parentPoints = result[parent].points else { continue }
            let siblings = result.indices.filter { parentIndex[$0] == parent }
            if Double(siblings.count) == parentPoints, let rank = siblings.firstIndex(of: index) {
                result[index].points = Double(rank + 1)
            }
        }
        return result
    }

    static func isPartHeading(_ line: String) -> Bool { CriteriaTables.isPartHeading(line) }

    /// Positions of single numbers out of sequence: not the previous single number + 1 (nor a
    /// restart at 1) while that expected number comes within the next `sequenceLookahead`
    /// numbers, and that numbers another item too or lies beyond the item after the last. `1, 5, 2, 10, 3, 4, 5`
    /// → the first 5 and the 10; `1, 2, 4, 5` keeps the 4 (3 never comes); `1, 3, 2` keeps all.
    static func outOfSequence(_ numbers: [ItemNumber]) -> Set<Int> {
        var result = Set<Int>()
        var previous: Int?
        for (k, number) in numbers.enumerated() where number.components.count == 1 {
            let value = number.components[0]
            if let previous, value != previous + 1, value != 1 {
                let expected = previous + 1
                let soon = numbers[(k + 1)...].prefix(sequenceLookahead)
                if soon.contains(where: { $0.components.first == expected }) {
                    result.insert(k)
                    continue
                }
            }
            previous = value
        }
        // A row PDF extraction moved (`๑`, `๓`, `๒`) is out of sequence too: only a number that
        // also numbers another item, or lies beyond the item after the last, is another column's cell.
        let values = numbers.map { $0.components.count == 1 ? $0.components[0] : nil }
        let last = values.enumerated().filter { !result.contains($0.offset) }.compactMap(\.element).max() ?? 0
        return result.filter { k in
            let value = values[k]!
            return value > last + 1 || values.enumerated().contains { $0.offset != k && $0.element == value }
        }
    }

    /// How many numbers ahead the expected next number is looked for.
    static let sequenceLookahead = 3

    /// Whether `text` starts with the words of a part's heading (`ส่วนที่`).
    func startsPart(_ text: String) -> Bool { partWords.contains { text.hasPrefix($0) } }

    /// Whether a numbered line's text (after its number) names a part, however long:
    /// it starts with `เกณฑ์` or a part word, or counts its items (`จำนวน ๗ ข้อ`).
    func namesPart(_ text: String) -> Bool {
        text.hasPrefix("เกณฑ์") || startsPart(text) || CriteriaTables.countsItems(text)
    }

    /// Whether an unnumbered line inside a criteria table heads a part: a part heading
    /// (``CriteriaTables/isPartHeading(_:)``), or a short line that starts with a part word
    /// (`ส่วนที่ ๒ เกณฑ์ก้าวหน้า`) or gives points per item (`ข้อละ ๒ คะแนน`).
    func isPartRow(_ text: String) -> Bool {
        if Self.isPartHeading(text) { return true }
        guard !text.isEmpty, text.unicodeScalars.count <= CriteriaTables.partHeadingLimit else { return false }
        return startsPart(text) || (text.containsScalars("ข้อละ") && text.containsScalars("คะแนน"))
    }

    /// The heading up to its count of items (`เกณฑ์ด้านกายภาพ จำนวน ๑๕ ข้อ …` → `เกณฑ์ด้านกายภาพ`).
    static func partName(_ heading: String) -> String {
        var name = heading
        if let cut = name.range(of: "จำนวน") { name = String(name[..<cut.lowerBound]) }
        if let number = ItemNumber.leading(in: Array(name.unicodeScalars)) {
            name = String(scalars: Array(name.unicodeScalars)[number.range.upperBound...])
        }
        return name.trimmingSpaces
    }

    /// `ข้อละ N คะแนน` per level named before it (`(ขั้นพื้นฐาน ^) … ข้อละ ๑ คะแนน … (ขั้นสูง ©) … ข้อละ ๒ คะแนน`).
    static func pointsPerItem(in heading: String) -> [Criterion.Level?: Double] {
        var result: [Criterion.Level?: Double] = [:]
        let scalars = Array(heading.unicodeScalars)
        let marker = Array("ข้อละ".unicodeScalars)
        let basic = Array("ขั้นพื้นฐาน".unicodeScalars), advanced = Array("ขั้นสูง".unicodeScalars)
        var level: Criterion.Level?
        var i = 0
        while i < scalars.count {
            if scalars[i...].starts(with: basic) { level = .basic }
            if scalars[i...].starts(with: advanced) { level = .advanced }
            if scalars[i...].starts(with: marker), let value = number(after: i + marker.count, in: scalars) {
                result[level] = value
                if level != nil, result[nil] == nil { result[nil] = value }
            }
            i += 1
        }
        return result
    }

    static func number(after index: Int, in scalars: [Unicode.Scalar]) -> Double? {
        var i = index
        while i < scalars.count, scalars[i].isWhitespace { i += 1 }
        // In Double: a run of digits too long for an Int must not trap (found by scripts/fuzz).
        var value = 0.0, digits = 0
        while i < scalars.count, let d = ItemNumber.digitValue(scalars[i]) { value = value * 10 + Double(d); digits += 1; i += 1 }
        return digits > 0 ? value : nil
    }

    /// The number written just before `index` (spaces between allowed), and where its digits start:
    /// `๑๒ คะแนน` → 12.
    static func number(before index: Int, in scalars: [Unicode.Scalar]) -> (value: Double, start: Int)? {
        var end = index
        while end > 0, scalars[end - 1].isWhitespace { end -= 1 }
        var start = end
        while start > 0, ItemNumber.digitValue(scalars[start - 1]) != nil { start -= 1 }
        guard start < end, let value = number(after: start, in: scalars) else { return nil }
        return (value, start)
    }

    static let pointsUnit = Array("คะแนน".unicodeScalars)

    /// Points written on the item itself.
    static func writtenPoints(in text: String) -> Double? {
        let scalars = Array(text.unicodeScalars)
        let unit = pointsUnit
        // `(๑๐ คะแนน)` or `ได้ ๒ คะแนน`.
        for i in scalars.indices where scalars[i...].starts(with: unit) {
            guard let (value, start) = number(before: i, in: scalars) else { continue }
            let before = String(scalars: scalars[..<start]).trimmingSpaces
            if before.hasSuffix("(") || before.hasSuffix("ได้") { return value }
            // `ดำเนินการตามเกณฑ์ ๑ คะแนน และ …`: the next step up.
            if before.hasSuffix("ตามเกณฑ์"), String(scalars: scalars[(i + unit.count)...]).trimmingSpaces.hasPrefix("และ") {
                return value + 1
            }
        }
        return nil
    }
}
