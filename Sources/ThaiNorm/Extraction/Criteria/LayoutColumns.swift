/// A criteria table that PDF extraction laid out in columns (pdftotext `-layout`), read by
/// position: each assignee from its own name column, with the lines a narrow cell wrapped it
/// over, and given the role of that column; the points from the points column; the level
/// from the level column's text; the rest of each line as the criterion's text.
///
/// A table's heading row names its columns (``CriteriaTables/layouts(in:)``) and must itself be
/// laid out in columns (its cells two or more spaces apart). On each page (a form feed starts
/// one; pages may be laid out a few places apart) the name columns are where titled names start
/// runs of text (parted by two or more spaces), grouped within ``slack`` scalars and merged
/// over at most ``columnDrift`` (pdftotext starts a cell's text a few places early when the
/// cell before it is full) into as many columns as the heading names supervisor and responsible
/// columns; they take those roles in order, fewer the role whose position (on the last page read
/// in full, else in the heading row) is nearest. The table's text ends at a line whose first run
/// goes across the last name column when the next line that does not has no text near the name
/// columns (the body's next paragraph). A name one space after the text before it
/// (`… ค่า นายประหยัด`) is the column's it reaches.
///
/// The level column is where its heading stands, from ``columnDrift`` left of it (a cell's
/// text is centred or starts early) up to the next heading: a row's level is the text of the
/// runs starting there on the row's lines, read as one (`ขั้นพื้น` / `ฐาน`), and of a level
/// squeezed one space after the text before it (`… สนับ ขั้นพื้นฐาน`). A table without
/// name columns is read for its level and points columns alone.
///
/// In a column, a titled name starts a person; a line of one Thai word right below it is the
/// rest of the name the cell wrapped (the family name after a given name alone, else the rest
/// of the family name: `นายทรงกลด สว่าง` / `วงศ์`), and a line of two words right below a
/// given name alone is the rest of it and the family name (`นางสาววรา` / `พรรณ ชัยชนะ`),
/// unless a word starts a position
/// (``OfficialPositions``: `ผู้อำนวยการ`), is a column heading, or the family name would grow
/// past ``WrappedCellNames/familyLimit``; such a line, or one of several words, ends the person
/// and the lines after it up to the next title are the person's position.
///
/// ```swift
/// // ที่    ตัวชี้วัด        ผู้กำกับดูแล      ผู้รับผิดชอบ
/// // ๑      มีแผนงาน        นายธานี แสง      นายจวน จัน
/// //                        รัตน์            เครื่อง
/// // → line 1: supervisor ธานี แสงรัตน์, responsible จวน จันเครื่อง
/// ```
///
/// Complexity: O(n) in the length of the table's text.
struct LayoutColumns {
    struct Assignee {
        var role: String
        var name: NameOccurrence
    }

    /// What was read of a document's tables laid out in columns, by line index.
    struct Reading {
        /// The lines of the tables read by their columns.
        var read: Set<Int> = []
        /// The assignees on the line where each one's title is.
        var byLine: [Int: [Assignee]] = [:]
        /// For each line of a table's rows (up to where the table's text ends), the scalar ranges
        /// of its name columns' text: the rest of the line is the other columns' (the criterion).
        var nameRanges: [Int: [Range<Int>]] = [:]
        /// For each line, the scalar ranges that the people of ``byLine`` were read from.
        var readRanges: [Int: [Range<Int>]] = [:]
        /// The number a line writes in the points column: the last word before the names, one to
        /// three digits, starting at most ``columnDrift`` before the points heading (`… รถ ๕`).
        var points: [Int: Double] = [:]
        /// For each line of a table with a level column, the scalar ranges of that column's text.
        var levelRanges: [Int: [Range<Int>]] = [:]

        /// The same reading with line `i` numbered `index(i)` (nil: left out), the names' 1-based
        /// lines with it: from lines without their blank ones to the document's, and back.
        func renumbered(_ index: (Int) -> Int?) -> Reading {
            func keys<Value>(_ values: [Int: Value]) -> [Int: Value] {
                Dictionary(uniqueKeysWithValues: values.compactMap { key, value in index(key).map { ($0, value) } })
            }
            var result = Reading(read: Set(read.compactMap(index)), nameRanges: keys(nameRanges), readRanges: keys(readRanges),
                                 points: keys(points), levelRanges: keys(levelRanges))
            result.byLine = keys(byLine).mapValues { assignees in
                assignees.compactMap { assignee in
                    var assignee = assignee
                    guard let line = index(assignee.name.line - 1) else { return nil }
                    assignee.name.line = line + 1
                    return assignee
                }
            }
            return result
        }
    }

