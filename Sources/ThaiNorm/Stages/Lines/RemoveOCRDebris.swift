/// Empties the lines an OCR engine read from things that are not text: rules, dots, stamps,
/// signatures, table borders, marks split from their line (`A    v   1    ๕     A  a       ww`).
///
/// A line is debris when its ``DebrisLineShape`` says so: at least
/// ``Parameters/minimumTokens`` tokens, short ones (``Parameters/maximumMeanTokenLength``
/// scalars on average), far apart (``Parameters/minimumWideGapShare`` of the gaps two spaces or
/// more), no run of Thai letters longer than ``Parameters/maximumThaiRun`` (no Thai word), and
/// at least ``Parameters/minimumImplausibleTokens`` token no text writes (a Latin fragment
/// that is no English word, digits of two scripts in one number, stray symbols). A document
/// must show at least ``Parameters/minimumDebrisLines`` such lines: one odd line in clean text
/// is left alone. A debris-shaped line next to a numbered line (`๒ โครงการ…`) is kept and
/// reported: OCR garbles table rows and items into such lines, and they hold their numbers.
/// The line stays (lines are kept 1:1) but is emptied, as one edit; it is made
/// before any other stage reads the debris as words, English or item numbers.
/// `thainorm normalize --keep-debris` turns the stage off.
///
/// ```swift
/// // In OCR output with debris lines:
/// // "A    v   1    ๕     A  a       ww     ww" → ""
/// // "๑๐   ๒๐   ๓๐" (a table row), "ก า ร ป ร ะ ชุ ม" (spread letters) → unchanged
/// ```
///
/// Complexity: O(n) per line of n scalars.
public struct RemoveOCRDebris: DocumentAdaptiveStage {
    public let name = "RemoveOCRDebris"
    public let summary = "Empty lines of OCR debris (fragments read from rules, dots, stamps and signatures: A    v   1    ๕     A  a) in documents that show them."
    public let scope = StageScope.everyLine

    public let parameters: Parameters

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// Whether `line` has the shape of OCR debris.
    public func survey(_ line: [Unicode.Scalar], in context: LineContext) -> Bool {
        isDebris(line)
    }

    /// Which lines of a document are emptied, and which debris-shaped lines are kept.
    public struct Adaptation: Equatable, Sendable {
        /// Debris lines to empty, by line index.
        public var emptied: Set<Int> = []
        /// Debris-shaped lines kept because a numbered line stands next to them, by line index.
        public var kept: Set<Int> = []
    }

    /// The debris lines of a document that shows at least ``Parameters/minimumDebrisLines`` of
    /// them; those next to a numbered line are kept (numbers are data: a table row or an item
    /// that OCR garbled looks like debris, and holds its number).
    public func adaptation(to document: DocumentSurvey<Bool>) -> Adaptation {
        let debris = document.surveys.indices.filter { document.surveys[$0] }
        guard debris.count >= parameters.minimumDebrisLines else { return Adaptation() }
        var adaptation = Adaptation()
        for index in debris {
            let neighbours = [Self.nearestText(to: index, step: -1, in: document.lines),
                              Self.nearestText(to: index, step: 1, in: document.lines)]
            if neighbours.contains(where: { $0.map(Self.isNumberedLine) ?? false }) {
                adaptation.kept.insert(index)
            } else {
                adaptation.emptied.insert(index)
            }
        }
        return adaptation
    }

    public func repair(_ line: [Unicode.Scalar], surveyed debris: Bool, adaptation: Adaptation,
                       in context: LineContext, into output: inout StageOutput) {
        guard debris else { return }
        if adaptation.emptied.contains(context.index) {
            output.replace(0..<line.count, with: [], confidence: parameters.confidence, note: "line of OCR debris")
        } else if adaptation.kept.contains(context.index) {
            output.report(at: 0, "looks like OCR debris, but a numbered line stands next to it (a garbled row or item?): kept")
        }
    }

    /// The nearest line before (`step` -1) or after (+1) `index` that is not blank.
    static func nearestText(to index: Int, step: Int, in lines: [[Unicode.Scalar]]) -> [Unicode.Scalar]? {
        var other = index + step
        while lines.indices.contains(other) {
            if lines[other].contains(where: { !$0.isWhitespace }) { return lines[other] }
            other += step
        }
        return nil
    }

    /// Whether `line` starts with an item or row number followed by Thai (`๒ โครงการ…`,
    /// `(๓) ให้…`, `4. การ…`).
    static func isNumberedLine(_ line: [Unicode.Scalar]) -> Bool {
        let tokens = ScalarLine.tokens(line)
        guard tokens.count >= 2 else { return false }
        var number = line[tokens[0]]
        if number.first == "(" { number = number.dropFirst() }
        if number.last == "." || number.last == ")" { number = number.dropLast() }
        guard !number.isEmpty, number.allSatisfy(\.isThaiOrASCIIDigit) else { return false }
        return DebrisLineShape.longestThaiRun(in: line[tokens[1]], stoppingAbove: 1) >= 2
    }

    /// Whether `line` has the shape of OCR debris (the document's count aside).
    public func isDebris(_ line: [Unicode.Scalar]) -> Bool {
        // Most lines hold a Thai word: one scan, ended at the first long run, rules them out.
        guard DebrisLineShape.longestThaiRun(in: line, stoppingAbove: parameters.maximumThaiRun) <= parameters.maximumThaiRun
        else { return false }
        let shape = DebrisLineShape(line)
        guard shape.tokens >= parameters.minimumTokens,
              shape.meanTokenLength <= parameters.maximumMeanTokenLength,
              shape.wideGapShare >= parameters.minimumWideGapShare else { return false }
        return shape.implausibleTokens(in: line) >= parameters.minimumImplausibleTokens
    }
}
