/// The smallest pieces Thai text can be cut into without splitting a
/// written syllable part: a consonant with its marks and following vowels,
/// or a leading vowel with the consonant after it. Unknown words are scored
/// unit by unit.
///
/// ```swift
/// // "การ" → ["กา", "ร"];  "เป็น" → ["เป็", "น"]
/// ```
enum ThaiUnits {
    /// The end of the unit starting at `start` (exclusive), at most `limit`.
    ///
    /// Complexity: O(length of the unit).
    @inline(__always)
    static func unitEnd<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text, from start: Int, limit: Int) -> Int
        where Text.Index == Int {
        var index = start
        if ThaiScript.isLeadingVowel(text[index]) {
            index += 1
            if index < limit, ThaiScript.isConsonant(text[index]) { index += 1 }
        } else {
            index += 1
        }
        while index < limit {
            let scalar = text[index]
            if ThaiScript.isCombiningMark(scalar) || ThaiScript.kind(of: scalar) == .followingVowel {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// The number of units in `text[range]`.
    static func count(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var index = range.lowerBound, units = 0
        while index < range.upperBound {
            index = unitEnd(text, from: index, limit: range.upperBound)
            units += 1
        }
        return units
    }
}
