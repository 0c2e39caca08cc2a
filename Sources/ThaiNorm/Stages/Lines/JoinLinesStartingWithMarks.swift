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
/// Lines stay 1:1: the line that moved stays, empty. The move is two edits, the text added to one line and taken
/// from the other, always applied together: they keep the stage's score
/// (``RepairStage/calibrates`` is false) and no calibration row can part them.
/// `thainorm normalize --skip JoinLinesStartingWithMarks` keeps each line's text where it was.
///
/// ```swift
/// // "วันพ\nุธท\nี\n่ 11 พฤศจ\nิกายน 2563" → "วันพุธที่ 11 พฤศจิกายน 2563\n\n\n\n"
/// // "ราคา 100\nิ" (a mark after a digit), "ก\n\nิ" (after a blank line) → unchanged
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
    }

    public func survey(_ line: [Unicode.Scalar], in context: LineContext) -> Survey {
        let blank = !line.contains { !$0.properties.isWhitespace }
        var continues = false
        if let first = line.first, ThaiScript.isCombiningMark(first) || first == ThaiScript.saraAm {
            continues = !Self.hasRunOfSpaces(line[...])
        }
        let canBeContinued = (line.last.map(ThaiScript.isWordCharacter) ?? false)
            && !Self.hasRunOfSpaces(line.drop { $0 == " " || $0 == "\t" })
        return Survey(blank: blank, continues: continues, canBeContinued: canBeContinued)
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
            if survey.continues, let line = target, canBeContinued {
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
            adaptation.appended[line] = inReadingOrder(joined, after: document.lines[line], in: document.lines)
        }
        return adaptation
    }

    /// The text of the lines `joined` (in the document's order) as they are added to a line
    /// ending in `head`: a line of marks alone that follows another joined line goes before it
    /// where the language model reads that at least ``Parameters/minimumGainToSwap`` better.
    /// pdftotext's default mode writes the marks drawn above a fragment of text after it
    /// (`เก` / `่ยวก` / `ี` / `ับ` for `เกี่ยวกับ`: joined in order, `เก่ยวกีับ`).
    func inReadingOrder(_ joined: [Int], after head: [Unicode.Scalar], in lines: [[Unicode.Scalar]]) -> [Unicode.Scalar] {
        var order = joined
        var k = 1
        while k < order.count {
            let marks = lines[order[k]], before = lines[order[k - 1]]
            guard marks.allSatisfy({ ThaiScript.isCombiningMark($0) || $0 == ThaiScript.saraAm }) else { k += 1; continue }
            let reach = parameters.contextToSwap
            // The last `reach` scalars before the two lines: of the lines joined before them, then the head.
            var preceding: [Unicode.Scalar] = []
            for piece in ([head] + order[..<(k - 1)].map { lines[$0] }).reversed() where preceding.count < reach {
                preceding = piece.suffix(reach - preceding.count) + preceding
            }
            let following = k + 1 < order.count ? Array(lines[order[k + 1]].prefix(reach)) : []
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
        return order.flatMap { lines[$0] }
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
