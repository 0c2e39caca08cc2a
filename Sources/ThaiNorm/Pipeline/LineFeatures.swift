/// What a line holds that a Unicode-level stage could act on: kinds of characters (Private
/// Use glyphs, Latin-1, nikhahit, digits) and pairs of neighbours (a space before a mark,
/// two marks out of order, a leading vowel not followed by a consonant), found in one pass.
///
/// Clean Thai has almost none of them. The ``Normalizer`` finds a line's features once and
/// again only when a stage changes the line, and does not call a stage whose
/// ``StageScope`` says a line with those features cannot concern it: most
/// stages are then never called on most lines, instead of each scanning every line itself.
///
/// ```swift
/// LineFeatures(of: Array("ท่ี".unicodeScalars)).contains(.marksOutOfOrder)   // true
/// LineFeatures(of: Array("ที่".unicodeScalars)).isEmpty                         // true
/// ```
///
/// Complexity: O(n), two table reads per scalar.
public struct LineFeatures: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A scalar from U+0080 to U+00FF: Latin-1 or Windows-1252 mojibake, or an invisible one (soft hyphen).
    public static let latin1 = LineFeatures(rawValue: 1 << 0)
    /// A Private Use scalar (U+E000–U+F8FF): legacy-font glyph variants.
    public static let privateUse = LineFeatures(rawValue: 1 << 1)
    /// Any other scalar that is neither ASCII nor Thai (zero-width characters among them).
    public static let otherNonASCII = LineFeatures(rawValue: 1 << 2)
    /// NIKHAHIT (U+0E4D): what decomposed sara am is made of.
    public static let nikhahit = LineFeatures(rawValue: 1 << 3)
    /// A Thai digit.
    public static let thaiDigit = LineFeatures(rawValue: 1 << 4)
    /// An ASCII digit.
    public static let asciiDigit = LineFeatures(rawValue: 1 << 5)
    /// A combining mark or ะ า ำ ๅ (``ThaiScript/cannotStartWord(_:)``) after a space or at the start of the line.
    public static let spaceBeforeNonStarter = LineFeatures(rawValue: 1 << 6)
    /// A leading vowel followed by anything but a consonant, or ending the line.
    public static let leadingVowelUnfollowed = LineFeatures(rawValue: 1 << 7)
    /// Two combining marks in a row other than a vowel then a tone mark or sign (`ท่ี`, `ก้้`):
    /// any mark after a tone mark or sign, or two vowels.
    public static let marksOutOfOrder = LineFeatures(rawValue: 1 << 8)
    /// SARA E twice in a row (เเ).
    public static let doubleSaraE = LineFeatures(rawValue: 1 << 9)
    /// A tone mark right after sara am (`นำ้`).
    public static let toneAfterSaraAm = LineFeatures(rawValue: 1 << 10)
    /// A digit followed by a space.
    public static let digitBeforeSpace = LineFeatures(rawValue: 1 << 11)
    /// A tone mark right after ะ า ๅ (`กา่`), where no mark can stand.
    public static let toneAfterFollowingVowel = LineFeatures(rawValue: 1 << 12)
    /// Two following vowels in a row (`กาา`, `ทำำ`), which Thai never writes.
    public static let followingVowelsInARow = LineFeatures(rawValue: 1 << 13)
    /// LAKKHANGYAO (ๅ), which Thai writes only after ฤ and ฦ.
    public static let lakkhangyao = LineFeatures(rawValue: 1 << 14)

    /// Any scalar that is neither ASCII nor Thai.
    public static let nonASCIINonThai: LineFeatures = [.latin1, .privateUse, .otherNonASCII]

    /// The features of `line`.
    public init(of line: [Unicode.Scalar]) {
        // The line's start counts as a space before its first scalar.
        let (bits, last) = ScalarClass.classifier.foldTransitions(
            in: line, from: ScalarClass.space.rawValue, through: Self.transitions, outside: ScalarClass.outside)
        var features = bits
        if last == ScalarClass.saraE.rawValue || last == ScalarClass.leadingVowel.rawValue {
            features |= LineFeatures.leadingVowelUnfollowed.rawValue
        }
        rawValue = features
    }

    /// The classes of scalars the features are told by.
    enum ScalarClass: UInt8, CaseIterable {
        case space, otherASCII, asciiDigit, thaiDigit, consonant, saraE, leadingVowel
        /// ะ า
        case followingVowel, saraAm, lakkhangyao
        /// Vowels above and below (and MAITAIKHU), which come first in a cluster.
        case vowelMark
        case nikhahit, tone
        /// THANTHAKHAT and YAMAKKAN, ranked with the tone marks.
        case sign
        case otherThai, latin1, privateUse, otherNonASCII

        static let count = allCases.count

        /// The class (its raw value) of a scalar neither ASCII nor Thai.
        @inline(__always)
        static func outside(_ scalar: Unicode.Scalar) -> UInt8 {
            let v = scalar.value
            if v <= 0xFF { return latin1.rawValue }
            if v >= 0xE000 && v <= 0xF8FF { return privateUse.rawValue }
            return otherNonASCII.rawValue
        }

        /// The classes of U+0000–U+007F and of U+0E00–U+0E7F.
        static let classifier = ScalarClassifier(ascii: { v in
            (v == 0x20 ? ScalarClass.space : (0x30...0x39).contains(v) ? .asciiDigit : .otherASCII).rawValue
        }, thai: { scalar in
            let kind: ScalarClass
            if scalar == ThaiScript.saraE {
                kind = .saraE
            } else if scalar == ThaiScript.saraAm {
                kind = .saraAm
            } else if scalar == ThaiScript.nikhahit {
                kind = .nikhahit
            } else if scalar == ThaiScript.lakkhangyao {
                kind = .lakkhangyao
            } else {
                switch ThaiScript.kind(of: scalar) {
                case .consonant: kind = .consonant
                case .leadingVowel: kind = .leadingVowel
                case .followingVowel: kind = .followingVowel
                case .aboveVowel, .belowVowel: kind = .vowelMark
                case .tone: kind = .tone
                case .sign: kind = .sign
                case .digit: kind = .thaiDigit
                case .other, nil: kind = .otherThai
                }
            }
            return kind.rawValue
        })

        var isMark: Bool { [.vowelMark, .nikhahit, .tone, .sign].contains(self) }
        /// Ranked after the vowels in a cluster (see ``ReorderThaiMarks/rank(_:)``).
        var isToneRank: Bool { self == .tone || self == .sign }
        var isLeadingVowel: Bool { self == .saraE || self == .leadingVowel }
        var isDigit: Bool { self == .asciiDigit || self == .thaiDigit }
        /// ะ า ำ ๅ: written after the cluster.
        var isFollowingVowel: Bool { self == .followingVowel || self == .saraAm || self == .lakkhangyao }
    }

    /// The features a scalar of one class after a scalar of another brings, by previous class × class.
    private static let transitions = ScalarClassifier.TransitionTable(
        classCount: ScalarClass.count,
        bits: ScalarClass.allCases.flatMap { previous in
            ScalarClass.allCases.map { current in single(current).union(pair(previous, current)).rawValue }
        })

    /// What one scalar of `current` brings whatever stands before it.
    private static func single(_ current: ScalarClass) -> LineFeatures {
        switch current {
        case .latin1: .latin1
        case .privateUse: .privateUse
        case .otherNonASCII: .otherNonASCII
        case .nikhahit: .nikhahit
        case .thaiDigit: .thaiDigit
        case .asciiDigit: .asciiDigit
        case .lakkhangyao: .lakkhangyao
        default: []
        }
    }

    /// What `current` brings after `previous`.
    private static func pair(_ previous: ScalarClass, _ current: ScalarClass) -> LineFeatures {
        var features: LineFeatures = []
        if previous == .space, current.isMark || current.isFollowingVowel {
            features.insert(.spaceBeforeNonStarter)
        }
        if previous.isLeadingVowel, current != .consonant { features.insert(.leadingVowelUnfollowed) }
        if previous.isMark, current.isMark, previous.isToneRank || !current.isToneRank { features.insert(.marksOutOfOrder) }
        if previous == .saraE, current == .saraE { features.insert(.doubleSaraE) }
        if previous == .saraAm, current == .tone { features.insert(.toneAfterSaraAm) }
        if previous.isDigit, current == .space { features.insert(.digitBeforeSpace) }
        if previous == .followingVowel || previous == .lakkhangyao, current == .tone { features.insert(.toneAfterFollowingVowel) }
        if previous.isFollowingVowel, current.isFollowingVowel { features.insert(.followingVowelsInARow) }
        return features
    }
}
