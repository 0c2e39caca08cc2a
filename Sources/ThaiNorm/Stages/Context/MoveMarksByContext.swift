/// Moves a mark that PDF extraction pushed one letter too far back to the cluster it belongs
/// to, where the document shows such displacement and the language model reads the moved
/// mark clearly better.
///
/// pdftotext places a Thai mark by where its glyph is drawn, and fonts draw many marks a
/// little to the right: the mark then follows the next letter. Often the result is still a
/// possible cluster, so no shape rule can see it (`ขึน้` for ขึ้น, `เกีย่ว` for เกี่ยว,
/// `ทีร่ัฐ` for ที่รัฐ, `ส่งั` for สั่ง): only the words around it can. So:
/// - **the document must show displacement** (``Adaptation/showsDisplacement``): marks in
///   places no Thai writing puts them (at the start of a line, after a leading vowel, before
///   a vowel mark, after a space), at least ``Parameters/minimumSymptoms`` of them and
///   ``Parameters/minimumSymptomsPer10000`` per 10,000 characters. Clean text and OCR output
///   show (almost) none, and are left alone;
/// - **the move must read better**: the marks of a cluster that the cluster before could
///   take (a consonant without a mark of their kind, a leading vowel between them allowed)
///   are tried there, one or several together (a vowel often takes its tone along), and the
///   best move is made only if the ``LanguageModel`` gains at least
///   ``Parameters/minimumGain`` (log10) over the text as it is, its own cluster put in order,
///   read without the spaces around it (extraction puts spaces inside words).
///
/// ```swift
/// // In a document that shows displaced marks:
/// // "ขึน้" → "ขึ้น", "ทีร่ัฐ" → "ที่รัฐ"
/// ```
///
/// Complexity: O(n) language-model windows for a line of n scalars, in a document that shows
/// displacement; O(n) scalar tests otherwise.
public struct MoveMarksByContext: DocumentAdaptiveStage {
    public let name = "MoveMarksByContext"
    public let summary = "Move marks that PDF extraction pushed past the next letter back where the context reads clearly better (ขึน้ → ขึ้น), in documents that show such displacement."
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
        // Spaces before marks that an earlier stage removed were symptoms too.
        let removed = document.edits.count { $0.applied && $0.stage == "RemoveSpaceBeforeMarks" }
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
        var free = 0  // the first index a new move may touch
        var base = 1
        while base < line.count {
            var end = base + 1
            while end < line.count, ThaiScript.isCombiningMark(line[end]) { end += 1 }
            defer { base = end }
            guard end > base + 1, ThaiScript.isConsonant(line[base]) else { continue }
            var best: (move: Move, gain: Double)? = nil
            for move in Self.moves(ofMarksOn: base, end: end, in: line) where move.range.lowerBound >= free {
                let gain = Self.gain(of: move, in: line, model: model)
                if gain > best?.gain ?? -.infinity { best = (move, gain) }
            }
            guard let best, best.gain >= parameters.minimumGain else { continue }
            output.replace(best.move.range, with: best.move.replacement, confidence: parameters.confidence,
                           note: "mark moved back to the cluster before, which reads better")
            free = best.move.range.upperBound
        }
    }

    /// How much better the line reads with `move` made than with the marks left where they
    /// are (their cluster put in canonical order: a tone written before its vowel is
    /// ReorderThaiMarks' to mend, not evidence for a move). Read with the spaces around the
    /// move left out: extraction puts spaces inside words, and the model would read them as
    /// word breaks.
    static func gain(of move: Move, in line: [Unicode.Scalar], model: LanguageModel) -> Double {
        // One scalar more either side than the model reads: a window cut short only where the
        // line ends reads as the line's start or end (LanguageModel.gain).
        let reach = model.order
        var before: [Unicode.Scalar] = [], after: [Unicode.Scalar] = []
        var i = move.range.lowerBound - 1
        while i >= 0, before.count < reach {
            if line[i] != " " && line[i] != "\t" { before.append(line[i]) }
            i -= 1
        }
        before.reverse()
        i = move.range.upperBound
        while i < line.count, after.count < reach {
            if line[i] != " " && line[i] != "\t" { after.append(line[i]) }
            i += 1
        }
        let window = before + line[move.range] + after
        let range = before.count..<(before.count + move.range.count)
        return model.gain(in: window, replacing: range, with: move.replacement)
            - model.gain(in: window, replacing: range, with: move.inPlace)
    }

    /// Marks that may have been pushed past a letter: tones, above and below vowels, thanthakhat.
    static let movable: ScalarSet = "\u{0E31}\u{0E34}\u{0E35}\u{0E36}\u{0E37}\u{0E38}\u{0E39}\u{0E47}\u{0E48}\u{0E49}\u{0E4A}\u{0E4B}\u{0E4C}"

    /// A candidate move of marks: the range it rewrites (from the cluster before to the end
    /// of the marks' cluster), the text with the marks moved, and the same range with the
    /// marks left where they are, their cluster in canonical order.
    struct Move {
        var range: Range<Int>
        var replacement: [Unicode.Scalar]
        var inPlace: [Unicode.Scalar]
    }

    /// The moves of one or more marks of the cluster `line[base..<end]` into the cluster
    /// before, where that cluster is a consonant with no mark of their kind (a leading vowel
    /// may stand between them). Every subset of the movable marks is a candidate: a
    /// displaced vowel often takes its tone along (`ทจีุ่ด` for ที่จุด).
    static func moves(ofMarksOn base: Int, end: Int, in line: [Unicode.Scalar]) -> [Move] {
        var previousEnd = base  // the end of the cluster before
        if previousEnd > 0, ThaiScript.isLeadingVowel(line[previousEnd - 1]) { previousEnd -= 1 }
        var start = previousEnd - 1
        while start >= 0, ThaiScript.isCombiningMark(line[start]) { start -= 1 }
        guard start >= 0, ThaiScript.isConsonant(line[start]) else { return [] }
        let rank = ReorderThaiMarks.rank
        let existing = Array(line[(start + 1)..<previousEnd])
        let marks = Array(line[(base + 1)..<end])
        let movable = marks.indices.filter { index in
            Self.movable.contains(marks[index]) && !existing.contains { rank($0) == rank(marks[index]) }
        }
        guard !movable.isEmpty, movable.count <= 4 else { return [] }
        let canonical = { (cluster: [Unicode.Scalar]) in
            cluster.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        }
        let inPlace = Array(line[start..<previousEnd]) + Array(line[previousEnd...base]) + canonical(marks)
        var result: [Move] = []
        for subset in 1..<(1 << movable.count) {
            let chosen = movable.indices.filter { subset >> $0 & 1 != 0 }.map { movable[$0] }
            let moved = chosen.map { marks[$0] }
            // At most one mark of each kind can join the cluster before.
            guard Set(moved.map(rank)).count == moved.count else { continue }
            let kept = marks.indices.filter { !chosen.contains($0) }.map { marks[$0] }
            let replacement = [line[start]] + canonical(existing + moved) + Array(line[previousEnd...base]) + kept
            result.append(Move(range: start..<end, replacement: replacement, inPlace: inPlace))
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
