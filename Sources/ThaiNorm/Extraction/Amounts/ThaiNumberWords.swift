/// Numbers written in Thai words (`ห้าหมื่น` 50,000, `สองร้อยยี่สิบเอ็ด` 221,
/// `หนึ่งล้านห้าแสน` 1,500,000), as laws write fines and sums.
///
/// ```swift
/// ThaiNumberWords.value(of: Array("ห้าหมื่น".unicodeScalars)[...])   // 50000
/// ThaiNumberWords.value(of: Array("ห้ามิให้".unicodeScalars)[...])   // nil
/// ```
///
/// Complexity: O(k · w) for k scalars and the w words.
enum ThaiNumberWords {
    static let digits: [(String, Double)] = [
        ("ศูนย์", 0), ("หนึ่ง", 1), ("เอ็ด", 1), ("สอง", 2), ("ยี่", 2), ("สาม", 3), ("สี่", 4),
        ("ห้า", 5), ("หก", 6), ("เจ็ด", 7), ("แปด", 8), ("เก้า", 9),
    ]
    static let multipliers: [(String, Double)] = [
        ("สิบ", 10), ("ร้อย", 100), ("พัน", 1_000), ("หมื่น", 10_000), ("แสน", 100_000), ("ล้าน", 1_000_000),
    ]
    static let words: [(scalars: [Unicode.Scalar], value: Double, multiplies: Bool)] =
        (digits.map { (Array($0.0.unicodeScalars), $0.1, false) } + multipliers.map { (Array($0.0.unicodeScalars), $0.1, true) })
            .sorted { $0.0.count > $1.0.count }

    /// The value of `text` if it is wholly number words, with at least one multiplier (a digit
    /// word alone, `สาม`, is more often part of another word than a number).
    static func value(of text: ArraySlice<Unicode.Scalar>) -> Double? {
        var index = text.startIndex
        var total = 0.0, part = 0.0
        var pending: Double? = nil
        var multiplied = false
        while index < text.endIndex {
            guard let word = words.first(where: { index + $0.scalars.count <= text.endIndex
                    && text[index..<(index + $0.scalars.count)].elementsEqual($0.scalars) }) else { return nil }
            index += word.scalars.count
            if !word.multiplies {
                guard pending == nil else { return nil }
                pending = word.value
            } else if word.value == 1_000_000 {
                let count = total + part + (pending ?? 0)
                total = (count == 0 ? 1 : count) * word.value
                part = 0
                pending = nil
                multiplied = true
            } else {
                part += (pending ?? 1) * word.value
                pending = nil
                multiplied = true
            }
        }
        return multiplied ? total + part + (pending ?? 0) : nil
    }

    /// Whether `text` is one multiplier word (`ล้าน`), nothing else.
    static func isMultiplier(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        multipliers.contains { text.elementsEqual($0.0.unicodeScalars) }
    }

    /// Whether `text` starts with a multiplier word (`ล้าน…`, `แสน…`), not a digit word.
    static func startsWithMultiplier(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        words.first { text.starts(with: $0.scalars) }?.multiplies ?? false
    }
}
