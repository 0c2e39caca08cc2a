/// What OCR left of an item number at the start of a line: `133.(5)0.6)`,
/// `(3).©.©`, `๒.๖.®`, `เ33. (5) (5)`.
///
/// A prefix of at most four tokens, each made of digits, brackets, dots,
/// `©` `®` `^` and at most three Thai letters, with a digit-like character;
/// together they hold a dot, are not a well-formed ``ItemNumber``, and are
/// followed by Thai text or the end of the line.
///
/// ```swift
/// GarbledItemNumber.leading(in: Array("133.(5)0.6) ข้อร้องเรียน".unicodeScalars))?.componentCount   // 3
/// ```
///
/// Complexity: O(n) in the length of the prefix.
public struct GarbledItemNumber: Sendable, Equatable {
    /// Scalar offsets of the garbled number (its level marker excluded).
    public var range: Range<Int>
    /// The level marker before it, if any.
    public var marker: Unicode.Scalar?
    /// How many components the dots suggest (`133.(5)0.6)` → 3).
    public var componentCount: Int
    /// How many whitespace tokens it spans (spaces may stand for lost dots).
    public var tokenCount: Int
    /// What it spells when it holds only digits, dots and spaces (`๔. ๔. ๒` → [4, 4, 2]).
    public var literal: [Int]?

    static let maximumTokens = 4
    static let dotLike: ScalarSet = ".,\u{2022}\u{00B7}\u{25A0}"
    static let bracketsAndQuotes: ScalarSet = "()^'\u{2018}\u{2019}"
    static let maximumLettersPerToken = 3

    static func isDigitLike(_ scalar: Unicode.Scalar) -> Bool {
        ItemNumber.digitValue(scalar) != nil || scalar == "©" || scalar == "®"
    }

    /// What OCR prints for the dot between components.
    static func isDotLike(_ scalar: Unicode.Scalar) -> Bool {
        dotLike.contains(scalar)
    }

    /// The end of the whitespace token at `start` in `line` if that token is what OCR leaves of an
    /// item number (digits, dots, brackets and at most ``maximumLettersPerToken`` Thai letters, with
    /// at least one digit), or nil. A Thai word is ruled out after a few letters, before its end is found.
    static func debrisEnd(_ line: [Unicode.Scalar], from start: Int) -> Int? {
        var letters = 0, digits = 0
        var index = start
        while index < line.count, !line[index].isWhitespace {
            let scalar = line[index]
            index += 1
            // Most tokens are Thai words: they fail on the letter count after a few characters.
            if ThaiScript.isConsonant(scalar) || ThaiScript.isLeadingVowel(scalar) {
                letters += 1
                if letters > maximumLettersPerToken { return nil }
                continue
            }
            if isDigitLike(scalar) { digits += 1; continue }
            if isDotLike(scalar) || bracketsAndQuotes.contains(scalar) { continue }
            if ThaiScript.isThai(scalar) { continue }
            if scalar.properties.generalCategory == .nonspacingMark { continue }   // 1̂
            return nil
        }
        return digits > 0 ? index : nil
    }

    /// The garbled item number that starts `line`, if any.
    public static func leading(in line: [Unicode.Scalar]) -> GarbledItemNumber? {
        leading(in: line, wellFormed: ItemNumber.leading(in: line))
    }

