/// Repairs Thai text that was decoded with the wrong legacy encoding before it reached us.
///
/// Two kinds of damage are recognised, both run by run within a line:
/// - **UTF-8 read as Windows-1252 or Latin-1**: every Thai character becomes
///   three characters starting `à¸` or `à¹` (`à¸ à¸²à¸©à¸²` for `ภาษา`). A run of
///   characters that fit in one byte each and contains such a triple is
///   re-encoded to bytes and every valid UTF-8 sequence in it is decoded.
/// - **TIS-620 read as Latin-1**: each Thai letter becomes the Latin-1
///   character 0x0D60 below it (`ÀÒÉÒä·Â` for `ภาษาไทย`). A whole token made
///   only of such characters is mapped back when the result is well-formed
///   Thai (marks on consonants, leading vowels before consonants).
///
/// Real Latin text is left alone: the first repair needs the `à¸`/`à¹`
/// signature, and the second needs a token with no ASCII letters whose
/// mapping is plausible Thai.
///
/// Complexity: O(n) in the length of the line.
public struct RepairMojibake: RepairStage {
    public let name = "RepairMojibake"
    public let summary = "Repair Thai that was decoded as Windows-1252/Latin-1 (UTF-8 or TIS-620 mojibake)."

    public let parameters: Parameters

    public init(parameters: Parameters = .init()) {
        self.parameters = parameters
    }

    /// Both kinds of mojibake are made of Latin-1 supplement characters.
    public var scope: StageScope { StageScope(linesWith: .latin1) }

    public func repair(_ line: [Unicode.Scalar], in context: LineContext, into output: inout StageOutput) {
        // Cheap exit: both kinds need Latin-1 supplement characters.
        guard line.contains(where: { $0.value >= 0x80 && $0.value <= 0xFF }) else { return }
        repairUTF8Mojibake(line, into: &output)
        if output.repairs.isEmpty { repairTIS620Mojibake(line, into: &output) }
    }

    // MARK: UTF-8 read as Windows-1252 / Latin-1

    private func repairUTF8Mojibake(_ line: [Unicode.Scalar], into output: inout StageOutput) {
        var start = 0
        while start < line.count {
            guard SingleByteEncodings.windows1252Byte(for: line[start]) != nil else {
                start += 1
                continue
            }
            var end = start
            var bytes: [UInt8] = []
            while end < line.count, let byte = SingleByteEncodings.windows1252Byte(for: line[end]) {
                bytes.append(byte)
                end += 1
            }
            repairRun(bytes: bytes, runStart: start, line: line, into: &output)
            start = end
        }
    }

    /// Decodes the valid multi-byte UTF-8 sequences of a run that carries Thai UTF-8 signatures.
    private func repairRun(bytes: [UInt8], runStart: Int, line: [Unicode.Scalar], into output: inout StageOutput) {
        var hasThai = false
        for i in 0..<max(0, bytes.count - 2) where bytes[i] == 0xE0 && (bytes[i + 1] == 0xB8 || bytes[i + 1] == 0xB9) {
            hasThai = true
            break
        }
        guard hasThai else { return }
        var i = 0
        var pendingStart: Int? = nil
        var pending: [Unicode.Scalar] = []
        func flush(upTo end: Int) {
            if let s = pendingStart {
                output.replace(runStart + s..<runStart + end, with: pending, confidence: parameters.utf8Confidence,
                               note: "UTF-8 text decoded as Windows-1252")
            }
            pendingStart = nil
            pending = []
        }
        while i < bytes.count {
            if let (scalar, length) = UTF8Validation.decodeSequence(bytes, at: i), length > 1 {
                if pendingStart == nil { pendingStart = i }
                pending.append(scalar)
                i += length
            } else {
                flush(upTo: i)
                if bytes[i] == 0xE0, i + 1 < bytes.count, bytes[i + 1] == 0xB8 || bytes[i + 1] == 0xB9 {
                    output.report(at: runStart + i, "looks like Thai UTF-8 decoded as Windows-1252, but a byte is missing or replaced; left as is")
                }
                i += 1
            }
        }
        flush(upTo: bytes.count)
    }

    // MARK: TIS-620 read as Latin-1

    private func repairTIS620Mojibake(_ line: [Unicode.Scalar], into output: inout StageOutput) {
        for token in ScalarLine.tokens(line) {
            repairTISToken(line, token, into: &output)
        }
    }

    private func repairTISToken(_ line: [Unicode.Scalar], _ token: Range<Int>, into output: inout StageOutput) {
        // Trim ASCII punctuation around the word, e.g. quotes and brackets.
        var lower = token.lowerBound
        var upper = token.upperBound
        while lower < upper, line[lower].isASCII, !line[lower].isASCIILetter { lower += 1 }
        while upper > lower, line[upper - 1].isASCII, !line[upper - 1].isASCIILetter { upper -= 1 }
        guard upper - lower >= 2 else { return }
        var mapped: [Unicode.Scalar] = []
        for scalar in line[lower..<upper] {
            guard let thai = SingleByteEncodings.thaiFromTIS620ReadAsLatin1(scalar) else { return }
            mapped.append(thai)
        }
        guard ThaiOrthography.isPlausibleWord(mapped) else { return }
        output.replace(lower..<upper, with: mapped, confidence: parameters.tis620Confidence, note: "TIS-620 text decoded as Latin-1")
    }
}
