/// Puts the marks of PDF-extracted text where the context reads best: back on the cluster
/// before, where extraction pushed them past the next letter, or in order in their own.
///
/// pdftotext places a Thai mark where its glyph is drawn, and fonts draw many marks a little
/// to the right: the mark then follows the next letter (`ทีเ่กี่ยว`, `ท่ี`), often in a
/// possible cluster that no shape rule can see (`ขึน้` for ขึ้น, `เกีย่ว` for เกี่ยว,
/// `ทีร่ัฐ` for ที่รัฐ, `ส่งั` for สั่ง): only the words around it can tell. So:
/// - **the document must show displacement** (``Adaptation/showsDisplacement``): marks in
///   places no Thai writing puts them (at the start of a line, after a leading vowel, before
///   a vowel mark, after a space; and those an earlier stage mended: a space before a mark
///   removed, a line that started with a mark joined to the one it continues), at least
///   ``Parameters/minimumSymptoms`` of them and ``Parameters/minimumSymptomsPer10000`` per
///   10,000 characters. Clean text and OCR output
///   show (almost) none, and are left to the shape rules of MoveDisplacedMarks and
///   ReorderThaiMarks, which run after;
/// - **the placement must read better**: for each cluster with marks (a consonant, or a
///   leading vowel, which never carries one), the candidates are its marks in canonical
///   order, and each set of them moved to the cluster before (a consonant without a mark of
///   their kind, a leading vowel between them allowed; a vowel often takes its tone along).
///   The best is made only if the ``LanguageModel`` gains at least ``Parameters/minimumGain``
///   (log10) over the text as it is, and a move as much over the marks put in order where
///   they are. The text is read without the spaces around it (extraction puts spaces inside
///   words, and the model would read them as word breaks).
///
/// ```swift
/// // In a document that shows displaced marks:
/// // "ขึน้" → "ขึ้น", "ทีร่ัฐ" → "ที่รัฐ", "ทีเ่กี่ยว" → "ที่เกี่ยว", "ท่ี" → "ที่"
/// ```
///
/// Complexity: O(n) language-model windows for a line of n scalars, in a document that shows
/// displacement; O(n) scalar tests otherwise.
public struct MoveMarksByContext: DocumentAdaptiveStage {
    public let name = "MoveMarksByContext"
    public let summary = "In documents that show marks displaced by PDF extraction, put marks where the context reads clearly better: back on the cluster before, or in order (ขึน้ → ขึ้น, ทีเ่กี่ยว → ที่เกี่ยว)."
    public let scope = StageScope.everyLine

    public let parameters: Parameters

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// What a document shows of displaced marks.
    public struct Adaptation: Equatable, Sendable {
        /// Whether the document shows enough misplaced marks for marks to be moved by context.
        public var showsDisplacement: Bool
    }

    /// The marks of `line` in places Thai writing never puts them, and the line's length.
    public func survey(_ line: [Unicode.Scalar], in context: LineContext) -> Symptoms {
        Symptoms(misplacedMarks: Self.misplacedMarks(in: line), scalars: line.count)
    }

    /// What a line shows: its misplaced marks and its length.
    public struct Symptoms: Sendable {
        var misplacedMarks: Int
        var scalars: Int
    }

    public func adaptation(to document: DocumentSurvey<Symptoms>) -> Adaptation {
        // Spaces before marks that an earlier stage removed, and lines that started with a mark
        // (joined to the line they continue), were symptoms too.
        let removed = document.edits.count {
            $0.applied && ($0.stage == "RemoveSpaceBeforeMarks" || ($0.stage == "JoinLinesStartingWithMarks" && $0.after.isEmpty))
        }
        let symptoms = document.surveys.reduce(removed) { $0 + $1.misplacedMarks }
        let scalars = document.surveys.reduce(0) { $0 + $1.scalars }
        let shows = symptoms >= parameters.minimumSymptoms
            && Double(symptoms) * 10_000 >= parameters.minimumSymptomsPer10000 * Double(max(scalars, 1))
        return Adaptation(showsDisplacement: shows)
    }

    public func repair(_ line: [Unicode.Scalar], surveyed: Symptoms, adaptation: Adaptation,
                       in context: LineContext, into output: inout StageOutput) {
        guard adaptation.showsDisplacement else { return }
        let model = LanguageModel.shared
        var free = 0  // the first index a new edit may touch
        var base = 0
        while base < line.count {
            var end = base + 1
            while end < line.count, ThaiScript.isCombiningMark(line[end]) { end += 1 }
            defer { base = end }
            guard end > base + 1,
                  ThaiScript.isConsonant(line[base]) || ThaiScript.isLeadingVowel(line[base]) else { continue }
            let moves = Self.moves(ofMarksOn: base, end: end, in: line).filter { $0.range.lowerBound >= free }
            // The marks in canonical order where they are, over the same range as the moves: the
            // text a move must beat too.
            let reorder = Self.reorder(ofMarksOn: base, end: end, in: line).map { reorder in
                guard let range = moves.first?.range else { return reorder }
                return Move(range: range, replacement: Array(line[range.lowerBound..<base]) + reorder.replacement, kind: .reordered)
            }
            let candidates = (reorder.map { [$0] } ?? []) + moves
            guard let range = candidates.first?.range,
                  let gains = model.gains(inExtracted: line, replacing: range, with: candidates.map(\.replacement),
                                          reaching: parameters.minimumGain)
            else { continue }
            let reorderGain = reorder == nil ? 0 : gains[0]
            var best: (move: Move, gain: Double)? = nil
            for (candidate, gain) in zip(candidates, gains) where gain >= parameters.minimumGain {
                // A move must read better than the marks put in order where they are, too.
                if candidate.kind != .reordered, gain - reorderGain < parameters.minimumGain { continue }
                if gain > best?.gain ?? -.infinity { best = (candidate, gain) }
            }
            guard let best else { continue }
            output.replace(best.move.range, with: best.move.replacement, confidence: parameters.confidence,
                           note: "marks placed where the context reads best: \(best.move.kind.rawValue)")
            free = best.move.range.upperBound
        }
    }

