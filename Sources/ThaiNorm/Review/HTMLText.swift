/// Text made safe and visible for the review page.
///
/// ```swift
/// HTMLText.escape("<script>")        // "&lt;script&gt;"
/// HTMLText.visible(" \u{0E48}")      // "␣\u{0E48}"  (a space shown, the mark kept)
/// HTMLText.visible("\u{0E48}")       // "◌\u{0E48}"  (a mark alone gets a dotted circle)
/// HTMLText.visible("")               // "∅"
/// ```
///
/// Complexity: O(n).
public enum HTMLText {
    /// `text` for an HTML text node or a quoted attribute value: `& < > " '` and the line feed
    /// (a line break in a tooltip) as character references, and other control characters
    /// (which the HTML parser would drop or turn into a line break, as it does a lone CR) as
    /// their visible pictures (U+2400 block).
    public static func escape(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t": result.unicodeScalars.append(scalar)
            case "\n": result += "&#10;"
            case "\u{00}"..."\u{1F}": result.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case "\u{7F}": result += "\u{2421}"
            case "\u{80}"..."\u{9F}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` with what cannot be seen made visible, for showing what an edit replaced:
    /// a space as ␣, a tab as ⇥, a no-break space as ⍽, an invisible format character
    /// (zero-width space, joiners, soft hyphen, byte-order mark) as ⟨U+XXXX⟩, a
    /// private-use character as ⟨U+XXXX⟩, a mark at the start on a dotted circle ◌, and an
    /// empty text as ∅. Not escaped: pass the result to ``escape(_:)``.
    public static func visible(_ text: some StringProtocol) -> String {
        if text.isEmpty { return "∅" }
        var result = ""
        for (k, scalar) in text.unicodeScalars.enumerated() {
            let category = scalar.properties.generalCategory
            if k == 0, category == .nonspacingMark || category == .spacingMark || category == .enclosingMark {
                result += "◌"
            }
            switch scalar {
            case " ": result += "␣"
            case "\t": result += "⇥"
            case "\u{A0}": result += "⍽"
            default:
                if category == .format || category == .privateUse || category == .control || category == .lineSeparator
                    || category == .paragraphSeparator {
                    result += "⟨U+" + hex(scalar.value) + "⟩"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
