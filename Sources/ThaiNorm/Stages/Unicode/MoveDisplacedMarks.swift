/// Moves combining marks that extraction pushed one cluster too far back to
/// the cluster they belong to.
///
/// Two positions are impossible in Thai writing, so a mark found there is
/// displaced, not misspelled:
/// - **after a leading vowel** (เ แ โ ใ ไ never carry a mark): the mark goes
///   back to the consonant before the vowel (`รูเ้กี่ยว` → `รู้เกี่ยว`,
///   `มแีผน` → `มีแผน`);
/// - **a second, different tone on one consonant** when the cluster before
///   has no tone: the later tone goes back to it (`คูค้่า` → `คู่ค้า`).
///
/// The mark moves only when the cluster before can take it (a consonant
/// with no mark of the same kind); otherwise the text is kept and
/// ReorderThaiMarks reports the cluster. The order inside the cluster is
/// left to ReorderThaiMarks, which runs next.
///
/// Complexity: O(n) in the length of the line.
public struct MoveDisplacedMarks: RepairStage {
    public let name = "MoveDisplacedMarks"
    public let summary = "Move marks displaced past the next letter back to their cluster (รูเ้กี่ยว → รู้เกี่ยว, คูค้่า → คู่ค้า)."

    public let parameters: Parameters

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// The stage acts on a mark right after a leading vowel, on a tone mark right after ะ า ๅ, and
    /// on two tone marks in one run of marks (where a tone mark is followed by another mark).
    public var scope: StageScope {
        StageScope(linesWith: [.leadingVowelUnfollowed, .toneAfterFollowingVowel, .marksOutOfOrder])
    }

    /// ะ า ๅ: vowels written after the consonant, which never carry a mark (sara am is not one:
    /// a tone after it is ReorderThaiMarks').
    static let followingVowels: ScalarSet = "\u{0E30}\u{0E32}\u{0E45}"

    public func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        var index = 1
        while index < line.count {
            if ThaiScript.isLeadingVowel(line[index]), index + 1 < line.count, ThaiScript.isCombiningMark(line[index + 1]) {
                index = moveMarksAfterLeadingVowel(line, vowel: index, into: &output)
            } else if Self.followingVowels.contains(line[index]), index + 1 < line.count,
                      ThaiScript.kind(of: line[index + 1]) == .tone {
                index = moveTonesAfterFollowingVowel(line, vowel: index, into: &output)
            } else if ThaiScript.isConsonant(line[index]) {
                index = moveSecondTone(line, base: index, into: &output)
            } else {
                index += 1
            }
        }
    }

    /// The start of the cluster ending just before `end` (its consonant), if the
    /// text before `end` is a consonant with combining marks.
    static func clusterStart(_ line: [Unicode.Scalar], endingBefore end: Int) -> Int? {
        var start = end - 1
        while start >= 0, ThaiScript.isCombiningMark(line[start]) { start -= 1 }
        return start >= 0 && ThaiScript.isConsonant(line[start]) ? start : nil
    }

    /// Whether the cluster `line[start..<end]` has room for `marks`.
    private func canTake(_ line: [Unicode.Scalar], _ cluster: Range<Int>, _ marks: some Collection<Unicode.Scalar>) -> Bool {
        let existing = line[(cluster.lowerBound + 1)..<cluster.upperBound]
        let hasTone = existing.contains { ReorderThaiMarks.rank($0) == 1 }
        let hasVowel = existing.contains { ReorderThaiMarks.rank($0) == 0 }
        let addsTone = marks.filter { ReorderThaiMarks.rank($0) == 1 }.count
        let addsVowel = marks.filter { ReorderThaiMarks.rank($0) == 0 }.count
        return addsTone <= (hasTone ? 0 : 1) && addsVowel <= (hasVowel ? 0 : 1)
    }

    private func moveMarksAfterLeadingVowel(_ line: [Unicode.Scalar], vowel: Int, into output: inout StageOutput) -> Int {
        var end = vowel + 1
        while end < line.count, ThaiScript.isCombiningMark(line[end]) { end += 1 }
        let marks = line[(vowel + 1)..<end]
        guard let start = Self.clusterStart(line, endingBefore: vowel), canTake(line, start..<vowel, marks) else {
            return end
        }
        // cluster + marks + vowel, in place of cluster + vowel + marks.
        let replacement = Array(line[start..<vowel]) + Array(marks) + [line[vowel]]
        output.replace(start..<end, with: replacement, confidence: parameters.afterLeadingVowelConfidence, note: "mark after a leading vowel moved to its consonant")
        return end
    }

    /// A tone mark typed after ะ า ๅ goes back to the consonant before the vowel
    /// (`กา่` → `ก่า`), if that cluster has no tone yet.
    private func moveTonesAfterFollowingVowel(_ line: [Unicode.Scalar], vowel: Int, into output: inout StageOutput) -> Int {
        var end = vowel + 1
        while end < line.count, ThaiScript.kind(of: line[end]) == .tone { end += 1 }
        let marks = line[(vowel + 1)..<end]
        guard let start = Self.clusterStart(line, endingBefore: vowel), canTake(line, start..<vowel, marks) else { return end }
        let replacement = Array(line[start..<vowel]) + Array(marks) + [line[vowel]]
        output.replace(start..<end, with: replacement, confidence: parameters.afterFollowingVowelConfidence,
                       note: "tone mark after a following vowel moved to its consonant")
        return end
    }

    private func moveSecondTone(_ line: [Unicode.Scalar], base: Int, into output: inout StageOutput) -> Int {
        var end = base + 1
        while end < line.count, ThaiScript.isCombiningMark(line[end]) { end += 1 }
        // Nearly every cluster has fewer than two marks: no second tone, nothing to allocate.
        guard end - base >= 3 else { return end }
        let tones = (base + 1..<end).filter { ThaiScript.kind(of: line[$0]) == .tone }
        guard tones.count == 2, line[tones[0]] != line[tones[1]],
              let previous = Self.clusterStart(line, endingBefore: base),
              canTake(line, previous..<base, [line[tones[1]]])
        else { return end }
        let moved = tones[1]
        var replacement = Array(line[previous..<base]) + [line[moved]]
        replacement += line[base..<end].enumerated().filter { base + $0.offset != moved }.map(\.element)
        output.replace(previous..<end, with: replacement, confidence: parameters.secondToneConfidence, note: "second tone mark moved back to the cluster before")
        return end
    }
}
