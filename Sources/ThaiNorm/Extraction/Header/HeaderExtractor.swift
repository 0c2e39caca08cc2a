/// Reads a Thai official document's header: its kind from the first words
/// (`คำสั่ง`, `บันทึกข้อความ`, `ประกาศ`, `แบบประเมิน`/`แบบรายงาน`, `แผน`; an Act
/// by its royal formulas, ``ActSignatures``, its title the subject),
/// the issuer, `ที่` (number), `เรื่อง` (subject), `เรียน` (addressee), the
/// document date, signature blocks (a name in brackets, the position on the
/// next line) and the orders it refers to.
///
/// Complexity: O(n) in the number of lines.
public struct HeaderExtractor: Sendable {
    let dates: ThaiDateParser
    let names: NameGuard
    let forms: DocumentForms

    public init(dates: ThaiDateParser = ThaiDateParser(), names: NameGuard = .shared, forms: DocumentForms = .shared) {
        self.dates = dates
        self.names = names
        self.forms = forms
    }

    /// Lines read for the kind, issuer, number, subject and addressee: the top of the first page.
    static let headLines = 25
    /// A subject's wrapped line is at most a this-many-th longer than its first (both were filled
    /// to the width of the page; the last is shorter): a longer line is the body's paragraph.
    static let wrappedLineGrowth = 4
    /// A subject's wrapped line less than a this-many-th as long as its first is its last: the
    /// rest of a paragraph, not a line filled to the page's width.
    static let lastLineShortness = 2
    /// A form's or plan's kind word (`แบบประเมิน`, `แผน`) is on one of a document's first this
    /// many non-empty lines (its title; a line above it may name the agency). Chosen on the
    /// tune half and the held-out sets of stops 37–39: every real form and plan title there is
    /// on the first line; body lines that start with `แผน` (releases, an Act) are on the third
    /// line or below.
    static let formTitleLines = 2

    /// `first`, the text of a field on line `index` of `trimmed`, with the lines it wraps onto,
    /// and the index of its last line. It goes on until a blank line or the next field (a line
    /// starting with a field's end, or with one of `labels` and a space); not into a table row
    /// or a numbered item, nor a paragraph longer than a wrapped line can be (a line filled to
    /// the same width as the field's first). A table's column heading alone on its line
    /// (`ลำดับ`, as pdftotext writes a table's cells) is no wrapped line either; a line much
    /// shorter than the first is the field's last (a paragraph's last line is left short).
    private func runOn(_ first: String, from index: Int, in trimmed: [String], before labels: [String] = [])
        -> (text: String, last: Int) {
        var text = first
        var next = index + 1
        let width = trimmed[index].unicodeScalars.count
        while next < trimmed.count, !trimmed[next].isEmpty,
              !forms.fieldEnds.contains(where: { trimmed[next].hasPrefix($0) }),
              !labels.contains(where: { trimmed[next].hasPrefix($0 + " ") }),
              trimmed[next].unicodeScalars.count <= width + width / Self.wrappedLineGrowth,
              !trimmed[next].contains("\t"), ItemNumber.leading(in: Array(trimmed[next].unicodeScalars)) == nil,
              !forms.criteriaHeadings.contains(where: { $0.words == trimmed[next] }) {
            text += " " + trimmed[next]
            next += 1
            if trimmed[next - 1].unicodeScalars.count * Self.lastLineShortness < width { break }
        }
        return (text, next - 1)
    }

    /// The header of `lines`; `act` is what ``ActSignatures`` read from them (read here when nil).
    public func header(of lines: [String], act: ActSignatures.Found? = nil) -> Header {
        read(lines, act: act).header
    }

