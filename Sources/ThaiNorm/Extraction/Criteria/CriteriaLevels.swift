/// The level of a criterion (basic or advanced) from the words and markers of
/// `mappings/document-forms.tsv` (role `criteria-level`) and from a document's own note that
/// defines its markers (`หมายเหตุ (พ) หมายถึง เกณฑ์ขั้นพื้นฐาน (ก) หมายถึง เกณฑ์ขั้นก้าวหน้า`).
///
/// ```swift
/// var levels = CriteriaLevels()
/// levels.level(in: "ขั้นพื้นฐาน")                           // .basic
/// levels.learnMarkers(from: ["* หมายถึง เกณฑ์ขั้นสูง"])
/// levels.marked("มีแผนงานประจำปี *")                      // .advanced
/// ```
///
/// Complexity: linear in the text times the (short) list of words.
struct CriteriaLevels {
    /// Level words and markers, longest first.
    private(set) var words: [(words: String, level: Criterion.Level)]
    /// Markers: the data's symbols and bracketed letters, and those a note defines.
    private(set) var markers: [(words: String, level: Criterion.Level)]
    /// The words that define a marker in a note.
    static let means = "หมายถึง"
    /// The longest marker (in scalars) a note may define.
    static let markerLimit = 5

    init(forms: DocumentForms = .shared) {
        let all = forms.criteriaLevels
        words = all.filter { $0.words.unicodeScalars.contains(where: ThaiScript.isThai) && !Self.isMarker($0.words) }
        markers = all.filter { Self.isMarker($0.words) || !$0.words.unicodeScalars.contains(where: ThaiScript.isThai) }
    }

    /// A marker: a symbol, or a short bracketed word (`(พ)`).
    static func isMarker(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= markerLimit, !scalars.isEmpty else { return false }
        if scalars.first == "(", scalars.last == ")" { return true }
        return !scalars.contains(where: ThaiScript.isThai)
    }

    /// The level a text names by its words (a level column's cell, a part's heading): the
    /// only level it names, nil if none or both.
    func level(in text: String) -> Criterion.Level? {
        var found = Set<Criterion.Level>()
        for (word, level) in words where text.containsScalars(word) { found.insert(level) }
        return found.count == 1 ? found.first : nil
    }

    /// The level a part's heading names: a level word that starts with `ขั้น` or follows
    /// `เกณฑ์`/`ระดับ` (`ส่วนที่ ๒ เกณฑ์ก้าวหน้า`; not the `พื้นฐาน` of `โครงสร้างพื้นฐาน`).
    func headingLevel(in text: String) -> Criterion.Level? {
        var found = Set<Criterion.Level>()
        for (word, level) in words {
            var rest = Substring(text)
            while let range = rest.range(of: word) {
                let before = text[..<range.lowerBound]
                if word.hasPrefix("ขั้น") || before.hasSuffix("เกณฑ์") || before.hasSuffix("ระดับ") { found.insert(level) }
                rest = text[range.upperBound...]
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The level a marker printed on the item gives: its text's first or last word is a
    /// marker (a symbol inside the text is more often an OCR speck than a marker).
    func marked(_ text: String) -> Criterion.Level? {
        let tokens = text.split(separator: " ")
        for token in [tokens.first, tokens.last].compactMap({ $0 }) {
            if let hit = markers.first(where: { $0.words == token }) { return hit.level }
        }
        return nil
    }

    /// Learns the markers the document defines: `X หมายถึง … <level words>` (several on one line).
    mutating func learnMarkers(from lines: [String]) {
        for line in lines where line.containsScalars(Self.means) {
            let tokens = line.split(separator: " ").map(String.init)
            for (index, token) in tokens.enumerated() where token == Self.means && index > 0 {
                let marker = tokens[index - 1]
                guard Self.isMarker(marker) else { continue }
                // The definition: up to the next marker's `หมายถึง`.
                var end = index + 1
                while end < tokens.count, !(end + 1 < tokens.count && tokens[end + 1] == Self.means) { end += 1 }
                let definition = tokens[(index + 1)..<end].joined(separator: " ")
                if let level = level(in: definition) {
                    markers.removeAll { $0.words == marker }
                    markers.insert((marker, level), at: 0)
                }
            }
        }
    }
}
