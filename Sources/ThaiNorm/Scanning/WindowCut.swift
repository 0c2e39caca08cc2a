/// Where a window of text ends: the line boundary, in the window's second half, that most likely
/// ends a page or a document.
///
/// By rank, the latest of the best: the start of a page (a line starting with a form feed); a
/// line after a blank line; a line that does not start with a Thai mark or a space (a line that
/// does may be the rest of the line above, which ``JoinLinesStartingWithMarks`` joins); any line.
/// A window with no line boundary in its second half ends at the first one after it.
///
/// ```swift
/// WindowCut.boundary(in: Array("ก\n\nข\nค\n".utf8), target: 6)   // 5: after the blank line
/// ```
///
/// Complexity: O(target) bytes read.
enum WindowCut {
    /// The byte offset just after the line feed that ends the window of `text` meant to hold
    /// about `target` bytes; nil if no line feed lies from half of `target` on.
    static func boundary(in text: [UInt8], target: Int) -> Int? {
        text.withUnsafeBufferPointer { bytes -> Int? in
            var best: (rank: Int, offset: Int)?
            var feed = bytes.firstIndex(of: 0x0A, from: max(0, target / 2 - 1))
            while let f = feed, f < target {
                let start = f + 1
                guard start < bytes.count else { break }
                let rank = Self.rank(of: start, in: bytes)
                if rank >= best?.rank ?? 0 { best = (rank, start) }
                feed = bytes.firstIndex(of: 0x0A, from: start)
            }
            if let best { return best.offset }
            // No boundary in the second half: the first after it (a window of one long line).
            guard let f = feed ?? bytes.firstIndex(of: 0x0A, from: target) else { return nil }
            return f + 1
        }
    }

    /// How good a place to end a window `start` (the start of a line) is: 3 a page's start, 2 a
    /// line after a blank line, 1 a line that is not the rest of the one above, 0 any line.
    private static func rank(of start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if bytes[start] == 0x0C { return 3 }
        if continuesLineAbove(start, in: bytes) { return 0 }
        // The line before: blank if nothing but spaces, tabs, form feeds and a carriage return.
        var k = start - 2
        while k >= 0, bytes[k] != 0x0A {
            guard [0x20, 0x09, 0x0D, 0x0C].contains(bytes[k]) else { return 1 }
            k -= 1
        }
        return 2
    }

    /// Whether the line at `start` starts with a space or a Thai mark that sits above or below a
    /// letter (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E: bytes E0 B8 B1, E0 B8 B4–BA, E0 B9 87–8E).
    private static func continuesLineAbove(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[start]
        if first == 0x20 || first == 0x09 { return true }
        guard first == 0xE0, start + 2 < bytes.count else { return false }
        switch (bytes[start + 1], bytes[start + 2]) {
        case (0xB8, 0xB1), (0xB8, 0xB4...0xBA), (0xB9, 0x87...0x8E): return true
        default: return false
        }
    }
}
