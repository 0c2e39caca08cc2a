import Foundation
import ThaiTrie

/// Finds the most probable intended text for a run of Thai letters under a
/// noisy channel: P(words) from the lexicon × P(observed | words) from the
/// confusion model, and proposes corrections that beat the text as it
/// stands by a clear margin.
///
/// **Lattice.** Over the run's positions, edges are: lexicon words matching
/// the observed text exactly; unknown units (cost: more than the rarest
/// word); free single spaces; and *approximate* words, found by walking the
/// lexicon trie while the channel rewrites the observed text:
/// substitutions (ซ read for ช) everywhere; and, inside windows around
/// unknown words only, lost characters, stray characters (`'` `,` and
/// specks), a space inside a word, and a mark displaced past the next letter.
/// Each edit adds its channel cost; a walk stops past ``budget`` or
/// ``maximumEdits``.
///
/// **Decision.** The best path may use approximate words. Each is checked
/// against the best *exact* reading of the same span: the difference of the
/// two costs is a log-odds `gap`, and the correction is proposed when the
/// gap reaches ``oovMargin`` (the span had unknown words) or the much larger
/// ``realWordMargin`` (the span was all real words, as `ฟ้องกัน` for
/// `ป้องกัน`). Its confidence is `1 / (1 + e^-gap)`.
///
/// Complexity: linear in the run for exact edges; the approximate search is
/// bounded per position by the budget and the trie.
public struct NoisyChannelDecoder: Sendable {
    /// A proposed replacement of `range` (offsets into the line).
    public struct Correction: Sendable, Equatable {
        public var range: Range<Int>
        public var replacement: [Unicode.Scalar]
        /// Log-odds of the correction against the text as it stands.
        public var gap: Float
        /// The span was made of real words (a real-word error).
        public var realWord: Bool
        public var accepted: Bool
        public var confidence: Double { 1 / (1 + exp(-Double(gap))) }
    }

    public let lexicon: Lexicon
    public private(set) var model: ConfusionModel
    public let segmenter: WordSegmenter
    public var budget: Float = CorrectLexicalErrors.Parameters().budget
    public var maximumEdits = CorrectLexicalErrors.Parameters().maximumEdits
    /// Log-odds a correction of an unknown word must reach (3 ≈ 95 %).
    public var oovMargin: Float = CorrectLexicalErrors.Parameters().oovMargin
    /// Log-odds a real-word correction must reach (4 ≈ 98 %). Chosen on the dev split with
    /// clean seeds 000–003 as the check: no correctly spelled word changes at this value.
    public var realWordMargin: Float = CorrectLexicalErrors.Parameters().realWordMargin

    public init(lexicon: Lexicon = .shared, model: ConfusionModel = .shared) {
        self.lexicon = lexicon
        self.model = model
        self.segmenter = WordSegmenter(lexicon: lexicon)
    }

    /// Whether to look for real-word errors everywhere (substitutions at every word
    /// start), not only around unknown words. Worth it, and safe, in a document that
    /// shows OCR noise; the lexical stage turns it off for clean documents.
    public var searchesRealWords = true

    /// `other` with a different channel model and real-word search (same lexicon and margins).
    public init(copying other: NoisyChannelDecoder, model: ConfusionModel, searchesRealWords: Bool) {
        self = other
        self.model = model
        self.searchesRealWords = searchesRealWords
    }

    /// A lattice edge ending at some position.
    struct Edge {
        var start: Int
        var cost: Float
        /// The intended word, for approximate edges; nil for exact words, unknown units and spaces.
        var replacement: [Unicode.Scalar]?
        var unknown: Bool
        var crossesSpace: Bool
    }

    /// Corrections for `line[run]`; `allowed[i]` is false for positions that must not change (names,
    /// abbreviations, garbled English); `allowed` has one entry per scalar of `line`.
    public func corrections(in line: [Unicode.Scalar], run: Range<Int>, allowed: [Bool]) -> [Correction] {
        guard run.count >= 2 else { return [] }
        // 1. The text as it stands: exact words and unknown units only.
        // Read in place: nearly every run has nothing unknown, and needs no array of its tokens.
        // (The closure captures the flag, not the decoder, which would be copied at each call.)
        let searchesRealWords = searchesRealWords
        let segmented: (exact: [PathToken], noisy: Bool)? = segmenter.withSegments(line, run) { segmented in
            let noisy = segmented.contains { token in !token.known && line[token.range].contains { !$0.isSpace } }
            // Nothing unknown and no real-word search: the best reading is the text as it stands.
            if !noisy && !searchesRealWords { return nil }
            return (segmented.map(PathToken.init), noisy)
        }
        guard let segmented else { return [] }
        let (exact, noisy) = segmented
        // Windows for the full channel: unknown words widened by one exact token on each side.
        var windows: [Range<Int>] = []
        if noisy {
            for (k, token) in exact.enumerated() where token.unknown {
                let lower = k > 0 ? exact[k - 1].start : token.start
                let upper = k + 1 < exact.count ? exact[k + 1].end : token.end
                windows.append(lower..<upper)
            }
        }
        // 2. The best reading with approximate words.
        let best = viterbi(line, run, windows: windows, allowed: allowed)
        var result: [Correction] = []
        for token in best {
            guard let replacement = token.replacement else { continue }
            let span = token.start..<token.end
            let spanExact = exactPath(line, span)
            let exactCost = spanExact.reduce(Float(0)) { $0 + $1.cost }
            let realWord = !spanExact.contains { $0.unknown && line[$0.start..<$0.end].contains { !$0.isSpace } }
            let gap = exactCost - token.cost
            let margin = realWord ? realWordMargin : oovMargin
            let accepted = gap >= margin && !(realWord && token.crossesSpace)
            result.append(Correction(range: span, replacement: replacement, gap: gap, realWord: realWord, accepted: accepted))
        }
        return result
    }

