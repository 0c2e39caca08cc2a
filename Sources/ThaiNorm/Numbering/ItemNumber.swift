/// A hierarchical item number at the start of a line: `๑.๒.๓`, `©๒.๑๕`,
/// `^  ๒.๓`, `๑๕`, `๑.` or `๕)`.
///
/// ```swift
/// let item = ItemNumber.leading(in: Array("©๒.๑๕ มีการบูรณาการ".unicodeScalars))
/// item?.components   // [2, 15]
/// item?.marker       // "©"
/// ```
///
/// Complexity: O(k) in the length of the number.
public struct ItemNumber: Sendable, Equatable, Hashable {
    static let quotes: ScalarSet = "'\u{2018}\u{2019}"
    /// How the number is written: dotted tree numbers (`๑.๒.๓`, `๑.`, a bare `๑๕`) or a
    /// parenthesised list number (`๕)`), which counts separately.
    public enum Style: String, Sendable, Codable {
        case tree
        case paren
    }

    public var components: [Int]
    public var style: Style
    /// The level marker printed before the number (`©` for ◎, `^` for ✓), if any.
    public var marker: Unicode.Scalar?
    /// Whether the number was printed in Thai digits.
    public var thaiDigits: Bool
    /// Scalar offsets of the number itself (marker excluded) in its line.
    public var range: Range<Int>

    public init(components: [Int], style: Style = .tree, marker: Unicode.Scalar? = nil, thaiDigits: Bool = true,
                range: Range<Int> = 0..<0) {
        self.components = components
        self.style = style
        self.marker = marker
        self.thaiDigits = thaiDigits
        self.range = range
    }

    /// Level markers as OCR prints them: ✓ and ◎, or `^` and `©`.
    public static let markers: Set<Unicode.Scalar> = ["^", "©", "\u{2713}", "\u{25CE}", "\u{2714}"]
    /// ``markers``, tested without hashing: asked of the first character of every line.
    static let markerSet = ScalarSet(markers)

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.isASCIIDigit { return Int(scalar.value - 0x30) }
        return ThaiScript.digitValue(scalar)
    }

    /// The number printed in `thai` or Arabic digits, without its marker (`๒.๑๕`, `๕)`).
    public func text(thaiDigits thai: Bool? = nil) -> String {
        let useThai = thai ?? thaiDigits
        let parts: [String] = components.map { value in
            let arabic = "\(value)"
            guard useThai else { return arabic }
            var thai = String.UnicodeScalarView()
            for digit in arabic.unicodeScalars { thai.append(ThaiScript.digit(Int(digit.value - 0x30))) }
            return String(thai)
        }
        return parts.joined(separator: ".") + (style == .paren ? ")" : "")
    }

    /// The id in Arabic digits (`2.15`).
    public var id: String { components.map { "\($0)" }.joined(separator: ".") }

    /// Offset of the first non-space scalar after an optional level marker, and the marker.
    static func start(of line: [Unicode.Scalar]) -> (index: Int, marker: Unicode.Scalar?) {
        var index = 0
        while index < line.count, line[index].isWhitespace { index += 1 }
        var marker: Unicode.Scalar?
        if index < line.count, markerSet.contains(line[index]) {
            var next = index + 1
            // OCR specks after the marker (`^'’๓.๑`).
            while next < line.count, line[next].isWhitespace || Self.quotes.contains(line[next]) {
                next += 1
            }
            if next < line.count, digitValue(line[next]) != nil {
                marker = line[index]
                index = next
            }
        }
        return (index, marker)
    }

    /// The item number that starts `line`, if it starts with a well-formed one followed by
    /// a space or the end of the line.
    public static func leading(in line: [Unicode.Scalar]) -> ItemNumber? {
        let (start, marker) = start(of: line)
        var index = start
        var components: [Int] = []
        var thai = false
        while true {
            var value = 0, digits = 0
            while index < line.count, let digit = digitValue(line[index]), digits < 3 {
                if ThaiScript.isDigit(line[index]) { thai = true }
                value = value * 10 + digit
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if index < line.count, digitValue(line[index]) != nil { return nil }   // a long number (a year): not an item
            components.append(value)
            if index + 1 < line.count, line[index] == ".", digitValue(line[index + 1]) != nil {
                index += 1
                continue
            }
            break
        }
        var style = Style.tree
        var end = index
        if index < line.count, line[index] == "." {
            end = index + 1
        } else if index < line.count, line[index] == ")", components.count == 1 {
            style = .paren
            end = index + 1
        }
        guard end == line.count || line[end].isWhitespace else { return nil }
        // Items count from 1.
        guard components[0] > 0 else { return nil }
        // A day of the month (`๑๐ สิงหาคม ๒๕๖๖`) is a date, not an item.
        if components.count == 1, style == .tree, end == index, marker == nil {
            var next = end
            while next < line.count, line[next].isWhitespace { next += 1 }
            if ThaiMonths.shared.month(startingAt: next, in: line) != nil { return nil }
        }
        return ItemNumber(components: components, style: style, marker: marker, thaiDigits: thai, range: start..<end)
    }

    /// The numbers that may follow this one in a document: the next sibling at any depth, the first
    /// child, or a new list starting at 1.
    ///
    /// `๒.๑๔.๒` → `๒.๑๔.๓`, `๒.๑๕`, `๓`, `๒.๑๔.๒.๑`, `๑`.
    public var successors: [ItemNumber] {
        var result: [ItemNumber] = []
        for depth in stride(from: components.count, through: 1, by: -1) {
            var next = Array(components.prefix(depth))
            next[depth - 1] += 1
            result.append(ItemNumber(components: next, style: style, thaiDigits: thaiDigits))
        }
        if style == .tree {
            result.append(ItemNumber(components: components + [1], style: style, thaiDigits: thaiDigits))
        }
        if components != [1] {
            result.append(ItemNumber(components: [1], style: style, thaiDigits: thaiDigits))
        }
        return result
    }

    /// Whether `other` is one of ``successors``, found without making them (asked of nearly every
    /// numbered line).
    ///
    /// Complexity: O(depth).
    public func isFollowed(by other: ItemNumber) -> Bool {
        other.style == style && follows(components, by: other.components)
    }

    /// Whether `next` is the components of a successor of `components`.
    private func follows(_ components: [Int], by next: [Int]) -> Bool {
        let depth = next.count
        // The next sibling at some depth: the same prefix, its last component one more.
        if depth >= 1, depth <= components.count, next[depth - 1] == components[depth - 1] + 1,
           next[..<(depth - 1)].elementsEqual(components[..<(depth - 1)]) {
            return true
        }
        // The first child.
        if style == .tree, depth == components.count + 1, next[depth - 1] == 1, next[..<(depth - 1)].elementsEqual(components) {
            return true
        }
        // A new list.
        return next == [1] && components != [1]
    }

    /// Whether `other` can follow this number after exactly `steps` numbers (1: directly).
    ///
    /// A new list (a restart at 1) counts only as the last step, to `[1]` itself: through a
    /// restart every number is reachable.
    public func reaches(_ other: [Int], in steps: Int) -> Bool {
        guard steps > 0 else { return components == other }
        if steps == 1 { return follows(components, by: other) }
        return successors.contains { $0.components != [1] && $0.reaches(other, in: steps - 1) }
    }

    public static func == (a: ItemNumber, b: ItemNumber) -> Bool {
        a.components == b.components && a.style == b.style
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(components)
        hasher.combine(style)
    }
}
