/// What kind of change an edit makes, read from its text before and after alone: the
/// first thing that decides how often such an edit is right.
///
/// ```swift
/// EditShape(before: "หน่ว ยงาน", after: "หน่วยงาน")  // .space
/// EditShape(before: "เพิม", after: "เพิ่ม")          // .toneAdded
/// EditShape(before: "ทัง้", after: "ทั้ง")            // .toneMoved
/// EditShape(before: "ประซาซน", after: "ประชาชน")     // .letters
/// ```
///
/// Complexity: O(n) in the length of the two texts.
public enum EditShape: String, Sendable, CaseIterable, Codable {
    /// Only whitespace differs.
    case space
    /// The same letters and vowels; a tone mark added.
    case toneAdded
    /// The same letters and vowels; a tone mark removed.
    case toneDropped
    /// The same letters and vowels and as many tone marks; a tone mark changed.
    case toneChanged
    /// The same characters; only tone marks moved (`ทัง้` → `ทั้ง`).
    case toneMoved
    /// The same characters; vowel marks or signs moved among the letters (`อนั` → `อัน`).
    case marksMoved
    /// The same letters; vowel marks or signs changed (added, removed, replaced or moved).
    case marks
    /// As many letters, some replaced.
    case letters
    /// Latin letters written (English recovered from Thai-looking text).
    case latin
    /// Digits in the text before or after.
    case digits
    /// Punctuation or symbols removed or replaced.
    case punctuation
    /// Anything else (letters added or removed).
    case other

    public init(before: some Collection<Unicode.Scalar>, after: some Collection<Unicode.Scalar>) {
        let b = Array(before), a = Array(after)
        func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
        if b.filter({ !isSpace($0) }) == a.filter({ !isSpace($0) }) { self = .space; return }
        func isLatin(_ s: Unicode.Scalar) -> Bool { ("A"..."Z").contains(s) || ("a"..."z").contains(s) }
        if a.contains(where: isLatin) { self = .latin; return }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ThaiScript.isDigit(s) || ("0"..."9").contains(s) }
        if b.contains(where: isDigit) || a.contains(where: isDigit) { self = .digits; return }
        if b.contains(where: { !ThaiScript.isThai($0) && !isSpace($0) }) { self = .punctuation; return }
        func isTone(_ s: Unicode.Scalar) -> Bool { ThaiScript.kind(of: s) == .tone }
        func base(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
            text.filter { !ThaiScript.isCombiningMark($0) && !isSpace($0) }
        }
        if base(b) == base(a) {
            // Nothing added or removed: what moved, a tone mark or another mark?
            let (bs, as_) = (b.filter { !isSpace($0) }, a.filter { !isSpace($0) })
            if bs.sorted(by: { $0.value < $1.value }) == as_.sorted(by: { $0.value < $1.value }) {
                self = bs.filter { !isTone($0) } == as_.filter { !isTone($0) } ? .toneMoved : .marksMoved
                return
            }
            let marks = { (text: [Unicode.Scalar]) in text.filter { ThaiScript.isCombiningMark($0) && !isTone($0) } }
            guard marks(b) == marks(a) else { self = .marks; return }
            let tones = (b.count(where: isTone), a.count(where: isTone))
            self = tones.1 > tones.0 ? .toneAdded : tones.1 < tones.0 ? .toneDropped : .toneChanged
            return
        }
        self = b.count == a.count ? .letters : .other
    }
}
