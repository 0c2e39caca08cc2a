/// Joins a line that starts with a mark to the line it continues: PDF extraction
/// (`pdftotext`) often breaks a line inside a word, before a mark (`วันพ` / `ุธท` / `ี` /
/// `่ 11 พฤศจ` for `วันพุธที่ 11 พฤศจ`), and no Thai line starts with a mark or ำ.
///
/// The line's text moves to the end of the nearest line above it (across lines this stage
/// emptied, not across a blank line), which must end in a Thai letter, vowel or mark (a mark
/// after a digit, a bracket or a space is debris, not a word cut in two). Lines with a run of
/// two spaces (columns, OCR debris: `๊ 6” =    ปู`) neither move nor take a line. A line of
/// marks alone that pdftotext wrote after the fragment it belongs before goes back before it,
/// where the language model reads that clearly better (``Parameters/minimumGainToSwap``).
/// `pdftotext -layout` indents such a line to the column of the letter it was cut after
/// (`ลงพื้นทีม` / `                 ่ อบถุง`): an indented line that starts with a mark at the
/// column of the last letter of the line just above joins it (the indentation stays behind),
/// when that line has no columns and does not itself start with a mark nothing joined; so does
/// one right of that column under a line nothing joined (its letters are wider than a column).
/// Under a line laid out in columns (a table's row), -layout writes everything right of a
/// displaced mark a line lower, the other cells' text too (`…บริษท` / `ั ฯ (๑        ขัน` /
/// `้ สูง`): a mark line joins such a line when the mark falls under the text of its last cell
/// (``Parameters/joinsUnderCells``), unless either line has a run of spaces before a mark
/// (glyphs spread apart, whose gaps are no columns).
/// Lines stay 1:1: the line that moved stays, empty. The move is two edits, the text added to one line and taken
/// from the other, always applied together: they keep the stage's score
/// (``RepairStage/calibrates`` is false) and no calibration row can part them.
/// `thainorm normalize --skip JoinLinesStartingWithMarks` keeps each line's text where it was.
///
/// ```swift
/// // "วันพ\nุธท\nี\n่ 11 พฤศจ\nิกายน 2563" → "วันพุธที่ 11 พฤศจิกายน 2563\n\n\n\n"
/// // "ราคา 100\nิ" (a mark after a digit), "ก\n\nิ" (after a blank line) → unchanged
/// // "  วันท\n     ่ 8 พฤศจ" (the mark at ท's column) → "  วันท่ 8 พฤศจ\n"
/// // "๑    บริษท      ขัน\n                ้ สูง" (under the last cell) → "๑    บริษท      ขัน้ สูง\n"
/// ```
///
/// Complexity: O(n) in the length of the text.
public struct JoinLinesStartingWithMarks: DocumentAdaptiveStage {
    public let name = "JoinLinesStartingWithMarks"
    public let summary = "Join a line PDF extraction broke before a mark (วันพ / ุธท) to the line it continues; the moved line stays, empty."
    public let scope = StageScope.everyLine
    public let calibrates = false

    public let parameters: Parameters

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// What the stage needs to know of one line.
    public struct Survey: Equatable, Sendable {
        /// Nothing but whitespace.
        public var blank: Bool
        /// Starts with a mark or ำ, and has no run of two spaces: it continues the line above.
        public var continues: Bool
        /// Ends in a Thai letter, vowel or mark (a mark can follow it), and has no run of two spaces
        /// past its indentation (a line laid out in columns, `pdftotext -layout`, places marks by
        /// column: the line below is no continuation of its end).
        public var canBeContinued: Bool
        /// Indented with spaces, then a mark or ำ: `pdftotext -layout` writes the mark of a
        /// word's last letter on a line of its own, at that letter's column (`ลงพื้นทีม` /
        /// `                 ่ อบถุง` for `ลงพื้นที่มอบถุง`).
        public var marksAtColumn: Int?
        /// The column after the line's last character that is not a space.
        public var width: Int
        /// Where the line's last run of text starts, after a run of two spaces (a cell of a line
        /// laid out in columns), when it has such a run past its indentation, ends in a Thai
        /// letter, vowel or mark, and no run of two spaces past its indentation is followed by a
        /// mark (no cell starts with one: such gaps are glyphs spread apart, not columns).
        public var lastCellColumn: Int?
        /// A run of two spaces past the indentation is followed by a mark or ำ (glyphs spread
        /// apart: `ความม  ั่นคง`).
        public var spreadByGlyph: Bool
        /// Starts with a mark or ำ, after any indentation.
        public var startsWithMark: Bool { continues || marksAtColumn != nil }

