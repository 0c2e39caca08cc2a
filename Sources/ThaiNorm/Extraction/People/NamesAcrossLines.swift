/// Names that a line break cuts after the title or after the given name, as PDF extraction
/// and OCR write running text: `…โดยมี นาย` / `สมชาย เลิศลาภวศิน ผู้อำนวยการ…`,
/// `…ภายใต้การอำนวยการของ พล.ต.ต.อำนาจ` / `ไตรพจน์ ผู้บังคับการ…`.
///
/// The last token of a line and the next line are read as one line: when the token ends in a
/// title (alone, or glued to dictionary words before it: `ของนาย`), the name is the next
/// line's first two tokens; when it is a title and a given name with no family name after it,
/// the family name is the next line's first token, or, when the given name and that token
/// joined are a listed name and one of them alone is not (`นายสิทธิ` / `กร ดิเรกสุนทร`,
/// `นายยง` / `ยุทธ …`), or the given name so grown and the token after are a name government
/// text repeats (``KnownNames``), the given name goes on there and the family name is the token after. Either way the given or the family name must be a
/// listed name (`mappings/person-names.txt`): two words after a line break need not be a name;
/// and something must follow the family name on the next line (else it may go on after it).
///
/// ```swift
/// let lines = ["ประกอบด้วย นาย", "สมชาย เลิศลาภวศิน ผู้อำนวยการ"].map { Array($0.unicodeScalars) }
/// NameOccurrence.acrossLines(lines[0], lines[1], line: 2)?.family   // "เลิศลาภวศิน"
/// ```
///
/// Complexity: O(k) for a line's last token of k scalars, and one reading of the next line's start.
extension NameOccurrence {
    /// The name that starts in the last token of `line` and ends in `next` (whose 1-based number is
    /// `number`); its range is the part in `next`.
    static func acrossLines(_ line: [Unicode.Scalar], _ next: [Unicode.Scalar], line number: Int,
                            guard names: NameGuard = .shared, family test: FamilyNameTest = .shared) -> NameOccurrence? {
        guard let last = ScalarLine.lastToken(line), let head = ScalarLine.firstToken(next) else { return nil }
        let tail = Array(line[last])
        let rest = Array(next[head.lowerBound...])
        var joined: [Unicode.Scalar]
        if let start = titleEnding(tail, guard: names, family: test) {
            // The title ends the line: the name is on the next (read as if glued to it).
            joined = Array(tail[start...]) + rest
        } else if let open = all(in: tail, line: number, guard: names, family: test).last,
                  open.family == nil, open.title != nil, open.range.upperBound == tail.count {
            // A title and a given name end the line: the family name, or the given name's end, is on the next.
            // The given name goes on when given and head joined are a listed name and one of them
            // alone is not (`สิทธิ` / `กร`, `ยง` / `ยุทธ`).
            let headName = clean(next[head])
            let continued = Array((open.given + headName).unicodeScalars)
            // Or the given name and the token after are a name government text repeats
            // (``KnownNames``: `นางสาวอัยริ` / `นทร์ พันธุ์ฤทธิ์`).
            let family = ScalarLine.tokens(next, in: head.upperBound..<next.count).first.map { clean(next[$0]) }
            let goesOn = names.isListedName(continued)
                && !(names.isListedName(open.given.unicodeScalars) && names.isListedName(headName.unicodeScalars))
                || family.map { KnownNames.shared.isOfficial(given: open.given + headName, family: $0) } == true
            joined = Array(tail[open.range]) + (goesOn ? [] : [" "]) + rest
        } else {
            return nil
        }
        let offset = joined.count - rest.count
        guard let found = all(in: joined, line: number, guard: names, family: test).first,
              found.range.lowerBound < offset, found.range.upperBound > offset, let family = found.family,
              names.isListedName(found.given.unicodeScalars) || names.isListedName(family.unicodeScalars)
                || KnownNames.shared.isOfficial(given: found.given, family: family),
              // A family name that ends the next line too may go on after it (`เทพห` / `ัสดิน`).
              !ScalarLine.tokens(joined, in: found.range.upperBound..<joined.count).isEmpty
        else { return nil }
        var occurrence = found
        occurrence.range = head.lowerBound..<(head.lowerBound + found.range.upperBound - offset)
        return occurrence
    }

    /// Where a title that ends `token` starts: at its start, or after dictionary words glued
    /// before it (`ของนาย`); nil when no title ends it.
    static func titleEnding(_ token: [Unicode.Scalar], guard names: NameGuard, family test: FamilyNameTest) -> Int? {
        for start in token.indices {
            guard names.titleStarts.contains(token[start]), names.title(in: token, at: start) == token.count - start
            else { continue }
            if start == 0 || (!ThaiScript.isLeadingVowel(token[start - 1]) && test.isDictionaryWords(token, 0..<start)) {
                return start
            }
        }
        return nil
    }
}
