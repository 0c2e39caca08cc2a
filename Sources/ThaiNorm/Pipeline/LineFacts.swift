/// What more than one stage finds in the same line, found once per line of a document: the
/// garbled-English tokens of a line (asked by ``RecoverGarbledEnglish`` and again by
/// ``CorrectLexicalErrors``, which must not "correct" them) and the names in it (asked by
/// ``CorrectLexicalErrors``, which leaves them alone, and ``CorrectNameSpellings``).
///
/// The ``Normalizer`` owns one for each document it normalizes; stages reach it only through
/// ``LineContext``. A fact is kept with the line it was found in, by the line's index, and
/// given again only while line `index` is still that line: a line a stage changed is read
/// again. A document's stages run one after the other on one thread: the facts are not
/// shared between threads (not `Sendable`) and need no lock.
///
/// ```swift
/// let facts = LineFacts(lineCount: lines.count)
/// facts.garbledTokens(at: 3, of: lines[3])   // found
/// facts.garbledTokens(at: 3, of: lines[3])   // kept
/// ```
///
/// Complexity: O(1) for a fact kept (an unchanged line shares its storage with the line it was
/// found in, so comparing them is O(1)); else the cost of finding it.
final class LineFacts {
    private var garbled: [(line: [Unicode.Scalar], tokens: [Range<Int>])?]
    private var names: [(line: [Unicode.Scalar], asker: AnyObject, names: NameGuard.LineNames)?]

    /// Facts for a document of `lineCount` lines, none found yet.
    init(lineCount: Int) {
        garbled = Array(repeating: nil, count: lineCount)
        names = Array(repeating: nil, count: lineCount)
    }

    /// ``GarbledEnglishDetector/garbledTokens(in:)`` of `line`, which is line `index`.
    func garbledTokens(at index: Int, of line: [Unicode.Scalar]) -> [Range<Int>] {
        guard index < garbled.count else { return GarbledEnglishDetector.garbledTokens(in: line) }
        if let kept = garbled[index], kept.line == line { return kept.tokens }
        let tokens = GarbledEnglishDetector.garbledTokens(in: line)
        garbled[index] = (line, tokens)
        return tokens
    }

    /// The names `guardian` finds in `line` (``NameGuard/lineNames(in:)``), which is line `index`.
    func names(at index: Int, of line: [Unicode.Scalar], by guardian: NameGuard) -> NameGuard.LineNames {
        guard index < names.count else { return guardian.lineNames(in: line) }
        if let kept = names[index], kept.asker === guardian.identity, kept.line == line { return kept.names }
        let found = guardian.lineNames(in: line)
        names[index] = (line, guardian.identity, found)
        return found
    }
}
