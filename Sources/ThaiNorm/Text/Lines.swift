/// Splitting text into lines the way every part of thainorm counts them.
///
/// Lines end at U+000A LINE FEED; a CARRIAGE RETURN just before it belongs to
/// the terminator (`\r\n`). Splitting works on Unicode scalars because Swift
/// treats `\r\n` as a single `Character`, which `String.split(separator: "\n")`
/// would never split.
///
/// ```swift
/// Lines.split("a\r\nb\n")   // [("a", "\r"), ("b", ""), ("", "")]
/// ```
///
/// Complexity: O(n).
public enum Lines {
    /// One line: its content, and whether it ended in `\r\n` (so `\r` must be written back).
    public struct Line {
        public var content: Substring.UnicodeScalarView
        public var hasCarriageReturn: Bool
    }

    /// The lines of `text`; a text ending in a line feed has an empty last line, so
    /// joining the lines with `\n` gives `text` back.
    public static func split(_ text: String) -> [Line] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.last == "\r" {
                return Line(content: line.dropLast(), hasCarriageReturn: true)
            }
            return Line(content: line, hasCarriageReturn: false)
        }
    }
}
