import Foundation

/// Which Thai digits OCR mistakes for which (`๔` read as `๕`), learned from real OCR of
/// Thai-digit dates, amounts and item numbers (`mappings/ocr-digit-confusions.tsv`,
/// `scripts/learn-confusions --digits`).
///
/// ```swift
/// DigitConfusions.shared.confusable("๔", "๕")   // true
/// ```
public struct DigitConfusions: Sendable {
    public static let shared: DigitConfusions = MappingTable.required { () throws(MappingTable.Failure) in
        try DigitConfusions(file: "ocr-digit-confusions.tsv")
    }

    /// Rows costlier than this (−ln P) are too rare to act on.
    public static let costliest: Float = 3.0

    /// Unordered pairs of digit values seen confused.
    let pairs: Set<[Int]>
    /// `[intended, observed]`: the digit printed, and the one OCR read for it.
    let directed: Set<[Int]>
    /// Thai digits OCR reads as something else more often than not (the learned probabilities of
    /// all their misreadings add up to at least a half): `๔ ๖ ๗ ๘ ๙` for `tesseract-ocr-tha`, whose
    /// model has no such characters. A document whose many Thai digits hold none of them was read
    /// by such a model (``MisreadDigitDates``).
    public let unprintable: Set<Int>

    public init(file: String) throws(MappingTable.Failure) {
        var pairs: Set<[Int]> = [], directed: Set<[Int]> = [], misread: [Int: Double] = [:]
        for (line, fields) in try MappingTable.numberedRows(of: file) where fields.count >= 5 {
            if fields[0] == "del" || fields[0] == "sub", let cost = Double(fields[4]),
               let intended = try? MappingTable.scalar(fields[1], file: file, line: line), let digit = ThaiScript.digitValue(intended) {
                misread[digit, default: 0] += exp(-cost)
            }
            guard fields[0] == "sub" else { continue }
            let intended = try MappingTable.scalar(fields[1], file: file, line: line)
            let observed = try MappingTable.scalar(fields[2], file: file, line: line)
            guard let a = ThaiScript.digitValue(intended), let b = ThaiScript.digitValue(observed), let cost = Float(fields[4]),
                  cost <= Self.costliest else { continue }
            pairs.insert([min(a, b), max(a, b)])
            directed.insert([a, b])
        }
        self.pairs = pairs
        self.directed = directed
        self.unprintable = Set(misread.filter { $0.value >= Self.mostlyMisread }.keys)
    }

    /// The share of misreadings that makes a digit ``unprintable``.
    public static let mostlyMisread = 0.5

    /// Whether OCR reads the printed digit `intended` as `observed` (this direction only).
    public func mayRead(_ intended: Int, as observed: Int) -> Bool {
        directed.contains([intended, observed])
    }

    /// Whether OCR confuses digits `a` and `b` (Thai or Arabic), in either direction.
    public func confusable(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        guard let x = ItemNumber.digitValue(a), let y = ItemNumber.digitValue(b) else { return false }
        return pairs.contains([min(x, y), max(x, y)])
    }

    /// Whether `printed` can be a misreading of `intended`: the same digits, except at
    /// least one confusable pair, in numbers of the same shape.
    public func misreads(_ printed: [Int], as intended: [Int]) -> Bool {
        guard printed.count == intended.count, printed != intended else { return false }
        for (p, q) in zip(printed, intended) where p != q {
            let a = Array(String(p).unicodeScalars), b = Array(String(q).unicodeScalars)
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where x != y && !confusable(x, y) { return false }
        }
        return true
    }
}