    /// One token of a best path.
    struct PathToken {
        var start: Int
        var end: Int
        var cost: Float
        var replacement: [Unicode.Scalar]?
        var unknown: Bool
        var crossesSpace: Bool
    }

    /// The best path over `line[range]` with exact words, unknown units and spaces only
    /// (``WordSegmenter``), as path tokens.
    func exactPath(_ line: [Unicode.Scalar], _ range: Range<Int>) -> [PathToken] {
        segmenter.segment(line, range).map(PathToken.init)
    }

    /// The best path over `line[range]` with approximate words as well: everywhere when
    /// ``searchesRealWords``, and with the full channel inside `windows`.
    func viterbi(
        _ line: [Unicode.Scalar], _ range: Range<Int>, windows: [Range<Int>], allowed: [Bool]
    ) -> [PathToken] {
        let n = range.count
        let start = range.lowerBound
        var best = [Float](repeating: .infinity, count: n + 1)
        var back = [Edge?](repeating: nil, count: n + 1)
        best[0] = 0
        var inWindow = [Bool](repeating: false, count: n)
        for window in windows {
            for position in window.clamped(to: range) { inWindow[position - start] = true }
        }
        func relax(_ end: Int, _ edge: Edge) {
            let j = end - start
            let total = best[edge.start - start] + edge.cost
            if total < best[j] {
                best[j] = total
                back[j] = edge
            }
        }
        for i in 0..<n where best[i].isFinite {
            let position = start + i
            if line[position].isSpace {
                relax(position + 1, Edge(start: position, cost: 0, replacement: nil, unknown: false, crossesSpace: false))
                continue
            }
            lexicon.forEachWord(in: line, from: position, upTo: range.upperBound) { end, cost in
                relax(end, Edge(start: position, cost: cost, replacement: nil, unknown: false, crossesSpace: false))
            }
            let unitEnd = ThaiUnits.unitEnd(line, from: position, limit: range.upperBound)
            relax(unitEnd, Edge(start: position, cost: segmenter.unknownUnitCost, replacement: nil, unknown: true, crossesSpace: false))
            // Words start at unit boundaries: never on a mark or a following vowel.
            if allowed[position], !ThaiScript.cannotStartWord(line[position]) {
                let full = inWindow[i]
                guard full || searchesRealWords else { continue }
                search(line, from: position, limit: range.upperBound, full: full, allowed: allowed) { end, word, cost, crossesSpace in
                    relax(end, Edge(start: position, cost: cost, replacement: word, unknown: false, crossesSpace: crossesSpace))
                }
            }
        }
        var tokens: [PathToken] = []
        var j = n
        while j > 0, let edge = back[j] {
            let i = edge.start - start
            tokens.append(PathToken(start: edge.start, end: start + j, cost: best[j] - best[i],
                                    replacement: edge.replacement, unknown: edge.unknown, crossesSpace: edge.crossesSpace))
            j = i
        }
        return tokens.reversed()
    }

