/// Character classes of the Thai block (U+0E00–U+0E7F) that the repair
/// stages reason about.
///
/// These are facts of the script, not data: the classes follow the Unicode
/// Standard's description of Thai and the WTT 2.0 input-sequence rules
/// (a base consonant, then at most one above or below vowel, then at most one
/// tone mark or sign; leading vowels stand before the consonant they belong to).
///
/// ```swift
/// ThaiScript.isConsonant("ก")   // true
/// ThaiScript.kind(of: "่")      // .tone
/// ```
public enum ThaiScript {
    /// The orthographic role of a Thai scalar.
    public enum Kind: Sendable, Equatable {
        /// ก–ฮ (U+0E01–U+0E2E), including the vowel letters ฤ and ฦ, which take marks like consonants.
        case consonant
        /// เ แ โ ใ ไ (U+0E40–U+0E44): written before the consonant they follow in speech.
        case leadingVowel
        /// ะ า ำ ๅ (U+0E30, U+0E32, U+0E33, U+0E45): spacing vowels written after the consonant.
        case followingVowel
        /// ั ิ ี ึ ื ็ (U+0E31, U+0E34–U+0E37, U+0E47): combining vowels above the base.
        case aboveVowel
        /// ุ ู ฺ (U+0E38–U+0E3A): combining vowels below the base.
        case belowVowel
        /// ่ ้ ๊ ๋ (U+0E48–U+0E4B).
        case tone
        /// ์ ํ ๎ (U+0E4C–U+0E4E): thanthakhat, nikhahit, yamakkan.
        case sign
        /// ๐–๙ (U+0E50–U+0E59).
        case digit
        /// ฯ ๆ ฿ ๏ ๚ ๛ and unassigned code points of the block.
        case other
    }

    /// Classifies a scalar of the Thai block; `nil` for anything outside it.
    ///
    /// Complexity: O(1).
    @inlinable
    public static func kind(of scalar: Unicode.Scalar) -> Kind? {
        let v = scalar.value
        guard v >= 0x0E00, v <= 0x0E7F else { return nil }
        switch v {
        case 0x0E01...0x0E2E: return .consonant
        case 0x0E40...0x0E44: return .leadingVowel
        case 0x0E30, 0x0E32, 0x0E33, 0x0E45: return .followingVowel
        case 0x0E31, 0x0E34...0x0E37, 0x0E47: return .aboveVowel
        case 0x0E38...0x0E3A: return .belowVowel
        case 0x0E48...0x0E4B: return .tone
        case 0x0E4C...0x0E4E: return .sign
        case 0x0E50...0x0E59: return .digit
        default: return .other
        }
    }

    /// Whether `scalar` is in the Thai block at all.
    @inlinable
    public static func isThai(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x0E00 && scalar.value <= 0x0E7F
    }

    /// Whether `scalar` is a Thai letter that can carry marks (ก–ฮ).
    @inlinable
    public static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x0E01 && scalar.value <= 0x0E2E
    }

    /// Whether `scalar` is a Thai combining mark (zero-width, drawn on the preceding base):
    /// above and below vowels, tone marks and signs.
    @inlinable
    public static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        // U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E as bits of U+0E31 + offset (offsets 0–29).
        let offset = scalar.value &- 0x0E31
        return offset < 30 && (0x3FC0_03F9 as UInt32) >> offset & 1 != 0
    }

    /// Whether a Thai word can never begin with `scalar`: a combining mark or
    /// one of the following vowels ะ า ำ ๅ.
    @inlinable
    public static func cannotStartWord(_ scalar: Unicode.Scalar) -> Bool {
        if isCombiningMark(scalar) { return true }
        let v = scalar.value
        return v == 0x0E30 || v == 0x0E32 || v == 0x0E33 || v == 0x0E45
    }

    /// Whether `scalar` is a leading vowel (เ แ โ ใ ไ), which can never end a word.
    @inlinable
    public static func isLeadingVowel(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x0E40 && scalar.value <= 0x0E44
    }

    /// Whether `scalar` can be part of a Thai word: a letter, vowel or mark
    /// (not a digit, ฯ, ๆ or ฿).
    @inlinable
    public static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        // One bit per scalar of the block (the kinds above other than digit and other): this is
        // asked of every character of every line, several times.
        let offset = scalar.value &- 0x0E00
        guard offset < 0x80 else { return false }
        let mask: UInt64 = offset < 64 ? 0x07FF_7FFF_FFFF_FFFE : 0x0000_0000_0000_7FBF
        return mask >> UInt64(offset & 63) & 1 != 0
    }

    /// Whether `scalar` is a Thai digit ๐–๙.
    @inlinable
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x0E50 && scalar.value <= 0x0E59
    }

    /// The value of a Thai digit (`๗` → 7); nil for anything else.
    public static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        isDigit(scalar) ? Int(scalar.value - 0x0E50) : nil
    }

    /// The Thai digit of `value` (0–9: 7 → `๗`).
    public static func digit(_ value: Int) -> Unicode.Scalar {
        precondition((0...9).contains(value), "a digit is 0–9")
        return Unicode.Scalar(UInt32(0x0E50 + value))!
    }

    public static let saraAm: Unicode.Scalar = "\u{0E33}"
    public static let saraAa: Unicode.Scalar = "\u{0E32}"
    public static let saraE: Unicode.Scalar = "\u{0E40}"
    public static let saraAe: Unicode.Scalar = "\u{0E41}"
    public static let nikhahit: Unicode.Scalar = "\u{0E4D}"
    public static let lakkhangyao: Unicode.Scalar = "\u{0E45}"
}