        public init(blank: Bool, continues: Bool, canBeContinued: Bool,
                    marksAtColumn: Int? = nil, width: Int = 0, lastCellColumn: Int? = nil,
                    spreadByGlyph: Bool = false) {
            self.blank = blank
            self.continues = continues
            self.canBeContinued = canBeContinued
            self.marksAtColumn = marksAtColumn
            self.width = width
            self.lastCellColumn = lastCellColumn
            self.spreadByGlyph = spreadByGlyph
        }
    }

    public func survey(_ line: [Unicode.Scalar], in context: LineContext) -> Survey {
        let blank = !line.contains { !$0.properties.isWhitespace }
        var continues = false
        if let first = line.first, ThaiScript.isCombiningMark(first) || first == ThaiScript.saraAm {
            continues = !Self.hasRunOfSpaces(line[...])
        }
        // (Indentation, after the form feed that starts a page's first line, is no column gap.)
        let canBeContinued = (line.last.map(ThaiScript.isWordCharacter) ?? false)
            && !Self.hasRunOfSpaces(line.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
        let indentation = line.prefix { $0 == " " }.count
        var marksAtColumn: Int?
        if indentation > 0, indentation < line.count,
           ThaiScript.isCombiningMark(line[indentation]) || line[indentation] == ThaiScript.saraAm {
            marksAtColumn = indentation
        }
        // A page's first line starts with a form feed, which takes no column (`\u{0C}มากขึน` /
        // `     ้ ในระยะหลัง`).
        let pageStart = line.first == "\u{0C}" ? 1 : 0
        let width = (line.lastIndex { $0 != " " && $0 != "\t" }).map { $0 + 1 - pageStart } ?? 0
        let spreadByGlyph = Self.hasMarkAfterRunOfSpaces(line.dropFirst(indentation + pageStart))
        var lastCellColumn: Int?
        if !canBeContinued, !spreadByGlyph, line.last.map(ThaiScript.isWordCharacter) ?? false,
           let gap = Self.lastRunOfSpaces(line), gap > indentation + pageStart {
            lastCellColumn = gap - pageStart
        }
        return Survey(blank: blank, continues: continues, canBeContinued: canBeContinued,
                      marksAtColumn: marksAtColumn, width: width, lastCellColumn: lastCellColumn,
                      spreadByGlyph: spreadByGlyph)
    }

    /// Whether the line at `index` is the mark of the last letter of the line above, written
    /// by `pdftotext -layout` at that letter's column (``Survey/marksAtColumn``), or right of
    /// it: -layout gives each letter one column, and a line of Thai letters, wider than a
    /// column each, ends left of where its last letter is drawn (`เพ่ือเฝ` / 63 spaces `้าระวัง`).
    /// The line above must be joinable (no columns) and, unless it was itself joined to the
    /// line it continues, must not start with a mark: a staircase of marks nothing joined is
    /// text spread by glyph, whose columns say nothing. A mark right of the end joins only a
    /// line nothing joined: a staircase's pieces drift from their columns. Under a line laid
    /// out in columns (`joinsUnderCells`), the mark must fall under its last cell's text (a
    /// cell's marks sit over its letters, left of where the line's text ends).
    static func continuesByColumn(_ index: Int, in surveys: [Survey], aboveJoined: Bool,
                                  joinsUnderCells: Bool = false) -> Bool {
        guard index > 0, let column = surveys[index].marksAtColumn else { return false }
        let above = surveys[index - 1]
        guard aboveJoined || !above.startsWithMark else { return false }
        if joinsUnderCells, let cell = above.lastCellColumn {
            guard !surveys[index].spreadByGlyph else { return false }
            // A line laid out in columns: the mark falls under its last cell's text.
            return column >= cell && column <= above.width - 1
        }
        guard above.canBeContinued else { return false }
        // Right of the line's end: the line above is squeezed (its letters are wider than a
        // column). Only under a line that is not itself a piece of a staircase, whose columns drift.
        return column == above.width - 1 || (column > above.width - 1 && !aboveJoined)
    }

    /// The index just past the last run of two or more spaces or tabs in `line`, if it has one.
    static func lastRunOfSpaces(_ line: [Unicode.Scalar]) -> Int? {
        var k = line.count
        while k > 1 {
            let isSpace = line[k - 1] == " " || line[k - 1] == "\t"
            if isSpace, line[k - 2] == " " || line[k - 2] == "\t" { return k }
            k -= 1
        }
        return nil
    }

    /// Whether a run of two spaces or tabs in `line` is followed by a mark or ำ.
    static func hasMarkAfterRunOfSpaces(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var spaces = 0
        for scalar in line {
            if scalar == " " || scalar == "\t" {
                spaces += 1
                continue
            }
            if spaces >= 2, ThaiScript.isCombiningMark(scalar) || scalar == ThaiScript.saraAm { return true }
            spaces = 0
        }
        return false
    }

    /// Whether `line` has two spaces or tabs in a row.
    static func hasRunOfSpaces(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var previousIsSpace = false
        for scalar in line {
            let isSpace = scalar == " " || scalar == "\t"
            if isSpace && previousIsSpace { return true }
            previousIsSpace = isSpace
        }
        return false
    }

    /// Which lines move, and where.
    public struct Adaptation: Equatable, Sendable {
        /// What each line that others continue gets at its end, by line index.
        public var appended: [Int: [Unicode.Scalar]] = [:]
        /// The line each moved line joins, by the moved line's index.
        public var joined: [Int: Int] = [:]
    }

    public func adaptation(to document: DocumentSurvey<Survey>) -> Adaptation {
        var adaptation = Adaptation()
        // The lines joined to each target, in order.
        var pieces: [Int: [Int]] = [:]
        // The line a continuation would join, and whether it (with what joined it) can be continued.
        var target: Int?, canBeContinued = false
        for (index, survey) in document.surveys.enumerated() {
            if Self.continuesByColumn(index, in: document.surveys, aboveJoined: adaptation.joined[index - 1] != nil,
                                      joinsUnderCells: parameters.joinsUnderCells),
               let line = adaptation.joined[index - 1] ?? target {
                pieces[line, default: []].append(index)
                adaptation.joined[index] = line
                target = line
                canBeContinued = survey.canBeContinued
            } else if survey.continues, let line = target, canBeContinued {
                pieces[line, default: []].append(index)
                adaptation.joined[index] = line
                canBeContinued = survey.canBeContinued
            } else if survey.blank {
                target = nil
            } else {
                target = index
                canBeContinued = survey.canBeContinued
            }
        }
        for (line, joined) in pieces {
            // A line joined by column leaves its indentation behind.
            let texts = joined.map { document.lines[$0].dropFirst(document.surveys[$0].marksAtColumn ?? 0) }
            adaptation.appended[line] = inReadingOrder(texts.map(Array.init), after: document.lines[line])
        }
        return adaptation
    }

    /// The text of the lines `joined` (in the document's order) as they are added to a line
    /// ending in `head`: a line of marks alone that follows another joined line goes before it
    /// where the language model reads that at least ``Parameters/minimumGainToSwap`` better.
    /// pdftotext's default mode writes the marks drawn above a fragment of text after it
    /// (`เก` / `่ยวก` / `ี` / `ับ` for `เกี่ยวกับ`: joined in order, `เก่ยวกีับ`).
    func inReadingOrder(_ joined: [[Unicode.Scalar]], after head: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var order = joined
        var k = 1
        while k < order.count {
            let marks = order[k], before = order[k - 1]
            guard marks.allSatisfy({ ThaiScript.isCombiningMark($0) || $0 == ThaiScript.saraAm }) else { k += 1; continue }
            let reach = parameters.contextToSwap
            // The last `reach` scalars before the two lines: of the lines joined before them, then the head.
            var preceding: [Unicode.Scalar] = []
            for piece in ([head] + order[..<(k - 1)]).reversed() where preceding.count < reach {
                preceding = piece.suffix(reach - preceding.count) + preceding
            }
            let following = k + 1 < order.count ? Array(order[k + 1].prefix(reach)) : []
            func score(_ middle: [Unicode.Scalar]) -> Double {
                LanguageModel.shared.log10Probability(ofLine: (preceding + middle + following).filter { $0 != " " }).total
            }
            if score(marks + before) - score(before + marks) >= parameters.minimumGainToSwap {
                order.swapAt(k - 1, k)
                k += 2
            } else {
                k += 1
            }
        }
        return order.flatMap { $0 }
    }

    public func repair(_ line: [Unicode.Scalar], surveyed: Survey, adaptation: Adaptation,
                       in context: LineContext, into output: inout StageOutput) {
        if let target = adaptation.joined[context.index] {
            output.replace(0..<line.count, with: [], confidence: parameters.confidence,
                           note: "starts with a mark: joined to line \(target + 1)")
        } else if let text = adaptation.appended[context.index] {
            output.replace(line.count..<line.count, with: text, confidence: parameters.confidence,
                           note: "continued by the lines after it, which start with a mark")
        }
    }
}
