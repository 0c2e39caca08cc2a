/// Puts the combining marks of each Thai cluster in canonical order and
/// removes exact duplicates: the vowel above or below the consonant first,
/// then the tone mark or sign, then sara am.
///
/// ```swift
/// // "ท่ี"    (MAI EK before SARA II)   → "ที่"
/// // "ส่ัง"   (MAI EK before MAI HAN-AKAT) → "สั่ง"
/// // "ก้้"    (MAI THO twice)           → "ก้"
/// // "นำ้"    (MAI THO after SARA AM)   → "น้ำ"
/// // "เเก"    (SARA E twice)            → "แก"
/// // "กาา"    (SARA AA twice)           → "กา"
/// // "นๅคา"   (LAKKHANGYAO after น)     → "นาคา" (ๅ stays after ฤ and ฦ: ฤๅษี)
/// ```
///
/// A cluster with two different vowels or two different tone marks is not
/// guessed at: it is reported and kept.
///
/// Complexity: O(n) in the length of the line (clusters are a few marks long).
public struct ReorderThaiMarks: RepairStage {
    public let name = "ReorderThaiMarks"
    public let summary = "Put each cluster's marks in canonical order (vowel, tone, sara am); drop exact duplicates (marks, and ะ า ำ twice); เเ → แ; ๅ → า after letters other than ฤ ฦ."

    public let parameters: Parameters

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// The stage acts on a run of marks other than one mark or a vowel then a tone mark (`ที่`,
    /// already in order): two marks out of order (a run of three always has such a pair), on
    /// เเ, on a tone mark after sara am, on two following vowels in a row and on ๅ.
    public var scope: StageScope {
        StageScope(linesWith: [.marksOutOfOrder, .doubleSaraE, .toneAfterSaraAm, .followingVowelsInARow, .lakkhangyao])
    }

    /// `marks` (of one cluster) in canonical order: vowels before tone marks and signs, each
    /// kind in the order given (a stable sort by ``rank(_:)``).
    static func inCanonicalOrder(_ marks: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
        marks.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// 0 for vowels above or below the base (and nikhahit), 1 for tone marks and signs.
    static func rank(_ scalar: Unicode.Scalar) -> Int {
        switch ThaiScript.kind(of: scalar) {
        case .tone: 1
        case .sign: scalar == ThaiScript.nikhahit ? 0 : 1
        default: 0
        }
    }

    public func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        var index = 0
        while index < line.count {
            let scalar = line[index]
            if scalar == ThaiScript.saraE, index + 2 < line.count, line[index + 1] == ThaiScript.saraE,
               ThaiScript.isConsonant(line[index + 2]) {
                output.replace(index..<index + 2, with: [ThaiScript.saraAe], confidence: parameters.doubleSaraEConfidence, note: "two SARA E for SARA AE")
                index += 2
                continue
            }
            if ThaiScript.kind(of: scalar) == .followingVowel, index > 0 {
                index = repairFollowingVowel(line, at: index, into: &output)
                continue
            }
            guard ThaiScript.isConsonant(scalar) else {
                index += 1
                continue
            }
            index = repairCluster(line, base: index, into: &output)
        }
    }

    /// Repairs the following vowel at `index` (after a cluster): the same vowel again right
    /// after it is dropped (no Thai word writes `าา`, `ะะ` or `ำำ`), and ๅ after a letter other
    /// than ฤ ฦ, where only า can stand, becomes า. Returns the index after the vowels.
    private func repairFollowingVowel(_ line: [Unicode.Scalar], at index: Int, into output: inout StageOutput) -> Int {
        let vowel = line[index]
        var end = index + 1
        while end < line.count, line[end] == vowel { end += 1 }
        var base = index - 1
        while base > 0, ThaiScript.isCombiningMark(line[base]) { base -= 1 }
        let afterLetter = ThaiScript.isConsonant(line[base]) && index - base <= 3
        if vowel == ThaiScript.lakkhangyao, afterLetter, line[base] != "\u{0E24}", line[base] != "\u{0E26}" {
            output.replace(index..<end, with: [ThaiScript.saraAa], confidence: parameters.lakkhangyaoConfidence,
                           note: "LAKKHANGYAO for SARA AA")
        } else if end > index + 1, afterLetter {
            output.replace(index..<end, with: [vowel], confidence: parameters.duplicateVowelConfidence,
                           note: "following vowel repeated")
        }
        return end
    }

    /// Repairs the marks after the consonant at `base`; returns the index after the cluster.
    private func repairCluster(_ line: [Unicode.Scalar], base: Int, into output: inout StageOutput) -> Int {
        var end = base + 1
        while end < line.count, ThaiScript.isCombiningMark(line[end]) { end += 1 }
        // Nearly every cluster: at most one mark and no sara am after it; nothing to order.
        // Next most: a vowel then a tone mark (`ที่`), already in order.
        if end == line.count || line[end] != ThaiScript.saraAm {
            if end - base <= 2 || (end - base == 3 && Self.rank(line[base + 1]) == 0 && Self.rank(line[base + 2]) == 1) {
                return end
            }
        }
        var marks = Array(line[(base + 1)..<end])
        // Tone marks typed after sara am belong before it.
        var clusterEnd = end
        var hasSaraAm = false
        if end < line.count, line[end] == ThaiScript.saraAm {
            var after = end + 1
            while after < line.count, ThaiScript.kind(of: line[after]) == .tone { after += 1 }
            if after > end + 1 {
                marks.append(contentsOf: line[(end + 1)..<after])
                hasSaraAm = true
                clusterEnd = after
            }
        }
        guard marks.count >= 2 || hasSaraAm else { return clusterEnd }

        var canonical: [Unicode.Scalar] = []
        for mark in Self.inCanonicalOrder(marks) where canonical.last != mark { canonical.append(mark) }
        let vowels = Set(canonical.filter { Self.rank($0) == 0 })
        let tones = Set(canonical.filter { Self.rank($0) == 1 })
        if vowels.count > 1 || tones.count > 1 {
            output.report(at: base, "cluster has \(vowels.count > 1 ? "two different vowels" : "two different tone marks"); kept as is")
            return clusterEnd
        }
        if hasSaraAm { canonical.append(ThaiScript.saraAm) }
        let original = line[(base + 1)..<clusterEnd]
        if !original.elementsEqual(canonical) {
            let duplicate = canonical.count < original.count
            output.replace((base + 1)..<clusterEnd, with: canonical, confidence: duplicate ? parameters.duplicateConfidence : parameters.orderConfidence,
                           note: duplicate ? "duplicated mark" : "marks out of order")
        }
        return clusterEnd
    }
}
