/// One place a person is named: title, given and family name as printed
/// (stray quotes and trailing punctuation removed).
///
/// ```swift
/// NameOccurrence.all(in: Array("น.ส.สุนทรีย์ สารเร็ว".unicodeScalars), line: 3).first?.title   // "นางสาว"
/// ```
public struct NameOccurrence: Sendable, Equatable {
    public var title: String?
    public var given: String
    public var family: String?
    public var line: Int
    /// Scalar range of the whole name (title to family) in its line.
    public var range: Range<Int>

    static func clean(_ part: ArraySlice<Unicode.Scalar>) -> String {
        var scalars = Array(part.filter { !NameGuard.strayMarks.contains($0) })
        while let last = scalars.last, !ThaiScript.isThai(last) || ThaiScript.isDigit(last) { scalars.removeLast() }
        while let first = scalars.first, !ThaiScript.isThai(first) || ThaiScript.isDigit(first) { scalars.removeFirst() }
        return String(scalars: scalars)
    }

    /// ``clean(_:)`` of the part without its whitespace (a name PDF extraction spaced, ``rejoined(_:in:)``).
    static func cleanJoined(_ part: ArraySlice<Unicode.Scalar>) -> String {
        clean(Array(joined(part).unicodeScalars)[...])
    }

    /// An initial written for a given name: a consonant and a full stop (`ป.`).
    static func isInitial(_ token: some Collection<Unicode.Scalar>) -> Bool {
        token.count == 2 && ThaiScript.isConsonant(token[token.startIndex]) && token.dropFirst().first == "."
    }

    /// The names in `line` (1-based `line` number) that have at least a given name of two letters.
    /// A family name is dropped when it is the sentence going on (``FamilyNameTest``: `นายสมชาย กล่าวว่า`).
    public static func all(in scalars: [Unicode.Scalar], line: Int, guard names: NameGuard = .shared,
                           family test: FamilyNameTest = .shared) -> [NameOccurrence] {
        names.names(in: scalars).compactMap { found in
            // Titles stacked (`รองศาสตราจารย์ ดร.วิศณุ`): the name follows the last. A token that is
            // only a title is a list of titles (`ทันตแพทย์ ทันตแพทย์หญิง`), not a name.
            var found = found
            var stacked: String?
            if let length = names.title(in: scalars, at: found.given.lowerBound) {
                stacked = names.fullTitle(String(scalars: scalars[found.given.lowerBound..<(found.given.lowerBound + length)]))
                if length < found.given.count {
                    found.given = (found.given.lowerBound + length)..<found.given.upperBound
                } else {
                    // The title a token of its own (`รองศาสตราจารย์ ดร. ปัทมาวดี โพชนุกูล`): the name is the next two.
                    let next = ScalarLine.tokens(scalars, in: found.given.upperBound..<scalars.count).prefix(2)
                    guard next.count == 2, names.title(in: scalars, at: next[next.startIndex].lowerBound) == nil else { return nil }
                    found.given = next[next.startIndex]
                    found.family = next[next.startIndex + 1]
                }
            }
            let match = rejoined(found, in: scalars)
            var given = cleanJoined(scalars[match.given])
            // An initial for the given name: `พลเอก ป. ติณสูลานนท์`.
            let raw = scalars[match.given]
            // Not an abbreviation's last letter: `ส.อ.ท.` is no rank ส.อ. before an initial ท.
            if isInitial(raw), match.family != nil, match.given.lowerBound > 0, scalars[match.given.lowerBound - 1].isWhitespace {
                given = String(scalars: raw)
            }
            // ฯ shortens a name already given in full (`รัชดาฯ`): not a name of its own.
            guard given.unicodeScalars.count >= 2, !given.unicodeScalars.contains("\u{0E2F}") else { return nil }
            // `นายแพทย์โสภณกล่าวว่า สำหรับ…`: the sentence goes on after the given name; no family name.
            let family = match.family.map { cleanJoined(scalars[$0]) }
                .flatMap { $0.unicodeScalars.count >= 2 && test.mayBeFamilyName(Array($0.unicodeScalars)) ? $0 : nil }
                .flatMap { test.hasSentenceTail(Array(given.unicodeScalars)) ? nil : $0 }
            let title = match.title.map { names.fullTitle(String(scalars: scalars[$0])) + (stacked.map { " " + $0 } ?? "") }
            let start = match.title?.lowerBound ?? match.given.lowerBound
            return NameOccurrence(title: title, given: given, family: family, line: line,
                                  range: start..<(match.family?.upperBound ?? match.given.upperBound))
        }
    }