    /// Marks that may have been pushed past a letter: tones, above and below vowels, thanthakhat.
    static let movable: ScalarSet = "\u{0E31}\u{0E34}\u{0E35}\u{0E36}\u{0E37}\u{0E38}\u{0E39}\u{0E47}\u{0E48}\u{0E49}\u{0E4A}\u{0E4B}\u{0E4C}"

    /// A candidate placement of marks: the range it rewrites, the text it leaves there, and
    /// what it does.
    struct Move: Equatable {
        var range: Range<Int>
        var replacement: [Unicode.Scalar]
        var kind: Kind

        enum Kind: String {
            case moved = "moved back to the cluster before"
            case movedAcrossSpace = "moved back to the cluster before, across the space extraction put after its tone"
            case reordered = "put in order in their cluster"
        }
    }

    /// The marks of the consonant cluster `line[base..<end]` put in canonical order (vowel,
    /// then tone), if they are not already.
    static func reorder(ofMarksOn base: Int, end: Int, in line: [Unicode.Scalar]) -> Move? {
        guard ThaiScript.isConsonant(line[base]) else { return nil }
        let marks = line[(base + 1)..<end], ordered = ReorderThaiMarks.inCanonicalOrder(marks)
        return ordered.elementsEqual(marks) ? nil : Move(range: base..<end, replacement: [line[base]] + ordered, kind: .reordered)
    }

    /// The moves of one or more marks of the cluster `line[base..<end]` (a consonant or a
    /// leading vowel, which never carries a mark) into the cluster before, where that cluster
    /// is a consonant with no mark of their kind (a leading vowel may stand between them).
    /// Every subset of the movable marks is a candidate: a displaced vowel often takes its
    /// tone along (`ทจีุ่ด` for ที่จุด).
    ///
    /// A consonant with a vowel mark alone, one space after a cluster whose tone has no vowel
    /// (`ย่ นื` for ยื่น, `ข้ นึ` for ขึ้น: pdftotext wrote the vowel a line lower and a space
    /// where it stood; JoinLinesStartingWithMarks brought it back after the next letter), may
    /// give that vowel to the cluster before across the space, which goes
    /// (``Move/Kind/movedAcrossSpace``).
    static func moves(ofMarksOn base: Int, end: Int, in line: [Unicode.Scalar]) -> [Move] {
        var previousEnd = base  // the end of the cluster before
        if previousEnd > 0, ThaiScript.isLeadingVowel(line[previousEnd - 1]) { previousEnd -= 1 }
        let rank = ReorderThaiMarks.rank
        guard let start = MoveDisplacedMarks.clusterStart(line, endingBefore: previousEnd) else {
            // Across one space: `C่ Cื`.
            guard base >= 3, line[base - 1] == " ", end == base + 2, rank(line[base + 1]) == 0,
                  line[base + 1] != ThaiScript.nikhahit, Self.movable.contains(line[base + 1]),
                  let before = MoveDisplacedMarks.clusterStart(line, endingBefore: base - 1),
                  line[(before + 1)..<(base - 1)].map(rank) == [1]
            else { return [] }
            let replacement = [line[before]] + ReorderThaiMarks.inCanonicalOrder([line[base + 1], line[before + 1]]) + [line[base]]
            return [Move(range: before..<end, replacement: replacement, kind: .movedAcrossSpace)]
        }
        let existing = Array(line[(start + 1)..<previousEnd])
        let marks = Array(line[(base + 1)..<end])
        let movable = marks.indices.filter { index in
            Self.movable.contains(marks[index]) && !existing.contains { rank($0) == rank(marks[index]) }
        }
        guard !movable.isEmpty, movable.count <= 4 else { return [] }
        var result: [Move] = []
        for subset in 1..<(1 << movable.count) {
            let chosen = movable.indices.filter { subset >> $0 & 1 != 0 }.map { movable[$0] }
            let moved = chosen.map { marks[$0] }
            // At most one mark of each kind can join the cluster before.
            guard Set(moved.map(rank)).count == moved.count else { continue }
            let kept = marks.indices.filter { !chosen.contains($0) }.map { marks[$0] }
            let replacement = [line[start]] + ReorderThaiMarks.inCanonicalOrder(existing + moved) + Array(line[previousEnd...base]) + kept
            result.append(Move(range: start..<end, replacement: replacement, kind: .moved))
        }
        return result
    }

    /// The marks of `line` where Thai writing never puts one: first on the line, after a space,
    /// after a leading vowel, or a tone mark right before a vowel mark.
    static func misplacedMarks(in line: [Unicode.Scalar]) -> Int {
        var count = 0
        var previous: Unicode.Scalar? = nil
        var onlySpacesSoFar = true
        for scalar in line {
            if ThaiScript.isCombiningMark(scalar) {
                if onlySpacesSoFar || previous == " " || previous.map(ThaiScript.isLeadingVowel) == true
                    || (previous.map { ThaiScript.kind(of: $0) == .tone } == true && ReorderThaiMarks.rank(scalar) == 0) {
                    count += 1
                }
            }
            if scalar != " " && scalar != "\t" { onlySpacesSoFar = false }
            previous = scalar
        }
        return count
    }
}
