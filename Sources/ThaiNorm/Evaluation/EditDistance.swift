/// Levenshtein distance (insertions, deletions, substitutions, each cost 1).
///
/// Uses the bit-parallel algorithm of Myers (1999) in Hyyrö's block form:
/// the first sequence is packed into 64-bit words and each element of the
/// second advances all its columns at once.
///
/// ```swift
/// EditDistance.levenshtein(Array("ที่".unicodeScalars), Array("ท่ี".unicodeScalars))   // 2
/// EditDistance.levenshtein([1, 2, 3], [1, 3])            // 1
/// ```
///
/// Complexity: O(n · ⌈m / 64⌉) time and O(m) memory for sequences of length m and n.
public enum EditDistance {
    public static func levenshtein<Symbol: Hashable>(_ a: [Symbol], _ b: [Symbol]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Give each distinct symbol of `a` a small integer.
        var ids: [Symbol: Int] = [:]
        var pattern: [Int] = []
        pattern.reserveCapacity(a.count)
        for symbol in a {
            if let id = ids[symbol] {
                pattern.append(id)
            } else {
                ids[symbol] = ids.count
                pattern.append(ids.count - 1)
            }
        }
        let text = b.map { ids[$0] ?? -1 }
        return distance(pattern: pattern, alphabetSize: ids.count, text: text)
    }
}