    let names: NameGuard
    let family: FamilyNameTest
    let positions: OfficialPositions
    let headings: CriteriaTables
    let levels: CriteriaLevels
    /// How far (in scalars) runs of one column may start apart.
    static let slack = 2
    /// How far apart (in scalars) pdftotext may start one column's names on different rows when
    /// the text before them fills its cell: less than a name column is wide (a title and a given
    /// name); two columns start farther apart.
    static let columnDrift = 12
    /// The most words of a name squeezed against the text before it (title and given name, a
    /// family name that PDF extraction cut once).
    static let squeezedTokens = 3
    /// The most digits a criterion's points are written with.
    static let pointsDigits = 3
    static let roles = CriteriaTables.peopleColumns

    init(guard names: NameGuard = .shared, family: FamilyNameTest = .shared, positions: OfficialPositions = .shared,
         headings: CriteriaTables = CriteriaTables(), levels: CriteriaLevels = CriteriaLevels()) {
        self.names = names
        self.family = family
        self.positions = positions
        self.headings = headings
        self.levels = levels
    }

    /// ``read(_:layouts:)`` of `lines` without their blank lines (pdftotext writes one between a
    /// table's cells; a line joined to the one above is left empty), in the lines' own numbering.
    func readSkippingBlanks(_ lines: [[Unicode.Scalar]], layouts: [[String]?]) -> Reading {
        let written = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }
        return read(written.map { lines[$0] }, layouts: written.map { layouts[$0] }).renumbered { written[$0] }
    }

    /// The criteria tables of `lines` laid out in columns (`layouts`: ``CriteriaTables/layouts(in:)``),
    /// read by their columns.
    func read(_ lines: [[Unicode.Scalar]], layouts: [[String]?]) -> Reading {
        var reading = Reading()
        var start = 0
        while start < lines.count {
            guard let columns = layouts[start], !columns.isEmpty else {
                start += 1
                continue
            }
            var end = start + 1
            while end < lines.count, layouts[end] == columns { end += 1 }
            if let found = read(lines, table: start..<end, columns: columns) {
                reading.read.formUnion(found.read)
                reading.byLine.merge(found.byLine) { $0 + $1 }
                reading.nameRanges.merge(found.nameRanges) { $0 + $1 }
                reading.readRanges.merge(found.readRanges) { $0 + $1 }
                reading.points.merge(found.points) { first, _ in first }
                reading.levelRanges.merge(found.levelRanges) { $0 + $1 }
            }
            start = end
        }
        return reading
    }

    /// One table (its heading row first) read by its columns, or nil when it is not laid out in
    /// columns that can be told apart. A table without name columns is read for its level and
    /// points columns alone (its lines are not in ``Reading/read``).
    func read(_ lines: [[Unicode.Scalar]], table: Range<Int>, columns: [String]) -> Reading? {
        let roles = columns.filter { Self.roles.contains($0) }
        let heading = lines[table.lowerBound]
        guard !heading.contains("\t"), lines[table].allSatisfy({ !$0.contains("\t") }) else { return nil }
        // Where the heading row writes each role's heading: the cells it names, in order (two
        // headings one space apart are two cells: ``CriteriaTables/splitAtHeadings(_:)``).
        var headingRuns = runs(heading, columns: [], base: Self.base(heading)).map(\.range)
        if headingRuns.count >= 2, headingRuns.count < columns.count {
            headingRuns = headingRuns.flatMap { headings.splitAtHeadings($0, of: heading) }
        }
        guard headingRuns.count == columns.count else { return nil }
        // The level column: from a little left of its heading up to the next heading.
        let levelColumn: Range<Int>? = columns.firstIndex(of: "level").map { k in
            let start = headingRuns[k].lowerBound - Self.base(heading) - Self.columnDrift
            let end = k + 1 < headingRuns.count ? headingRuns[k + 1].lowerBound - Self.base(heading) - Self.slack : Int.max
            return start..<max(start, end)
        }
        let pointsHeading = zip(columns, headingRuns).first { $0.0 == "points" }.map { $0.1.lowerBound - Self.base(heading) }
        // The level and points a row line writes beside its names (`others`: its runs outside
        // the name columns; `names`: where its names start). Not the heading row's.
        func readBesideNames(_ index: Int, others: [Range<Int>], names: Int?, into result: inout Reading) {
            guard index > table.lowerBound else { return }
            let line = lines[index], base = Self.base(line)
            if let levelColumn {
                let parts = others.compactMap { levelPart(of: $0, in: line, base: base, column: levelColumn) }
                if !parts.isEmpty { result.levelRanges[index, default: []] += parts }
            }
            if let pointsHeading, let value = Self.points(in: line, before: names, base: base, heading: pointsHeading) {
                result.points[index] = value
            }
        }
        guard !roles.isEmpty else {
            guard levelColumn != nil || pointsHeading != nil else { return nil }
            var result = Reading()
            for index in table {
                readBesideNames(index, others: runs(lines[index], columns: [], base: Self.base(lines[index])).map(\.range),
                                names: nil, into: &result)
            }
            return result
        }
        var reference: [Int] = zip(columns, headingRuns).filter { Self.roles.contains($0.0) }.map { $0.1.lowerBound - Self.base(heading) }
        var result = Reading(read: Set(table))
        for page in Self.pages(table, lines) {
            // Name columns: where titled names start runs, up to a line whose first run goes
            // across the last of them, unless the next line that does not has text near them:
            // a paragraph of the body has ended the table (a row whose cells PDF extraction wrote
            // one space apart goes across too, but the table goes on below it).
            var starts: [Int] = []
            var end = page.upperBound
            var goesOnUntil = page.lowerBound  // crossing lines up to here are the table's
            // A line's runs, their starts counted from the page's left edge.
            func parts(_ index: Int) -> [Run] {
                let base = Self.base(lines[index])
                return runs(lines[index], columns: [], base: base).map { Run(range: ($0.range.lowerBound - base)..<($0.range.upperBound - base), wide: $0.wide, titled: $0.titled) }
            }
            for index in page {
                let here = parts(index)
                if index >= goesOnUntil, let last = starts.max(), let least = starts.min(),
                   let run = here.first, Self.crosses(run.range, last, base: 0) {
                    var below = index + 1
                    while below < page.upperBound, let first = parts(below).first, Self.crosses(first.range, last, base: 0) { below += 1 }
                    let near = (least - Self.columnDrift)...(last + Self.columnDrift)
                    guard below < page.upperBound, parts(below).contains(where: { near ~= $0.range.lowerBound }) else {
                        end = index
                        break
                    }
                    goesOnUntil = below
                }
                starts += here.filter { $0.titled && $0.wide }.map(\.range.lowerBound)
            }
            guard let clusters = Self.clusters(starts.sorted(), count: roles.count), !clusters.isEmpty else {
                if starts.isEmpty { continue }
                return nil
            }
            var roleOf: [Int]
            if clusters.count == roles.count {
                roleOf = Array(roles.indices)
                reference = clusters.map(\.lowerBound)
            } else {
                roleOf = clusters.map { cluster in
                    reference.indices.min { abs(reference[$0] - cluster.lowerBound) < abs(reference[$1] - cluster.lowerBound) }!
                }
                guard Set(roleOf).count == roleOf.count else { return nil }
            }
            let edges = clusters.map(\.lowerBound) + clusters.map(\.upperBound)
            // Each name column's pieces, line by line. A name run into by the text before it
            // (one space apart, across the first name column) is the first name column's.
            var pieces = [[(line: Int, text: ArraySlice<Unicode.Scalar>)]](repeating: [], count: clusters.count)
            for index in page.lowerBound..<end {
                let line = lines[index], base = Self.base(line)
                result.nameRanges[index] = []
                var others: [Range<Int>] = []
                for run in runs(line, columns: edges, base: base) {
                    let start = run.range.lowerBound - base
                    let column: Int?
                    if let k = clusters.firstIndex(where: { ($0.lowerBound - Self.slack)...($0.upperBound + Self.slack) ~= start }) {
                        column = k
                    } else if run.titled, !run.wide, ScalarLine.tokens(line, in: run.range).count <= Self.squeezedTokens,
                              let k = clusters.firstIndex(where: { $0.upperBound + Self.slack >= start }),
                              run.range.upperBound - base >= clusters[k].lowerBound - Self.slack {
                        column = k
                    } else {
                        column = nil
                    }
                    if let column {
                        pieces[column].append((index, line[run.range]))
                        result.nameRanges[index]!.append(run.range)
                    } else {
                        others.append(run.range)
                    }
                }
                readBesideNames(index, others: others, names: result.nameRanges[index]!.first?.lowerBound, into: &result)
            }
            for (k, column) in pieces.enumerated() {
                for person in people(column) {
                    result.byLine[person.line, default: []].append(Assignee(role: roles[roleOf[k]], name: person.name))
                    for piece in person.pieces { result.readRanges[piece.line, default: []].append(piece.range) }
                }
            }
            if end < page.upperBound { break }
        }
        return result
    }

    /// The points a line writes in the points column (its heading at `heading`, positions from
    /// `base`): its last word before `before` (the names; nil: the line's end) when that is a
    /// number of one to ``pointsDigits`` digits starting at most ``columnDrift`` before the
    /// heading (`… รถ ๕`).
    static func points(in line: [Unicode.Scalar], before: Int?, base: Int, heading: Int) -> Double? {
        guard let last = ScalarLine.tokens(line, in: 0..<(before ?? line.count)).last, last.count <= pointsDigits,
              last.lowerBound - base >= heading - columnDrift, line[last].allSatisfy({ ItemNumber.digitValue($0) != nil })
        else { return nil }
        return CriteriaExtractor.number(after: last.lowerBound, in: line)
    }

    /// What of the run at `range` is the level column's (`column`, positions from `base`): the
    /// whole run when it starts there; its end when the run starts left of the column and the
    /// words from the first that starts in the column name a level (a level squeezed one space
    /// after the text before it: `… เข้ามาสนับ ขั้นพื้นฐาน`); else nothing.
    func levelPart(of range: Range<Int>, in line: [Unicode.Scalar], base: Int, column: Range<Int>) -> Range<Int>? {
        let start = range.lowerBound - base
        if column ~= start { return range }
        guard start < column.lowerBound,
              let first = ScalarLine.tokens(line, in: range).first(where: { column ~= $0.lowerBound - base }),
              levels.level(in: String(scalars: line[first.lowerBound..<range.upperBound])) != nil
        else { return nil }
        return first.lowerBound..<range.upperBound
    }

    /// The people of one column's pieces (a piece: the column's text on one line), on the
    /// line where each one's title is, with the lines and ranges of the pieces each is read
    /// from; names without a family name are left out.
    func people(_ pieces: [(line: Int, text: ArraySlice<Unicode.Scalar>)])
        -> [(line: Int, name: NameOccurrence, pieces: [(line: Int, range: Range<Int>)])] {
        var result: [(line: Int, name: NameOccurrence, pieces: [(line: Int, range: Range<Int>)])] = []
        var open: (line: Int, name: NameOccurrence, pieces: [(line: Int, range: Range<Int>)])?
        var last = -1  // the line of the open name's last piece
        func close() {
            if let person = open, person.name.family != nil { result.append(person) }
            open = nil
        }
        for (line, text) in pieces {
            // The rest of a name is on its last piece's line (a column's start cut it) or the next.
            if line != last, line != last + 1 { close() }
            last = line
            let piece = Array(text)
            if names.title(in: piece, at: 0) != nil {
                close()
                let found = NameOccurrence.all(in: piece, line: line + 1, guard: names, family: family)
                for (k, var name) in found.enumerated() {
                    // In the line's scalars (the piece's own start at 0).
                    name.range = (name.range.lowerBound + text.startIndex)..<(name.range.upperBound + text.startIndex)
                    open = (line, name, [(line, name.range)])
                    if k < found.count - 1 { close() }
                }
                continue
            }
            guard var person = open else { continue }
            let tokens = ScalarLine.tokens(piece, in: 0..<piece.count)
            // A given name the cell wrapped before its family name (`นางสาววรา` / `พรรณ ชัยชนะ`).
            if tokens.count == 2, person.name.family == nil, person.pieces.count == 1,
               continues(person.name, with: piece[tokens[0]], givenName: true),
               continues(person.name, with: piece[tokens[1]]) {
                person.name.given += NameOccurrence.clean(piece[tokens[0]])
                person.name.family = NameOccurrence.clean(piece[tokens[1]])
                person.pieces.append((line, text.indices))
                open = person
                continue
            }
            guard tokens.count == 1, let word = tokens.first.map({ piece[$0] }), continues(person.name, with: word) else {
                close()
                continue
            }
            let rest = NameOccurrence.clean(word)
            if let known = person.name.family {
                person.name.family = known + rest
            } else {
                person.name.family = rest
            }
            person.pieces.append((line, text.indices))
            open = person
        }
        close()
        return result
    }

    /// Whether `word`, a line's one word below `name` in its column, is the rest of the name
    /// (with `givenName`: the rest of its given name, before a family name on the same line).
    func continues(_ name: NameOccurrence, with word: ArraySlice<Unicode.Scalar>, givenName: Bool = false) -> Bool {
        guard word.allSatisfy({ ThaiScript.isThai($0) && !ThaiScript.isDigit($0) }), !positions.startsPosition(word),
              headings.column(of: String(scalars: word)) == nil
        else { return false }
        if givenName { return word.count >= 2 && name.given.unicodeScalars.count + word.count <= WrappedCellNames.familyLimit }
        if let known = name.family {
            return known.unicodeScalars.count + word.count <= WrappedCellNames.familyLimit
        }
        return word.count >= 2 && family.mayBeFamilyName(Array(word))
    }

    /// 1 when the line starts a page (a form feed, which pdftotext writes before the page's first
    /// character), else 0: what positions on the line are counted from.
    static func base(_ line: [Unicode.Scalar]) -> Int { line.first == "\u{0C}" ? 1 : 0 }

    /// The table's lines cut where a page starts.
    static func pages(_ table: Range<Int>, _ lines: [[Unicode.Scalar]]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = table.lowerBound
        for index in table where index > start && base(lines[index]) == 1 {
            result.append(start..<index)
            start = index
        }
        result.append(start..<table.upperBound)
        return result
    }

    /// A run of a line's text: `wide` when two or more spaces (or the line's start) come before
    /// it, `titled` when a person's title starts it.
    struct Run {
        var range: Range<Int>
        var wide: Bool
        var titled: Bool
    }

    /// Runs of text parted by two or more spaces (a form feed counts as a space); also parted at
    /// one space before a title (`… ค่า นายประหยัด`, `นายทรงกลด สว่าง นายวิธีร์ ศรีมงคล`) or before a
    /// word that starts at one of `columns` (from `base`): a cell run into by the one before it.
    func runs(_ line: [Unicode.Scalar], columns: [Int], base: Int) -> [Run] {
        var result: [Run] = []
        var start: Int?
        var wide = true
        var spaces = 0
        for (index, scalar) in line.enumerated() {
            if scalar == " " || scalar == "\u{0C}" {
                spaces += 1
                continue
            }
            if let open = start, spaces >= 2 || (spaces == 1 && (names.title(in: line, at: index) != nil
                || columns.contains { abs(index - base - $0) <= Self.slack })) {
                result.append(Run(range: open..<(index - spaces), wide: wide, titled: names.title(in: line, at: open) != nil))
                start = nil
                wide = spaces >= 2
            }
            if start == nil { start = index }
            spaces = 0
        }
        if let open = start { result.append(Run(range: open..<(line.count - spaces), wide: wide, titled: names.title(in: line, at: open) != nil)) }
        return result
    }

    /// Whether `range` (of a line whose positions count from `base`) runs across position `column`.
    static func crosses(_ range: Range<Int>, _ column: Int, base: Int) -> Bool {
        range.lowerBound - base < column - slack && range.upperBound - base > column + slack
    }

    /// Sorted positions grouped into at most `count` columns: parted where consecutive ones lie
    /// more than ``slack`` apart, then the closest groups merged while more than `count` are left;
    /// nil when that would merge groups more than ``columnDrift`` apart.
    static func clusters(_ sorted: [Int], count: Int) -> [ClosedRange<Int>]? {
        var groups: [ClosedRange<Int>] = []
        for position in sorted {
            if let last = groups.last, position - last.upperBound <= slack {
                groups[groups.count - 1] = last.lowerBound...position
            } else {
                groups.append(position...position)
            }
        }
        while groups.count > count {
            let k = (1..<groups.count).min { groups[$0].lowerBound - groups[$0 - 1].upperBound < groups[$1].lowerBound - groups[$1 - 1].upperBound }!
            guard groups[k].lowerBound - groups[k - 1].upperBound <= columnDrift else { return nil }
            groups[k - 1] = groups[k - 1].lowerBound...groups[k].upperBound
            groups.remove(at: k)
        }
        return groups
    }
}