    /// For each line of `lines`, its names that have a family name (what people, positions and
    /// criteria assignees are read from), also after a title glued to the word before
    /// (``glued(in:line:guard:family:)``). A title alone on its line names the person on the
    /// next line when that line is just two words, given and family name, one of them a listed
    /// name (an Act's countersignature: `พลเอก` / `ประยุทธ์ จันทร์โอชา`). A name a line break
    /// cuts after its title or given name is read on the next line (``acrossLines(_:_:line:guard:family:)``);
    /// one cut into words is rejoined when the whole is known (``rejoiningCutNames(_:in:guard:known:)``).
    public static func withFamilyNames(in lines: [[Unicode.Scalar]], guard names: NameGuard = .shared) -> [[NameOccurrence]] {
        var result = lines.enumerated().map { index, line in
            let found = all(in: line, line: index + 1, guard: names).filter { $0.family != nil }
            // Titles glued to the word before (`ของนายเศรษฐา ทวีสิน`), where no name found above overlaps.
            let glued = Self.glued(in: line, line: index + 1, guard: names).filter { name in
                !found.contains { $0.range.overlaps(name.range) }
            }
            return (found + glued).sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
        // Names a line break cuts after the title or the given name (``acrossLines(_:_:line:guard:family:)``).
        for index in lines.indices.dropLast() {
            guard let last = ScalarLine.lastToken(lines[index]),
                  // A title starts somewhere in the last token (most lines end otherwise).
                  lines[index][last].contains(where: { names.titleStarts.contains($0) }) else { continue }
            // The next line with text (pdftotext writes blank lines between a table's cells).
            guard let next = ScalarLine.nextWithText(after: index, in: lines, overBlanks: ScalarLine.blankLinesInsideWrap),
                  let head = ScalarLine.firstToken(lines[next]),
                  !result[index].contains(where: { $0.range.upperBound > last.lowerBound }),
                  !result[next].contains(where: { $0.range.lowerBound < head.upperBound }),
                  let name = acrossLines(lines[index], lines[next], line: next + 1, guard: names) else { continue }
            result[next].insert(name, at: 0)
        }
        for index in lines.indices.dropLast() where result[index].isEmpty && result[index + 1].isEmpty {
            guard let title = titleAlone(lines[index], guard: names) else { continue }
            let next = lines[index + 1]
            let words = next.split(separator: " ")
            guard words.count == 2, words.allSatisfy({ $0.allSatisfy { ThaiScript.isThai($0) && !ThaiScript.isDigit($0) } })
            else { continue }
            let given = clean(words[0]), family = clean(words[1])
            // Two words after a rank need not be a name (`ได้รับมอบหมาย ให้ดำเนินการ`): one must be a listed name.
            guard given.unicodeScalars.count >= 2, family.unicodeScalars.count >= 2,
                  names.isListedName(given.unicodeScalars) || names.isListedName(family.unicodeScalars) else { continue }
            result[index + 1] = [NameOccurrence(title: title, given: given, family: family, line: index + 2, range: 0..<next.count)]
        }
        // Names cut into pieces that are words, rejoined when the whole is known (``KnownNames``).
        return rejoiningCutNames(result, in: lines, guard: names)
    }

    /// The title a line consists of (spaces around it aside), in full form; nil for any other line.
    static func titleAlone(_ line: [Unicode.Scalar], guard names: NameGuard) -> String? {
        var start = 0, end = line.count
        while start < end, line[start] == " " { start += 1 }
        while end > start, line[end - 1] == " " { end -= 1 }
        guard start < end else { return nil }
        if let length = names.title(in: line, at: start), start + length == end {
            return names.fullTitle(String(scalars: line[start..<end]))
        }
        // A rank a justified line set apart (`พัน ตำรวจโท`, pango): the line without its spaces.
        guard line[start..<end].contains(" ") else { return nil }
        let joined = line[start..<end].filter { $0 != " " }
        guard let length = names.title(in: joined, at: 0), length == joined.count else { return nil }
        return names.fullTitle(String(scalars: joined))
    }
}
