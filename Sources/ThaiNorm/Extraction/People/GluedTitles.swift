/// Names whose title is written glued to the word before it, as Thai prose
/// writes them: `นโยบายของนายเศรษฐา ทวีสิน`, `โดยมีนายวิษณุ ทับเที่ยง`.
///
/// A title (`mappings/titles.txt`) inside a token is a title when what comes
/// before it in the token is dictionary words, the token's segmentation has a
/// word boundary there (`สมเด็จพระนางเจ้า…` is one word), the title does not
/// start a longer word there (``NameGuard/title(in:at:)``: `ของนายกรัฐมนตรี`
/// is no name), and a given name of two letters or more follows it in the token and
/// a family name in the next token (``FamilyNameTest``), neither longer than
/// the longest listed name (`mappings/person-names.txt`). For extraction only:
/// the repair stages protect the names ``NameGuard`` finds at token starts.
///
/// ```swift
/// NameOccurrence.glued(in: Array("นโยบายของนายเศรษฐา ทวีสิน".unicodeScalars), line: 1)
///     .map { [$0.title, $0.given, $0.family] }   // [["นาย", "เศรษฐา", "ทวีสิน"]]
/// ```
///
/// Complexity: O(n) per line, with a segmentation of a token's start for each title found inside it.
extension NameOccurrence {
    static func glued(in line: [Unicode.Scalar], line number: Int, guard names: NameGuard = .shared,
                      family test: FamilyNameTest = .shared) -> [NameOccurrence] {
        let tokens = ScalarLine.tokens(line)
        var found: [NameOccurrence] = []
        for (index, token) in tokens.enumerated() where index + 1 < tokens.count && token.count >= 6 {
            var position = token.lowerBound + 2
            while position + 2 < token.upperBound {
                defer { position += 1 }
                guard names.titleStarts.contains(line[position]), ThaiScript.isConsonant(line[position]),
                      !ThaiScript.isLeadingVowel(line[position - 1]),
                      let length = names.title(in: line, at: position), position + length + 2 <= token.upperBound
                else { continue }
                let given = (position + length)..<token.upperBound
                guard !ThaiScript.cannotStartWord(line[given.lowerBound]),
                      test.isDictionaryWords(line, token.lowerBound..<position),
                      test.segmentsAt(line, token, boundary: position) else { continue }
                let givenName = clean(line[given])
                let family = tokens[index + 1]
                let familyName = clean(line[family])
                // No longer than the longest listed name: `นางสงกรานต์ กิจกรรมวันข้าวเหนียว…` is a festival.
                let longest = names.personNameLengths.upperBound
                guard (2...longest).contains(givenName.unicodeScalars.count), !givenName.unicodeScalars.contains("\u{0E2F}"),
                      (2...longest).contains(familyName.unicodeScalars.count),
                      names.title(in: line, at: family.lowerBound) == nil,
                      test.mayBeFamilyName(Array(familyName.unicodeScalars)),
                      !test.hasSentenceTail(Array(givenName.unicodeScalars)) else { continue }
                found.append(NameOccurrence(title: names.fullTitle(String(scalars: line[position..<(position + length)])),
                                            given: givenName, family: familyName, line: number,
                                            range: position..<family.upperBound))
                break
            }
        }
        return found
    }
}
