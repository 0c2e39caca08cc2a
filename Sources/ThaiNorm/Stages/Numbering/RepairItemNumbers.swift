/// Repairs item numbers that OCR garbled (`133.(5)0.6)` → `๒.๑๐.๑`) or
/// misread (`©๒.๑๔` printed again where `๒.๑๕` follows `๒.๑๔.๒`), from the
/// numbering sequence around them.
///
/// The stage reads the document's item numbers in order. At a garbled number
/// (``GarbledItemNumber``) it lists what may follow the previous number
/// (next sibling at any depth, first child) and keeps those from which the
/// next well-formed number can be reached; if the dots decide between
/// several, their count is used. A well-formed number that cannot follow the
/// previous one, and repeats an earlier number or breaks the way to the next,
/// is replaced by the one successor it can be a digit misreading of
/// (``DigitConfusions``, learned from OCR). Only a single answer is written;
/// otherwise the line is kept and a finding says so.
///
/// Lines are repaired by content: a line that would get two different repairs
/// in one document, or a repair on one line and none on another, keeps its text.
///
/// Complexity: O(n) in the number of lines, times a small constant per number.
public struct RepairItemNumbers: DocumentAdaptiveStage {
    public let name = "RepairItemNumbers"
    public let summary = "Repair garbled or misread item numbers from the numbering around them (133.(5)0.6) → ๒.๑๐.๑)."
    public let scope = StageScope.everyLine
    public let parameters: Parameters
    let digits: DigitConfusions

    public init(parameters: Parameters = .init(), digits: DigitConfusions = .shared) {
        self.parameters = parameters
        self.digits = digits
    }

    /// The number at the start of a line, if any.
    public struct NumberSurvey: Sendable {
        var entry: Entry?
    }

    /// The planned repairs and findings of a document, by line content: a line that would get
    /// two different repairs in one document keeps its text.
    public struct Plan: Equatable, Sendable {
        var lines: [[Unicode.Scalar]: Planned] = [:]
    }

    struct Planned: Sendable, Equatable {
        var repair: Repair?
        var finding: String?
    }

    enum Entry: Sendable {
        case item(ItemNumber)
        /// A garbled number; a number spread out by spaces (`๔. ๔. ๒`) also has a well-formed start (`๔.`).
        case garbled(GarbledItemNumber, wellFormedStart: ItemNumber?)
    }

    public func survey(_ line: [Unicode.Scalar], in context: LineContext) -> NumberSurvey {
        NumberSurvey(entry: Self.entry(line))
    }

    public func adaptation(to document: DocumentSurvey<NumberSurvey>) -> Plan {
        plan(document.lines, document.surveys.map(\.entry))
    }

    public func repair(_ line: [Unicode.Scalar], surveyed: NumberSurvey, adaptation plan: Plan,
                       in context: LineContext, into output: inout StageOutput) {
        // Only a numbered line can have a plan; most documents plan nothing.
        guard surveyed.entry != nil, !plan.lines.isEmpty, let planned = plan.lines[line] else { return }
        if let repair = planned.repair { output.repairs.append(repair) }
        if let finding = planned.finding { output.report(at: 0, finding) }
    }

    /// The number at the start of `line`, if any.
    static func entry(_ line: [Unicode.Scalar]) -> Entry? {
        // Both parsers look at the first few tokens only.
        let item = ItemNumber.leading(in: line)
        if let garbled = GarbledItemNumber.leading(in: line, wellFormed: item) { return .garbled(garbled, wellFormedStart: item) }
        return item.map(Entry.item)
    }