    /// Lexicon words that the channel could have turned into `line[from..<end]`, with at least one edit.
    /// Calls `emit(end, word, wordCost + channelCost, crossesSpace)` with the best cost per end.
    func search(
        _ line: [Unicode.Scalar], from start: Int, limit: Int, full: Bool, allowed: [Bool],
        emit: (Int, [Unicode.Scalar], Float, Bool) -> Void
    ) {
        // Best word per end offset (end - start); words are at most longestWord + maximumEdits long.
        let span = min(limit - start, lexicon.longestWord + maximumEdits + 2) + 1
        // The best word per end, as its trie node (the node spells the word: see Lexicon.word(at:)).
        var bestAtEnd = [(node: Int, cost: Float, crossesSpace: Bool)?](repeating: nil, count: span)

        var deletionsOnPath = 0
        func step(_ node: Int, _ j: Int, _ cost: Float, _ edits: Int, _ crossesSpace: Bool) {
            if edits > 0, node != 0 {
                let wordCost = lexicon.cost(atNode: node)
                if wordCost.isFinite, j - start < span {
                    let total = wordCost + cost
                    if total < bestAtEnd[j - start]?.cost ?? .infinity { bestAtEnd[j - start] = (node, total, crossesSpace) }
                }
            }
            let canEdit = edits < maximumEdits
            if j < limit, allowed[j] || node == 0 {
                let observed = line[j]
                let code = TrieAlphabet.code(observed)
                if code != 0 {
                    let child = lexicon.child(of: node, code: code)
                    if child >= 0 { step(child, j + 1, cost, edits, crossesSpace) }
                }
                if canEdit {
                    for (intended, substitution) in model.producersByCode[code] {
                        if cost + substitution > budget { break }
                        let child = lexicon.child(of: node, code: intended)
                        if child >= 0 { step(child, j + 1, cost + substitution, edits + 1, crossesSpace) }
                    }
                    if full, node != 0, let insertion = model.insertionCost(observed), cost + insertion <= budget,
                       !observed.isSpace || spaceCanBeInsideWord(line, pieceStart: start, space: j) {
                        step(node, j + 1, cost + insertion, edits + 1, crossesSpace || observed.isSpace)
                    }
                    if full, cost + model.swapCost <= budget {
                        displacedMark(node, j, cost, edits, crossesSpace)
                    }
                }
            }
            // At most one character lost per word: two lost marks make a guess, not a repair.
            if canEdit, full, node != 0, deletionsOnPath == 0 {
                deletionsOnPath += 1
                defer { deletionsOnPath -= 1 }
                for (code, intended, deletion) in model.deletionsByCode {
                    if cost + deletion > budget { break }
                    // A "lost" letter identical to the one observed here would duplicate it.
                    if j < limit, line[j] == intended { continue }
                    let child = lexicon.child(of: node, code: code)
                    if child >= 0 { step(child, j, cost + deletion, edits + 1, crossesSpace) }
                }
            }
        }

        /// A combining mark that extraction moved past the next letter (observed X M for M X)
        /// or past the next consonant and its vowel (observed C V T for T C V).
        func displacedMark(_ node: Int, _ j: Int, _ cost: Float, _ edits: Int, _ crossesSpace: Bool) {
            guard j + 1 < limit, allowed[j + 1] else { return }
            let first = line[j], second = line[j + 1]
            if !ThaiScript.isCombiningMark(first), ThaiScript.isThai(first), ThaiScript.isCombiningMark(second) {
                walk(node, [second, first], to: j + 2)
            }
            if j + 2 < limit, allowed[j + 2], ThaiScript.isConsonant(first), ThaiScript.isCombiningMark(second),
               ThaiScript.kind(of: line[j + 2]) == .tone {
                walk(node, [line[j + 2], first, second], to: j + 3)
            }
            func walk(_ from: Int, _ intended: [Unicode.Scalar], to end: Int) {
                var node = from
                for scalar in intended {
                    node = lexicon.child(of: node, code: TrieAlphabet.code(scalar))
                    if node < 0 { return }
                }
                step(node, end, cost + model.swapCost, edits + 1, crossesSpace)
            }
        }

        step(0, start, 0, 0, false)
        for (offset, entry) in bestAtEnd.enumerated() where offset > 0 {
            guard let best = entry else { continue }
            let end = start + offset
            // A word ends where the next can start: never before a mark or a following vowel.
            // ("ลักษณ|๊ะ" read as ลักษณะ + "๊ะ" would put ะ between ณ and its tone mark.)
            if end < line.count, ThaiScript.cannotStartWord(line[end]) { continue }
            let word = lexicon.word(at: best.node)
            // A lone letter is not completed into a word ("เ" into "เท"): with one unit observed,
            // only same-length substitutions are evidence.
            if word.count > end - start, ThaiUnits.count(line, start..<end) < 2 { continue }
            emit(end, word, best.cost, best.crossesSpace)
        }
    }
}

/// Whether the space at `space` may be extraction damage inside a word: it
/// follows a dangling mark (`เป็ นไป`, `ตัง้ คณะ`) or a piece of two or more
/// units; never between lone letters (`พ ก`).
func spaceCanBeInsideWord(_ line: [Unicode.Scalar], pieceStart: Int, space: Int) -> Bool {
    guard space > pieceStart else { return false }
    if ThaiScript.isCombiningMark(line[space - 1]) { return true }
    var start = space - 1
    while start > pieceStart, !line[start - 1].isSpace { start -= 1 }
    return ThaiUnits.count(line, start..<space) >= 2
}

extension NoisyChannelDecoder.PathToken {
    /// A token of the exact segmentation as a path token.
    init(_ token: WordSegmenter.Token) {
        self.init(start: token.range.lowerBound, end: token.range.upperBound, cost: token.cost,
                  replacement: nil, unknown: !token.known, crossesSpace: false)
    }
}
