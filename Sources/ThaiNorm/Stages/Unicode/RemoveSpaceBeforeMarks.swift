/// Removes spaces that split a Thai cluster: a space before a combining mark
/// (`ด ้` → `ด้`, `สำน ักงาน` → `สำนักงาน`) or before a vowel that can only
/// follow a consonant (`ก าร` → `การ`).
///
/// No Thai word begins with a combining mark or with ะ า ำ ๅ, so a space
/// before one is always extraction damage. The space is removed only when a
/// Thai letter or mark stands before it; a mark after Latin text, a digit, a
/// thanthakhat (`์ ่ื`: the mark lost its consonant), a vowel above that the
/// syllable's leading vowel rules out (`ใจ ้ือ`) or at the start of a line is
/// reported and kept.
///
/// Complexity: O(n) in the length of the line.
public struct RemoveSpaceBeforeMarks: RepairStage {
    public let name = "RemoveSpaceBeforeMarks"
    public let summary = "Remove spaces that split a Thai cluster (a space before a mark or ะ า ำ)."

    public let parameters: Parameters

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// Only a mark or ะ า ำ ๅ after a space (or starting the line) is repaired or reported.
    public var scope: StageScope { StageScope(linesWith: .spaceBeforeNonStarter) }

    public func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        var index = 0
        while index < line.count {
            let scalar = line[index]
            guard ThaiScript.cannotStartWord(scalar), index == 0 || line[index - 1].isSpace else {
                index += 1
                continue
            }
            var spaceStart = index
            while spaceStart > 0, line[spaceStart - 1].isSpace { spaceStart -= 1 }
            let base = spaceStart > 0 ? line[spaceStart - 1] : nil
            // No mark follows a thanthakhat in one cluster: a mark after `์ ` lost its own
            // consonant (`วัฒน์ ่ืน` for `วัฒน์ ชื่น`), and joining would put it on the wrong one.
            let lostBase = (base == Self.thanthakhat && ThaiScript.isCombiningMark(scalar))
                || Self.aboveVowelCannotJoin(line, marksAt: index, base: spaceStart - 1)
            if let base, Self.canCarry(base), !lostBase {
                let isMark = ThaiScript.isCombiningMark(scalar)
                output.replace(spaceStart..<index, with: [], confidence: isMark ? parameters.markConfidence : parameters.followingVowelConfidence,
                               note: isMark ? "space before a combining mark" : "space before a following vowel")
            } else if ThaiScript.isCombiningMark(scalar) {
                output.report(at: index, "combining mark without a Thai base; kept")
            }
            index += 1
        }
    }

    static let thanthakhat: Unicode.Scalar = "\u{0E4C}"

    /// Whether the marks at `index` hold a vowel above that the consonant at `base` cannot
    /// carry, because of the leading vowel of its syllable: ใ ไ โ take no vowel above, แ only
    /// ็, เ no ั or ึ (`ใจ ้ือ`: the marks of `ซื้อ`, whose ซ was lost, are not `จ`'s).
    static func aboveVowelCannotJoin(_ line: [Unicode.Scalar], marksAt index: Int, base: Int) -> Bool {
        // The leading vowel right before the consonant only: two letters after one may be two
        // syllables (`ใจด ี` is `ใจดี`, whose ี is ด's).
        guard base >= 1, ThaiScript.isConsonant(line[base]), ThaiScript.isLeadingVowel(line[base - 1]) else { return false }
        let lead = line[base - 1]
        var i = index
        while i < line.count, ThaiScript.isCombiningMark(line[i]) {
            if ThaiScript.kind(of: line[i]) == .aboveVowel {
                switch lead {
                case "\u{0E40}": if line[i] == "\u{0E31}" || line[i] == "\u{0E36}" { return true }   // เ: not ั ึ
                case "\u{0E41}": if line[i] != "\u{0E47}" { return true }   // แ: only ็
                default: return true   // โ ใ ไ
                }
            }
            i += 1
        }
        return false
    }

    /// Whether a Thai cluster can continue after `scalar`.
    private static func canCarry(_ scalar: Unicode.Scalar) -> Bool {
        switch ThaiScript.kind(of: scalar) {
        case .consonant, .aboveVowel, .belowVowel, .tone, .sign, .followingVowel: true
        default: false
        }
    }
}
