/// Names that PDF extraction wrote with spaces inside (`นายอลงกรณ์ พลบุต ร`,
/// `นายพลากร สุว รรณรัฐ`, `นายกิตติ สิงหาปั ด`): a token that no Thai word
/// starts like belongs to the name before it.
///
/// Such a piece (``isPiece(_:)``) is a consonant alone,
/// starts with `รร` (ร หัน only ever follows a consonant), or starts with a
/// mark or vowel that cannot start a word. The family name takes the pieces
/// after it (at most ``maximumPieces``); a family name that is itself a piece
/// is the end of the given name (`อธิส รรค์`), and the next token is the family
/// name.
///
/// ```swift
/// NameOccurrence.all(in: Array("นายพลากร สุว รรณรัฐ องคมนตรี".unicodeScalars), line: 1)[0].family   // "สุวรรณรัฐ"
/// ```
///
/// Complexity: O(k) for the k tokens after the name (at most ``maximumPieces``).
extension NameOccurrence {
    /// The most pieces a name is rejoined from after its given name.
    static let maximumPieces = 3

    /// `match` with its given and family ranges grown over the pieces of a broken name; the
    /// ranges then hold spaces (``joined(_:)`` removes them).
    static func rejoined(_ match: NameGuard.Match, in line: [Unicode.Scalar]) -> NameGuard.Match {
        guard var family = match.family else { return match }
        var match = match
        var pieces = Array(ScalarLine.tokens(line, in: family.upperBound..<line.count).prefix(maximumPieces + 1))
        if isPiece(line[family]), let next = pieces.first, isName(line[next]) {
            match.given = match.given.lowerBound..<family.upperBound
            family = next
            pieces.removeFirst()
        }
        for piece in pieces.prefix(maximumPieces) {
            guard isPiece(line[piece]) else { break }
            family = family.lowerBound..<piece.upperBound
        }
        match.family = family
        return match
    }

    /// A token no Thai word starts like: a consonant alone, `รร…`, a
    /// mark or vowel that cannot start a word, or a first letter the thanthakhat
    /// silences (`ฏ์จารี` of `ณัฐฏ์จารี`, `ธิ์` of `ฤทธิ์`: a silenced letter ends a syllable).
    static func isPiece(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = token.first, isName(token) else { return false }
        if ThaiScript.cannotStartWord(first) { return true }
        let second = token.dropFirst().first, third = token.dropFirst(2).first
        if ThaiScript.isConsonant(first), second == "\u{0E4C}"
            || (second == "\u{0E34}" || second == "\u{0E38}") && third == "\u{0E4C}" { return true }
        // One consonant: two may be a word with its vowel unwritten (`คน`, `สม`).
        // Not ณ: a word of its own in family names (`อิศรางกูร ณ อยุธยา`).
        if token.count == 1, ThaiScript.isConsonant(first), first != "\u{0E13}" { return true }
        return token.count >= 3 && first == "\u{0E23}" && token[token.startIndex + 1] == "\u{0E23}"
    }

    /// Thai letters and marks only.
    static func isName(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        !token.isEmpty && token.allSatisfy { ThaiScript.isThai($0) && !ThaiScript.isDigit($0) && $0 != "\u{0E2F}" }
    }

    /// The scalars without whitespace.
    static func joined(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: scalars.filter { !$0.isWhitespace })
    }
}
