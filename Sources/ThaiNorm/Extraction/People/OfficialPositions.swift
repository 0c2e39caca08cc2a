/// The words that start an official's position as Thai government text writes it after a
/// name (`รองอธิบดี…`, `ผู้อำนวยการ…`, `ปลัดกระทรวง…`), from `mappings/official-positions.tsv`:
/// a table cell's line under a name that starts with one is the person's position, not the rest
/// of a family name the cell wrapped.
///
/// ```swift
/// OfficialPositions.shared.startsPosition(Array("ผู้อำนวยการกอง".unicodeScalars)[...])   // true
/// OfficialPositions.shared.startsPosition(Array("วงศ์".unicodeScalars)[...])             // false
/// ```
///
/// Complexity: O(k) hash lookups for a word of k scalars.
struct OfficialPositions: Sendable {
    static let shared: OfficialPositions = MappingTable.required { () throws(MappingTable.Failure) in
        try OfficialPositions(file: "official-positions.tsv")
    }

    let heads: Set<[Unicode.Scalar]>
    let longest: Int

    init(file: String) throws(MappingTable.Failure) {
        var heads = Set<[Unicode.Scalar]>()
        for (_, fields) in try MappingTable.numberedRows(of: file) { heads.insert(Array(fields[0].unicodeScalars)) }
        self.heads = heads
        longest = heads.map(\.count).max() ?? 0
    }

    /// Whether `word` starts with a listed position word.
    func startsPosition(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !word.isEmpty else { return false }
        for length in 1...min(longest, word.count) where heads.contains(Array(word.prefix(length))) { return true }
        return false
    }
}