    /// The header of `lines` and the lines (0-based) of the document's head it was read from:
    /// the kind's line, the labelled fields (a subject with the lines it runs on to), a memo's
    /// date, an Act's title and royal formula, a release's dateline; nil when none.
    public func read(_ lines: [String], act: ActSignatures.Found? = nil) -> (header: Header, lines: ClosedRange<Int>?) {
        var header = Header()
        var formTitle: String?
        var read: ClosedRange<Int>?
        func reached(_ index: Int) { read = read.map { min($0.lowerBound, index)...max($0.upperBound, index) } ?? index...index }
        let trimmed = lines.map(\.trimmingSpaces)
        let head = trimmed.prefix(Self.headLines)
        // Kind and issuer: the first non-empty line that starts with a kind word.
        var ordinal = 0
        for (index, line) in head.enumerated() where !line.isEmpty {
            ordinal += 1
            guard let (kind, prefix) = forms.kind(of: line) else { continue }
            // A form's or plan's title heads it: further down, `แผน…` starts a sentence
            // (`แผนที่…`, `แผนการเบิกจ่าย…`), not a plan.
            if kind == .assessment || kind == .plan, ordinal > Self.formTitleLines { continue }
            reached(index)
            header.kind = kind
            let rest = String(line.dropFirst(prefix.count)).trimmingSpaces
            if kind == .order || kind == .announcement, !rest.isEmpty { header.issuer = rest }
            // A form or plan names its subject after the kind word (`แบบประเมินผลการปฏิบัติงาน…`),
            // wrapped as a subject is, up to a field's label (`หน่วยงาน`).
            if kind == .assessment || kind == .plan, !rest.isEmpty {
                let (title, last) = runOn(rest, from: index, in: trimmed,
                                          before: DocumentForms.Field.allCases.flatMap { forms.labels(of: $0) })
                formTitle = title
                reached(last)
            }
            break
        }
        let issuerLabel = forms.label(of: .issuer), numberLabel = forms.label(of: .number)
        let subjectLabel = forms.label(of: .subject), toLabel = forms.label(of: .to)
        var subjectLines: ClosedRange<Int>?
        for (index, line) in head.enumerated() {
            // A memo's unit line (ส่วนราชการ); a form's or plan's (หน่วยงาน).
            let unitLabel = header.kind == .memo ? [issuerLabel]
                : header.kind == .assessment || header.kind == .plan ? forms.labels(of: .issuer) : []
            // A form's label is a word of its own (not `หน่วยงานที่รับการประเมิน`).
            if header.issuer == nil, let label = unitLabel.first(where: {
                header.kind == .memo ? line.hasPrefix($0) : line.hasPrefix($0 + " ")
            }) {
                var issuer = String(line.dropFirst(label.count))
                // A memo's unit line ends with its telephone number.
                if let phone = issuer.range(of: " โทร") { issuer = String(issuer[..<phone.lowerBound]) }
                header.issuer = issuer.trimmingSpaces
                reached(index)
            }
            if header.number == nil, line.hasPrefix(numberLabel + " ") || line == numberLabel {
                var number = String(line.dropFirst(numberLabel.count))
                // A memo writes its date on the number's line: `ที่ ๑๓/๒๕๖๔ วันที่ ๒๐ มกราคม ๒๕๖๔`.
                if let date = number.range(of: " " + forms.label(of: .date)) { number = String(number[..<date.lowerBound]) }
                number = number.trimmingSpaces
                header.number = number.isEmpty ? nil : number.replacingSpaces
                reached(index)
            }
            if header.subject == nil, line.hasPrefix(subjectLabel) {
                let (subject, last) = runOn(String(line.dropFirst(subjectLabel.count)).trimmingSpaces, from: index, in: trimmed)
                header.subject = subject.isEmpty ? nil : subject
                subjectLines = index...last
            }
            if header.to == nil, line.hasPrefix(toLabel) {
                let to = String(line.dropFirst(toLabel.count)).trimmingSpaces
                header.to = to.isEmpty ? nil : to
                reached(index)
            }
        }
        // A subject is a field of a headed document: with no kind, number or addressee, a line
        // that starts with the word (a body's wrapped line: `เรื่อง` / `การใช้เทคโนโลยี…`) is none.
        if header.kind == .unknown, header.number == nil, header.to == nil { header.subject = nil }
        if header.subject != nil, let subjectLines { reached(subjectLines.lowerBound); reached(subjectLines.upperBound) }
        let act = act ?? ActSignatures.shared.read(lines)
        if act.isAct {
            // An Act: its title (พระราชบัญญัติ… พ.ศ. …) is its subject; it has no issuer line.
            header.kind = .act
            header.issuer = nil
            if let title = head.firstIndex(where: { forms.kind(of: $0)?.kind == .act }) {
                if header.subject == nil { header.subject = actTitle(Array(head[title...])) }
                // The title runs to its year; the royal formula (`เป็นปีที่ … ในรัชกาลปัจจุบัน`) may follow.
                if let year = head[title...].prefix(5).firstIndex(where: { $0.contains(where: \.isNumber) }) { reached(year) }
            }
            if let formula = head.firstIndex(where: { line in forms.royalFormulas.contains { line.containsScalars($0) } }) {
                reached(formula)
            }
        }
        if header.subject == nil, let formTitle { header.subject = formTitle }
        // An Act is signed by the King; the minister who countersigns is among its people.
        header.signatories = signatories(lines)
        header.date = documentDate(trimmed, kind: header.kind, signedFrom: header.signatories.first.map { $0.line - 1 })
        header.referencedOrders = references(lines)
        // A memo's date is a field of its head; a release's dateline is its first line.
        if let date = header.date, header.kind == .memo && date.line - 1 < Self.headLines
            || header.kind == .unknown && date.line - 1 == trimmed.firstIndex(where: { !$0.isEmpty }) {
            reached((date.endLine ?? date.line) - 1)
        }
        return (header, read)
    }