    /// The plan for `lines`, whose numbers are `numbers`.
    func plan(_ lines: [[Unicode.Scalar]], _ numbers: [Entry?]) -> Plan {
        let entries = numbers.enumerated().compactMap { index, entry in entry.map { (line: index, entry: $0) } }
        var planned: [[Unicode.Scalar]: Planned?] = [:]
        var previous: [ItemNumber.Style: ItemNumber] = [:]
        var seen: [ItemNumber.Style: Set<[Int]>] = [:]
        // A garbled number was kept: the next one has no sure number before it.
        var uncertain = false
        for (position, (lineIndex, entry)) in entries.enumerated() {
            let line = lines[lineIndex]
            var result: Planned?
            var accepted: ItemNumber?
            switch entry {
            case .item(let item):
                accepted = item
                if item.style == .tree { uncertain = false }
                if let before = previous[item.style], !before.isFollowed(by: item) {
                    let next = nextItem(after: position, style: item.style, in: entries)
                    let repeated = seen[item.style, default: []].contains(item.components)
                    let options = before.successors.filter { digits.misreads(item.components, as: $0.components) }
                    if options.count == 1, let option = options.first {
                        let breaksNext = next.map { !item.reaches($0.item.components, in: $0.steps) } ?? false
                        let fitsNext = next.map { option.reaches($0.item.components, in: $0.steps) } ?? true
                        // Inside one section numbering never goes back (`๒.๑๔.๑` after `๒.๑๕`).
                        let backwards = item.components.count >= 2 && item.components.first == before.components.first
                            && item.components.lexicographicallyPrecedes(before.components)
                        if repeated || backwards || (breaksNext && fitsNext) {
                            var fixed = option
                            fixed.thaiDigits = item.thaiDigits
                            fixed.marker = item.marker
                            let dot = line[item.range.upperBound - 1] == "." && fixed.style == .tree ? "." : ""
                            result = Planned(repair: Repair(
                                range: item.range, replacement: Array((fixed.text() + dot).unicodeScalars),
                                confidence: parameters.misreadConfidence,
                                note: "item number misread: \(before.text()) is followed by \(fixed.text())"))
                            accepted = fixed
                        }
                    }
                }
            case .garbled(let garbled, let start):
                // Spelled out with spaces: read as spelled if that can follow, else its start stands.
                if let literal = garbled.literal, let start {
                    if let before = previous[.tree], var spelled = before.successors.first(where: { $0.components == literal }) {
                        spelled.thaiDigits = start.thaiDigits
                        result = Planned(repair: Repair(range: garbled.range, replacement: Array(spelled.text().unicodeScalars),
                                                        confidence: parameters.garbledConfidence, note: "spaces inside an item number"))
                        accepted = spelled
                    } else {
                        accepted = start
                    }
                    uncertain = false
                    break
                }
                guard let before = previous[.tree], !uncertain else {
                    result = Planned(finding: "garbled item number kept: no sure number before it")
                    break
                }
                let next = nextItem(after: position, style: .tree, in: entries)
                var options = before.successors.filter { option in
                    // Within a step or two more than counted: a number OCR damaged beyond recognition
                    // may stand in between.
                    next.map { next in (next.steps...(next.steps + parameters.unseenNumbers)).contains { option.reaches(next.item.components, in: $0) } }
                        ?? true
                }
                if let literal = garbled.literal, let spelled = options.first(where: { $0.components == literal }) {
                    options = [spelled]
                } else if options.count > 1 {
                    let shaped = options.filter { $0.components.count == garbled.componentCount }
                    if !shaped.isEmpty { options = shaped }
                    // Still several: the next sibling is likelier than a first child one level deeper.
                    if options.count > 1 {
                        let siblings = options.filter { $0.components.count == before.components.count }
                        if siblings.count == 1 { options = siblings }
                    }
                } else if garbled.tokenCount == 1, let only = options.first, only.components.count != garbled.componentCount {
                    // One token whose dots disagree with the only number that fits: something is missing.
                    options = []
                }
                if options.count == 1, var option = options.first {
                    option.thaiDigits = before.thaiDigits
                    let printed = String(scalars: line[garbled.range])
                    result = Planned(repair: Repair(
                        range: garbled.range, replacement: Array(option.text().unicodeScalars),
                        confidence: parameters.garbledConfidence,
                        note: "garbled item number '\(printed)' between \(before.text()) and \(next?.item.text() ?? "the end")"))
                    accepted = option
                } else {
                    uncertain = true
                    let listed = options.map { $0.text() }.joined(separator: ", ")
                    result = Planned(finding: "garbled item number kept: "
                        + (options.isEmpty ? "no number fits the sequence" : "it may be \(listed)"))
                }
            }
            if let accepted {
                if accepted.components == [1] { seen[accepted.style] = [] }
                seen[accepted.style, default: []].insert(accepted.components)
                previous[accepted.style] = accepted
            }
            // The same line content repaired two ways in one document, or repaired on one line
            // and left on another (a page number printed on two pages): keep it. Repaired on
            // both, the two lines would trade their numbers back and forth from pass to pass.
            if let earlier = planned[line] {
                if earlier?.repair?.replacement != result?.repair?.replacement { planned[line] = .some(nil) }
            } else {
                planned[line] = .some(result)
            }
        }
        return Plan(lines: planned.compactMapValues { $0 })
    }

    /// The next well-formed number of `style` after entry `position`, and how many numbers
    /// away it is (garbled ones in between count).
    func nextItem(after position: Int, style: ItemNumber.Style, in entries: [(line: Int, entry: Entry)])
        -> (item: ItemNumber, steps: Int)? {
        var steps = 0
        for index in entries.indices.dropFirst(position + 1) {
            switch entries[index].entry {
            case .item(let item) where item.style == style:
                return (item, steps + 1)
            case .item:
                continue
            case .garbled(let garbled, _):
                guard style == .tree else { continue }
                steps += 1
                if let literal = garbled.literal { return (ItemNumber(components: literal), steps) }
            }
            if steps >= parameters.lookahead { return nil }
        }
        return nil
    }
}
