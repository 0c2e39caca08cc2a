/// Joins lines that a PDF text extractor broke inside a Thai word:
/// `pdftotext` often starts a new line at each mark (`ค` / `ำส` / `ั` /
/// `่งส` for `คำสั่งส`). A line that starts with what no Thai word starts
/// with (a mark, ะ า ำ), or that follows a line ending in a leading vowel
/// (เ แ โ ใ ไ), is joined to the line before it.
///
/// For text from PDFs only: `normalize` keeps its input's lines, so a plain
/// text file is never joined.
///
/// ```swift
/// BrokenLines.join("ค\nำส\nั\n่งส\nำนักงาน")   // "คำสั่งสำนักงาน"
/// ```
///
/// Complexity: O(n).
public enum BrokenLines {
    public static func join(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingBreak = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if pendingBreak { out.append("\n") }
                pendingBreak = true
                continue
            }
            if pendingBreak {
                let previous = out.last
                let joins = ThaiScript.cannotStartWord(scalar) || previous.map(ThaiScript.isLeadingVowel) == true
                if !joins { out.append("\n") }
                pendingBreak = false
            }
            out.append(scalar)
        }
        if pendingBreak { out.append("\n") }
        return String(out)
    }
}