    /// An Act's title from its first line on, up to the line with its year (`พ.ศ. ๒๕๒๒`), at most
    /// five lines: Thai writes no space where the title's lines break, one before the year.
    func actTitle(_ lines: [String]) -> String? {
        var title = ""
        for line in lines.filter({ !$0.isEmpty }).prefix(5) where line != title {
            let isYear = dates.era(in: Array(line.unicodeScalars), at: 0) != nil
            title += (isYear && !title.isEmpty ? " " : "") + line
            if line.contains(where: \.isNumber) { return title }
        }
        return nil
    }

    /// `สั่ง ณ วันที่ …`, `ประกาศ ณ วันที่ …`, a memo's `วันที่ …` (also on its `ที่` line), a
    /// form's or plan's `วันที่ …` under its first signature (line index `signedFrom`), or a
    /// release's dateline (its first line, `วันพฤหัสบดีที่ 18 มีนาคม 2564`).
    func documentDate(_ lines: [String], kind: Header.Kind, signedFrom: Int? = nil) -> DateMention? {
        let first = lines.firstIndex { !$0.isEmpty }
        for (index, line) in lines.enumerated() {
            let signed = forms.isSigned(line)
            let dateLabel = forms.label(of: .date)
            let memoDate = kind == .memo && index < Self.headLines
                && (line.hasPrefix(dateLabel) || line.hasPrefix(forms.label(of: .number) + " ") && line.contains(" " + dateLabel))
            // A release's dateline: its first line, `วันพฤหัสบดีที่ 18 มีนาคม 2564`, `วันนี้ (28 กุมภาพันธ์ 2567)`.
            let dateline = kind == .unknown && index == first && forms.datelines.contains { line.hasPrefix($0) }
            if dateline, let date = dates.dates(in: line, line: index + 1).first(where: { $0.precision == .day }) { return date }
            let formDate = (kind == .assessment || kind == .plan) && signedFrom.map { index > $0 } == true
                && line.hasPrefix(dateLabel)
            guard signed || memoDate || formDate else { continue }
            // The date may go on to the next line (`ให้ไว้ ณ วันที่ ๑ ธันวาคม` / `พ.ศ. ๒๕๓๐`).
            let pair = lines[index..<min(index + 2, lines.count)].map { Array($0.unicodeScalars) }
            // Or stand on the next line alone (`ให้ไว้ ณ วันที่` / `๒๕ กรกฎาคม พ.ศ. ๒๕๖๑`).
            let ownLine = dates.dates(inLines: pair).first(where: { $0.line == 1 })
            let nextLine = pair.count == 2 && line.hasSuffix(forms.label(of: .date))
                ? dates.dates(in: pair[1], line: 2).first.map { date -> DateMention in
                    var date = date
                    date.endLine = 2
                    return date
                } : nil
            guard var date = ownLine ?? nextLine else { continue }
            date.line = index + 1
            date.endLine = date.endLine.map { $0 + index }
            return date
        }
        return nil
    }

