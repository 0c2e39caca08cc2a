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

    /// The lines of `text` as scalar arrays, with whether each ended in `\r\n`: the same
    /// lines as ``split(_:)``, decoded in one pass over the UTF-8 (what the normalizer works on).
    public static func scalarLines(_ text: String) -> (lines: [[Unicode.Scalar]], carriageReturns: [Bool]) {
        let decoded = decodedLines(text)
        return (decoded.lines, decoded.carriageReturns)
    }

    /// The lines of `text` (``scalarLines(_:)``), with where each line's content lies in its UTF-8,
    /// so that a line still as it was can be written back by copying those bytes
    /// (``joinedUTF8(_:carriageReturns:unchangedFrom:)``).
    static func decodedLines(_ text: String) -> DecodedLines {
        decodedLines(validUTF8: Array(text.utf8))
    }

    /// A text's lines as scalars, with the text's UTF-8 and where each line's content lies in it.
    struct DecodedLines {
        var utf8: [UInt8]
        var lines: [[Unicode.Scalar]]
        var carriageReturns: [Bool]
        var ranges: [Range<Int>]
    }
}
