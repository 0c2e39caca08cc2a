/// Numbered lists outside criteria tables: members of a committee, duties, a memo's
/// sections, `๑)` clauses, an announcement's items (a number in brackets, `(๑)`, is not read). Criteria come only from
/// criteria tables (``CriteriaTables``); every other numbered line belongs to a list here.
///
/// A list is a run of numbered lines of one style (`๑.`, `๑.๒`; or `๑)`) in which each number
/// follows the one before (``ItemNumber/successors``: the next sibling at some depth or a first
/// child; a `๑` starts a new list), with at most ``maximumGap`` other lines between two items; a number that does not
/// follow starts a new list. A bare number (`๕ …`, no full stop or bracket, one component) is a
/// table's cell or a count, not an item; numbers above 99 are years or sums. Lines with tabs are
/// table rows (`tables`). Only runs of two or more items are lists.
///
/// ```swift
/// ListExtractor().lists(in: ["ประกอบด้วย", "๑. นายก ประธาน", "๒. นายข กรรมการ"], criteria: [false, false, false])
/// // one list at line 2: items 1 and 2, text "นายก ประธาน", "นายข กรรมการ"
/// ```
///
/// Complexity: O(n) in the length of the text.
public struct ListExtractor: Sendable {
    /// The most lines of other text between two items of one list.
    public static let maximumGap = 15
    /// The largest component of an item number.
    static let largestComponent = 99

    public init() {}

    /// The lists of `lines`; `criteria[i]` tells whether line i is inside a criteria table.
    public func lists(in lines: [String], criteria: [Bool]) -> [NumberedList] {
        var result: [NumberedList] = []
        var current: [(number: ItemNumber, item: NumberedList.Item)] = []
        var lastLine = 0
        func close() {
            if current.count >= 2, let first = current.first {
                result.append(NumberedList(line: first.item.line, style: first.number.style, items: current.map(\.item)))
            }
            current = []
        }
        for (index, line) in lines.enumerated() {
            guard index >= criteria.count || !criteria[index], !line.contains("\t") else { continue }
            let scalars = Array(line.unicodeScalars)
            guard let number = ItemNumber.leading(in: scalars), Self.isListNumber(number, in: scalars) else { continue }
            let text = String(scalars: scalars[number.range.upperBound...]).trimmingSpaces
            let item = NumberedList.Item(id: number.id, idText: number.text(), text: text, line: index + 1)
            if let last = current.last?.number, index - lastLine - 1 <= Self.maximumGap,
               number.components != [1], last.isFollowed(by: number) {
                current.append((number, item))
            } else {
                close()
                current = [(number, item)]
            }
            lastLine = index
        }
        close()
        return result
    }

    /// Whether `number` numbers a list item: written with a full stop or bracket, or with two or
    /// more components, none above ``largestComponent``.
    static func isListNumber(_ number: ItemNumber, in line: [Unicode.Scalar]) -> Bool {
        guard number.components.allSatisfy({ $0 <= largestComponent }), number.range.upperBound > number.range.lowerBound
        else { return false }
        let last = line[number.range.upperBound - 1]
        return number.components.count >= 2 || last == "." || last == ")"
    }
}

/// A numbered list outside the criteria tables (``ListExtractor``).
public struct NumberedList: Sendable, Equatable, Codable {
    /// One item: its number (Arabic digits, `2.1`; as printed, `๒.๑`), the text on its line
    /// after the number, and its line (1-based).
    public struct Item: Sendable, Equatable, Codable {
        public var id: String
        public var idText: String
        public var text: String
        public var line: Int

        enum CodingKeys: String, CodingKey {
            case id, text, line
            case idText = "id_text"
        }

        public init(id: String, idText: String, text: String, line: Int) {
            self.id = id
            self.idText = idText
            self.text = text
            self.line = line
        }
    }

    /// The line (1-based) of its first item.
    public var line: Int
    /// `tree` (`๑.`, `๑.๒`) or `paren` (`๑)`).
    public var style: ItemNumber.Style
    public var items: [Item]

    public init(line: Int, style: ItemNumber.Style, items: [Item]) {
        self.line = line
        self.style = style
        self.items = items
    }
}