    /// Signature blocks: `(given family)` alone on a line; the next non-empty line is the position.
    func signatories(_ lines: [String]) -> [Signatory] {
        var result: [Signatory] = []
        for (index, line) in lines.enumerated() {
            let scalars = Array(line.unicodeScalars)
            guard names.signatureName(in: scalars) != nil,
                  let occurrence = NameOccurrence.all(in: scalars, line: index + 1, guard: names).first else { continue }
            var position: String?
            var next = index + 1
            while next < lines.count, lines[next].trimmingSpaces.isEmpty, next - index < 3 { next += 1 }
            if next < lines.count {
                let candidate = lines[next].trimmingSpaces
                if !candidate.isEmpty, !candidate.hasPrefix("("), NameOccurrence.all(in: Array(candidate.unicodeScalars), line: 0).isEmpty {
                    position = candidate
                }
            }
            result.append(Signatory(text: line.trimmingSpaces, line: index + 1, title: occurrence.title,
                                    given: occurrence.given, family: occurrence.family, position: position))
        }
        return result
    }

    /// `คำสั่ง<issuer> ที่ <number> ลงวันที่ <date>` in the body.
    func references(_ lines: [String]) -> [OrderReference] {
        var result: [OrderReference] = []
        for (index, line) in lines.enumerated() where line.containsScalars("คำสั่ง") && line.containsScalars("ลงวันที่") {
            var search = line[...]
            while let start = search.range(of: "คำสั่ง") {
                let tail = line[start.lowerBound...]
                guard let numberRange = tail.range(of: " ที่ "), let dated = tail.range(of: "ลงวันที่"),
                      numberRange.upperBound <= dated.lowerBound else { break }
                let issuer = String(tail[tail.index(start.lowerBound, offsetBy: "คำสั่ง".count)..<numberRange.lowerBound]).trimmingSpaces
                let number = String(tail[numberRange.upperBound..<dated.lowerBound]).trimmingSpaces.replacingSpaces
                let found = dates.dates(in: String(tail[dated.lowerBound...]), line: index + 1).first
                let textEnd = found.flatMap { date in tail.range(of: date.text).map(\.upperBound) } ?? dated.upperBound
                // Only an order with a number and a date is a reference; this document's own header is not.
                if let found, found.iso != nil, !number.isEmpty, number.contains(where: \.isNumber) {
                    result.append(OrderReference(text: String(tail[..<textEnd]).trimmingSpaces, line: index + 1,
                                                 issuer: issuer.isEmpty ? nil : issuer, number: number, iso: found.iso))
                }
                search = line[dated.upperBound...]
            }
        }
        return result
    }
}

extension String {
    /// Without the spaces OCR puts inside a number (`๒๓/ ๒๕๖๖` → `๒๓/๒๕๖๖`).
    var replacingSpaces: String { String(unicodeScalars.filter { !$0.isWhitespace }.map(Character.init)) }
}
