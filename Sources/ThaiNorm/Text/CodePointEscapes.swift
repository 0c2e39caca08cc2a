/// The `\u{XXXX}` notation data files and test cases use for characters
/// that are invisible or special (tabs, backslashes, marks without a base).
///
/// ```swift
/// CodePointEscapes.unescape("ก\\u{0E49}")   // "ก้"
/// ```
///
/// Complexity: O(n).
public enum CodePointEscapes {
    /// `text` with every well-formed `\u{XXXX}` replaced by its code point; anything else is kept.
    public static func unescape(_ text: some StringProtocol) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\\", i + 2 < scalars.count, scalars[i + 1] == "u", scalars[i + 2] == "{",
               let close = scalars[(i + 3)...].firstIndex(of: "}"),
               let value = UInt32(String(scalars: scalars[(i + 3)..<close]), radix: 16),
               let scalar = Unicode.Scalar(value) {
                result.append(scalar)
                i = close + 1
            } else {
                result.append(scalars[i])
                i += 1
            }
        }
        return String(result)
    }
}
