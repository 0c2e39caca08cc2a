/// Normalizes an input too large to hold whole, one window of lines at a time, so that memory
/// stays flat as the input grows.
///
/// Bytes go in as they are read (``append(_:)``, then ``finish()``) and are decoded as
/// ``InputDecoder`` would decode the whole input (``StreamingDecoder``). Once more than
/// ``PipelineParameters/windowBytes`` of text is held, a window is cut at a line boundary in its
/// second half, where a page or a document most likely ends (``WindowCut``), and normalized as a
/// document of its own: lines stay 1:1, and adaptive stages adapt to the window (about ten
/// seed-sized documents by default). A window comes back with its text and with its edits and
/// findings numbered by their lines in the whole input. An input no longer than a window is
/// normalized whole, exactly as ``Normalizer`` normalizes a decoded text.
///
/// ```swift
/// var windows = NormalizationWindows(normalizer: Normalizer())
/// for chunk in chunks { for window in try windows.append(chunk) { write(window.result.utf8) } }
/// for window in try windows.finish() { write(window.result.utf8) }
/// ```
///
/// Complexity: O(n) in the input for the current stages; memory O(window + longest line).
public struct NormalizationWindows: Sendable {
    /// One window, normalized.
    public struct Window: Sendable {
        /// The window's text as it was read, decoded (UTF-8): equal to the input's bytes when the
        /// input is UTF-8 without a byte-order mark.
        public var input: [UInt8]
        /// The repaired window; edits and findings give their line in the whole input.
        public var result: NormalizationResult
        /// The line, in the whole input, of the window's first line (1-based).
        public var firstLine: Int
    }

    public let normalizer: Normalizer
    private var decoder = StreamingDecoder()
    /// Decoded text not yet in a window: whole lines (but for the input's last).
    private var held: [UInt8] = []
    private var nextLine = 1
    private var windowBytes: Int { max(1, normalizer.configuration.parameters.pipeline.windowBytes) }

    /// The encoding the input was found in, once it is.
    public var encoding: SourceEncoding? { decoder.encoding }

    public init(normalizer: Normalizer) {
        self.normalizer = normalizer
    }

    /// All of `bytes` normalized window by window, each window handed to `body` as it is done
    /// (and let go after: only what `body` keeps of it stays).
    ///
    /// ```swift
    /// var text: [UInt8] = []
    /// try NormalizationWindows.normalize(bytes, with: Normalizer()) { text += $0.result.utf8 }
    /// ```
    public static func normalize(_ bytes: [UInt8], with normalizer: Normalizer, each body: (Window) -> Void) throws(InputError) {
        var windows = NormalizationWindows(normalizer: normalizer)
        let piece = 1 << 20
        for start in stride(from: 0, to: bytes.count, by: piece) {
            for window in try windows.append(bytes[start..<min(bytes.count, start + piece)]) { body(window) }
        }
        for window in try windows.finish() { body(window) }
    }

    /// Takes the next bytes of the input; returns the windows they complete, in order.
    public mutating func append(_ bytes: some Sequence<UInt8>) throws(InputError) -> [Window] {
        held += try decoder.decode(bytes)
        return completeWindows()
    }

    /// Ends the input; returns the windows left (at least one for an input that had any text).
    public mutating func finish() throws(InputError) -> [Window] {
        let firstWindow = nextLine == 1
        held += try decoder.finish()
        var windows = completeWindows()
        if !held.isEmpty || firstWindow && windows.isEmpty { windows.append(window(of: held.count)) }
        return windows
    }

    /// The windows the held text completes: while more than a window is held, the first window of it.
    private mutating func completeWindows() -> [Window] {
        var windows: [Window] = []
        while held.count > windowBytes, let cut = WindowCut.boundary(in: held, target: windowBytes) {
            windows.append(window(of: cut))
        }
        return windows
    }

    /// Normalizes the first `count` held bytes as one window.
    private mutating func window(of count: Int) -> Window {
        let text = Array(held[..<count])
        held.removeFirst(count)
        var result = normalizer.normalize(DecodedText(validUTF8: text, encoding: decoder.encoding ?? .utf8))
        let shift = nextLine - 1
        if shift > 0 {
            for k in result.edits.indices { result.edits[k].line += shift }
            for k in result.findings.indices { result.findings[k].line += shift }
        }
        let window = Window(input: text, result: result, firstLine: nextLine)
        nextLine += text.count(where: { $0 == 0x0A })
        return window
    }
}