    /// ``leading(in:)``, where `item` is ``ItemNumber/leading(in:)`` of `line`, found already.
    static func leading(in line: [Unicode.Scalar], wellFormed item: ItemNumber?) -> GarbledItemNumber? {
        // A table row's cells (joined by tabs) are data: amounts, codes, counts.
        guard !line.contains("\t") else { return nil }
        // A well-formed number is not garbled, unless it is the first part of one spread
        // out by spaces (`๔. ๔. ๒`).
        if let item {
            guard line[item.range.upperBound - 1] == "." else { return nil }
            var next = item.range.upperBound
            while next < line.count, line[next].isWhitespace { next += 1 }
            guard next < line.count, ItemNumber.digitValue(line[next]) != nil else { return nil }
        }
        var (index, marker) = ItemNumber.start(of: line)
        if marker == nil, index < line.count, line[index] == "^" || line[index] == "©",
           index + 1 < line.count, line[index + 1].isWhitespace {
            marker = line[index]
            index += 1
            while index < line.count, line[index].isWhitespace { index += 1 }
        }
        let start = index
        var end = start
        var tokens = 0
        while index < line.count, tokens < maximumTokens {
            guard let tokenEnd = debrisEnd(line, from: index) else { break }
            tokens += 1
            end = tokenEnd
            index = tokenEnd
            while index < line.count, line[index].isWhitespace { index += 1 }
        }
        guard tokens > 0 else { return nil }
        // What follows is Thai text or nothing.
        if index < line.count {
            guard ThaiScript.isConsonant(line[index]) || ThaiScript.isLeadingVowel(line[index]) else { return nil }
        }
        let prefix = line[start..<end]
        let dots = prefix.dropLast().count(where: isDotLike)
        guard dots > 0 else { return nil }
        // An amount is data, not a damaged number: digits grouped in thousands (`5,828,000`),
        // or a number with a unit after it (`40 บาท`, `12 ไร่`).
        guard !hasThousandsGroup(prefix), !startsWithUnit(line, at: index) else { return nil }
        // A Thai abbreviation with its number is a reference, not a damaged number: `ม.40`
        // (section 40), `พ.ศ.2566`, `ร.5`.
        guard !hasAbbreviatedNumber(prefix) else { return nil }
        return GarbledItemNumber(range: start..<end, marker: marker, componentCount: dots + 1,
                                 tokenCount: tokens, literal: literalReading(of: prefix))
    }

    /// Units written after an amount: money, area, weight, length, volume. A number followed by
    /// one is an amount, never an item number.
    static let units: [[Unicode.Scalar]] = ["บาท", "ล้าน", "พัน", "หมื่น", "แสน", "ไร่", "ตารางวา", "ตารางเมตร",
                                            "ตัน", "กิโลกรัม", "กิโลเมตร", "เมตร", "ลิตร"].map { Array($0.unicodeScalars) }

    /// Whether `line` has a unit word (``units``) at `index`.
    static func startsWithUnit(_ line: [Unicode.Scalar], at index: Int) -> Bool {
        units.contains { unit in line[index...].starts(with: unit) }
    }

    /// Whether `prefix` holds a Thai letter, a full stop and a digit in a row (`ม.40`, `พ.ศ.2566`):
    /// an abbreviation with its number. OCR garbage of an item number does not put a letter
    /// before the dot of a digit (`เ33.` has its dot after the digits).
    static func hasAbbreviatedNumber(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        guard prefix.count >= 3 else { return false }
        for k in (prefix.startIndex + 1)..<(prefix.endIndex - 1) where prefix[k] == "." {
            if ThaiScript.isConsonant(prefix[k - 1]), ItemNumber.digitValue(prefix[k + 1]) != nil { return true }
        }
        return false
    }

    /// Whether `prefix` holds digits grouped in thousands: a digit, a comma, exactly three digits
    /// (`5,828,000`, `๔๐,๐๐๐`), as amounts are written and item numbers never are.
    static func hasThousandsGroup(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        for k in prefix.indices.dropFirst() where prefix[k] == "," && ItemNumber.digitValue(prefix[k - 1]) != nil {
            if prefix[(k + 1)...].prefix(while: { ItemNumber.digitValue($0) != nil }).count == 3 { return true }
        }
        return false
    }

    /// The components a prefix of real digits and dots spells (`๔. ๔. ๒` → [4, 4, 2]), if it is one.
    static func literalReading(of prefix: ArraySlice<Unicode.Scalar>) -> [Int]? {
        var components: [Int] = []
        var value: Int?
        for scalar in prefix {
            if let digit = ItemNumber.digitValue(scalar) {
                // A run of digits too long for an Int is no item number (found by scripts/fuzz).
                let (tens, overflow) = (value ?? 0).multipliedReportingOverflow(by: 10)
                guard !overflow, tens <= Int.max - digit else { return nil }
                value = tens + digit
            } else if scalar == "." || scalar.isWhitespace {
                if let v = value { components.append(v) }
                value = nil
            } else {
                return nil
            }
        }
        if let v = value { components.append(v) }
        return components.isEmpty ? nil : components
    }
}
