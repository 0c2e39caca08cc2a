import Foundation
import Testing
@testable import ThaiNorm
@testable import ThaiTrie

@Suite("Lexicon, segmentation, channel, names")
struct LexicalTests {
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test("the lexicon knows common and government words, not misspellings or lone letters")
    func lexicon() {
        let lexicon = Lexicon.shared
        #expect(lexicon.count > 60_000)
        // ธปท and ศบค come from government text (mappings/corpus-vocabulary.tsv).
        for word in ["ประชาชน", "หน่วยงาน", "ผู้รับผิดชอบ", "ปัญหา", "ราชการ", "คณะทำงาน", "ธปท", "ศบค", "ณ", "พ.ศ."] {
            #expect(lexicon.contains(scalars(word)), "\(word)")
        }
        for notWord in ["ประซาซน", "หน่วยงาบ", "ป้ญหา", "ก", "ข", ""] {
            #expect(!lexicon.contains(scalars(notWord)), "\(notWord)")
        }
        // More frequent words cost less.
        #expect(lexicon.cost(of: scalars("ที่"))! < lexicon.cost(of: scalars("ประชาสัมพันธ์"))!)
    }

    @Test("segmentation prefers known words and spells out unknown names unit by unit")
    func segmentation() {
        let segmenter = WordSegmenter()
        let text = scalars("การป้องกันความเสี่ยง")
        let tokens = segmenter.segment(text)
        #expect(tokens.allSatisfy { $0.known })
        #expect(tokens.map { String(String.UnicodeScalarView(text[$0.range])) }.joined(separator: "|").contains("ป้องกัน"))
        let name = scalars("ฉวีวรรณ")
        #expect(segmenter.segment(name).reduce(0) { $0 + $1.range.count } == name.count)
        #expect(segmenter.segment([]).isEmpty)
        // A space is a free token of its own; the words around it are segmented as without it.
        let spaced = scalars("การ ป้องกัน")
        let pieces = segmenter.segment(spaced)
        #expect(pieces.map(\.range) == [0..<3, 3..<4, 4..<spaced.count])
        #expect(pieces[1].known && pieces[1].cost == 0)
        #expect(pieces[0].cost == segmenter.segment(scalars("การ"))[0].cost)
        // Tokens read in place are those of the array, for a part of a line too; none for no text.
        let line = scalars("ที่ ฉวีวรรณ การป้องกัน")
        #expect(segmenter.withSegments(line, 4..<line.count) { Array($0) } == segmenter.segment(line, 4..<line.count))
        #expect(segmenter.withSegments(line, 4..<4) { $0.count } == 0)
    }

    @Test("units never split a cluster")
    func units() {
        let text = scalars("เป็นการ")
        var index = 0, pieces: [String] = []
        while index < text.count {
            let end = ThaiUnits.unitEnd(text, from: index, limit: text.count)
            pieces.append(String(String.UnicodeScalarView(text[index..<end])))
            index = end
        }
        #expect(pieces == ["เป็", "น", "กา", "ร"])
    }

    @Test("the channel knows the classic confusions, in both directions, and not across letter classes")
    func channel() {
        let model = ConfusionModel.shared
        #expect(model.substitutionCost(intended: "ช", observed: "ซ") < 3)
        #expect(model.substitutionCost(intended: "ซ", observed: "ช") < 3)
        #expect(model.substitutionCost(intended: "น", observed: "บ") < 5)
        #expect(model.substitutionCost(intended: "ก", observed: "ก") == 0)
        #expect(model.substitutionCost(intended: "า", observed: "ว") == .infinity)
        #expect(model.insertions["'"] != nil)
        #expect(model.insertions.keys.allSatisfy { !ThaiScript.isConsonant($0) && !ThaiScript.isLeadingVowel($0) })
        #expect(model.swapCost.isFinite)
    }

    @Test("a document's own clear corrections make the same confusion cheaper")
    func adaptation() {
        let model = ConfusionModel.shared
        let pair = ConfusionModel.SubstitutionPair(intended: "ช", observed: "ซ")
        let adapted = model.adapted(to: [pair: 10])
        #expect(adapted.substitutionCost(intended: "ช", observed: "ซ") < model.substitutionCost(intended: "ช", observed: "ซ"))
        #expect(adapted.substitutionCost(intended: "ช", observed: "ซ") >= model.adaptedCostFloor)
        #expect(model.adapted(to: [pair: 1]).substitutionCost(intended: "ช", observed: "ซ")
                == model.substitutionCost(intended: "ช", observed: "ซ"))
    }

    @Test("names after titles and in signature lines are protected; words that start like titles are not names")
    func names() throws {
        // Titles alone: the listed names of person-names.txt are another test's.
        let guardian = try NameGuard(file: "titles.txt", lexicon: .shared)
        func protected(_ text: String) -> [String] {
            let line = scalars(text)
            return guardian.protectedRanges(in: line).map { String(String.UnicodeScalarView(line[$0])) }
        }
        #expect(protected("นายสมบัติ อยู่สบาย") == ["สมบัติ อยู่สบาย"])
        #expect(protected("ผู้ประสานงาน น.ส.อารีย์ ยอดแก้ว โทร") == ["อารีย์ ยอดแก้ว"])
        #expect(protected("(นางฉวีวรรณ พิทักษ์วินัย)").first?.contains("ฉวีวรรณ") == true)
        #expect(protected("(ศุภกิจ ฝั้นชมภู)") == ["ศุภกิจ ฝั้นชมภู"])
        #expect(protected("นายกฤขณรงค์ ครองสุข") == ["กฤขณรงค์ ครองสุข"])
        #expect(protected("นายกเทศมนตรีตำบล").isEmpty)
        #expect(protected("เรียน นายอำเภอ").isEmpty)
        #expect(protected("ไม่มีชื่อคนในบรรทัดนี้").isEmpty)
        // A title after any opener, the line's start excluded: tab, quote, bracket, second name.
        #expect(protected("ที่ปรึกษา\tนายสมบัติ อยู่สบาย") == ["สมบัติ อยู่สบาย"])
        #expect(protected("ได้แก่ \"นางสาวอารีย์ ยอดแก้ว\" และ [นายสมบัติ อยู่สบาย]")
            == ["อารีย์ ยอดแก้ว\"", "สมบัติ อยู่สบาย]"])
        // Inside a token, title letters are not a title.
        #expect(protected("ประชาชนนายสมบัติ").isEmpty)
    }

    @Test("a token that is a listed given or family name is protected, title or not; the lexical stage keeps it as printed")
    func listedNames() throws {
        let guardian = NameGuard.shared
        func protected(_ text: String) -> [String] {
            let line = scalars(text)
            return guardian.protectedRanges(in: line).map { String(String.UnicodeScalarView(line[$0])) }
        }
        #expect(guardian.isListedName(scalars("จันทิหล้า")))
        #expect(!guardian.isListedName(scalars("ผู้รับผิดชอบ")))
        #expect(!guardian.isListedName(scalars("จันทิหล้าผู้")))
        #expect(protected("ลงชื่อ กนกชัย จันทิหล้า ผู้รับผิดชอบ").contains("จันทิหล้า"))
        #expect(protected("ผู้ตรวจ (จันทิหล้า),").contains("จันทิหล้า"))
        #expect(protected("ลงชื่อ จันทิหล้าผู้รับผิดชอบ").isEmpty)
        // With every edit applied, titles alone and no floor on the context, the lexical stage
        // reads the family name สุคทิน as a misspelled word (สุดทิน); the list keeps it.
        let text = "ลงชื่อ กรกมล สุคทิน ผู้รับผิดชอบ"
        #expect(Normalizer.everyEdit.normalize(text).text == text)
        let titlesOnly = try NameGuard(file: "titles.txt", lexicon: .shared)
        var anyContext = CorrectLexicalErrors.Parameters()
        anyContext.minimumContextGain = -.infinity
        let stages = Pipeline.stages(for: .everyEdit).map { stage -> any RepairStage in
            stage.name == "CorrectLexicalErrors" ? CorrectLexicalErrors(parameters: anyContext, names: titlesOnly) : stage
        }
        #expect(Normalizer(stages: stages, configuration: .everyEdit).normalize(text).text != text)
    }

    @Test("a word split by a line wrap is read with the neighbouring line: its pieces are kept, lines stay 1:1")
    func lineWrap() {
        let text = "และการจัดซื้อจัดจ้างภาครั\nฐของหน่วยงาน"
        let result = Normalizer.everyEdit.normalize(text)
        #expect(result.text == text)
        #expect(result.findings.count { $0.message.contains("split by the line wrap") } == 2)
        // Alone, the first line's piece is taken for a misspelled word (ภาครัฐ, with the ฐ twice once joined).
        #expect(Normalizer.everyEdit.normalize("และการจัดซื้อจัดจ้างภาครั").text != "และการจัดซื้อจัดจ้างภาครั")
        // Two lines that are words on their own, and a lone letter at a line's edge, are no wrap.
        let stage = CorrectLexicalErrors()
        #expect(stage.wrappedWords(in: [scalars("และการจัดซื้อจัดจ้างภาครั"), scalars("ฐของหน่วยงาน")]) == [0])
        #expect(stage.wrappedWords(in: [scalars("การประชุม"), scalars("คณะกรรมการ")]).isEmpty)
        #expect(stage.wrappedWords(in: [scalars("เป็ น"), scalars("ายกรัฐมนตรี")]).isEmpty)
    }

    @Test("a token opens after whitespace, a bracket or a quote, for every scalar of ASCII, Thai and beyond")
    func tokenOpeners() {
        let openers: Set<Unicode.Scalar> = [" ", "(", "[", "{", "\"", "'"]
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = openers.contains(scalar) || scalar.properties.isWhitespace
            #expect(NameGuard.opensToken(scalar) == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test("abbreviations: pieces of at most four letters beside a full stop, a known abbreviation ending a longer run at its stop, runs of two to five consonants that are no word; against a plain reading, on 5,000 random lines")
    func abbreviations() {
        #expect(CorrectLexicalErrors.abbreviations(in: Array("พ.ศ. ๒๕๖๖".unicodeScalars), lexicon: .shared) == [0..<1, 2..<3])
        #expect(CorrectLexicalErrors.abbreviations(in: Array("สพร/กชช".unicodeScalars), lexicon: .shared) == [0..<3, 4..<7])
        #expect(CorrectLexicalErrors.abbreviations(in: Array("คน ประชาชน".unicodeScalars), lexicon: .shared).isEmpty)
        #expect(CorrectLexicalErrors.abbreviations(in: [], lexicon: .shared).isEmpty)
        #expect(CorrectLexicalErrors.abbreviations(in: Array("เข้าครม.".unicodeScalars), lexicon: .shared) == [4..<7])
        /// The positions the rule covers, read the plain way: every full stop looked at from both
        /// sides, then every run of letters.
        func reference(_ line: [Unicode.Scalar]) -> Set<Int> {
            func isLetter(_ i: Int) -> Bool { i >= 0 && i < line.count && ThaiScript.isWordCharacter(line[i]) }
            var covered = Set<Int>()
            for index in line.indices where line[index] == "." {
                var lower = index
                while isLetter(lower - 1) { lower -= 1 }
                var upper = index + 1
                while isLetter(upper) { upper += 1 }
                if (1...4).contains(index - lower) {
                    covered.formUnion(lower..<index)
                } else if let known = (lower..<index).first(where: { Lexicon.shared.contains(line[$0...index]) }) {
                    covered.formUnion(known..<index)  // the end of a longer run: an abbreviation with its stop
                }
                if (1...4).contains(upper - index - 1) { covered.formUnion((index + 1)..<upper) }
            }
            var start = 0
            while start < line.count {
                guard isLetter(start) else { start += 1; continue }
                var end = start
                while isLetter(end) { end += 1 }
                if line[start..<end].allSatisfy(ThaiScript.isConsonant), (2...5).contains(end - start),
                   !Lexicon.shared.contains(line[start..<end]) {
                    covered.formUnion(start..<end)
                }
                start = end
            }
            return covered
        }
        forRandomLines(5_000, seed: 2566, from: "กขคนมรสพ.าิ่ /", upTo: 16) { line, _ in
            let found = CorrectLexicalErrors.abbreviations(in: line, lexicon: .shared)
            #expect(Set(found.flatMap { $0 }) == reference(line), "\(String(scalars: line))")
        }
    }

    @Test("runs of letters go on across one space or stray mark between letters, and stop at what may not change; against a plain reading, on 5,000 random lines")
    func runs() {
        let stage = CorrectLexicalErrors()
        #expect(stage.runs(in: [], allowed: []).isEmpty)
        #expect(stage.runs(in: Array("12 ab".unicodeScalars), allowed: Array(repeating: true, count: 5)).isEmpty)
        let line = Array("มี'ป้าย  ก ข,".unicodeScalars)
        #expect(stage.runs(in: line, allowed: Array(repeating: true, count: line.count)) == [0..<7, 9..<12])
        /// The plain reading: a letter, or a space or stray mark with a letter on each side.
        func reference(_ line: [Unicode.Scalar], _ allowed: [Bool]) -> [Range<Int>] {
            func isLetter(_ i: Int) -> Bool { i >= 0 && i < line.count && allowed[i] && ThaiScript.isWordCharacter(line[i]) }
            var runs: [Range<Int>] = []
            var index = 0
            while index < line.count {
                guard isLetter(index) else { index += 1; continue }
                var end = index + 1
                while end < line.count, isLetter(end)
                        || ((line[end].isSpace || stage.insertable.contains(line[end])) && isLetter(end - 1) && isLetter(end + 1)) {
                    end += 1
                }
                runs.append(index..<end)
                index = end
            }
            return runs
        }
        forRandomLines(5_000, seed: 7_2566, from: "กขา่ ',.1a", upTo: 14) { line, generator in
            let allowed = line.map { _ in Int.random(in: 0..<8, using: &generator) > 0 }
            #expect(stage.runs(in: line, allowed: allowed) == reference(line, allowed), "\(String(scalars: line)) \(allowed)")
        }
    }

    @Test("a correction's confidence is the logistic of its gap")
    func confidence() {
        let correction = NoisyChannelDecoder.Correction(range: 0..<1, replacement: [], gap: 3, realWord: false, accepted: true)
        #expect(abs(correction.confidence - 1 / (1 + exp(-3))) < 1e-9)
    }
}

@Suite("Garbled English")
struct GarbledEnglishTests {
    @Test("no span is flagged in the clean seeds 000–003")
    func cleanTextHasNoSpans() throws {
        // (The dev gold keeps unreadable handwriting as OCR printed it; it is checked for no changes instead.)
        let files = Repository.cleanSeeds()
        #expect(files.count == 4)
        for file in files {
            for (index, line) in Lines.split(try Repository.text(file)).enumerated() {
                let spans = GarbledEnglishDetector.spans(in: Array(line.content))
                #expect(spans.isEmpty, "\(file.lastPathComponent):\(index + 1)")
            }
        }
    }

    @Test("the lookalike channel is learned from real OCR for every lowercase letter")
    func channel() {
        let channel = LookalikeChannel.shared
        for letter in "abcdefghiklmnoprstuvwy".unicodeScalars {
            #expect(channel.emissions(of: letter).count > 2, "\(letter)")
        }
        #expect(channel.emissions(of: "a").first?.observed == ["ล"])
        // No letter comes out longer than the decoder matches, and a document cannot teach one.
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".unicodeScalars {
            #expect(channel.emissions(of: letter).allSatisfy { $0.observed.count <= LookalikeChannel.longestEmission }, "\(letter)")
        }
        let taught = channel.adapted(to: ["a\u{1F}ลลล": 9, "a\u{1F}ลแ": 9])
        #expect(!taught.emissions(of: "a").contains { $0.observed.count > LookalikeChannel.longestEmission })
        #expect(taught.emissions(of: "a").contains { $0.observed == ["ล", "แ"] })
        #expect(EnglishTermDecoder(channel: taught).emissionsByFirst["ล"]?.contains { $0.second == "แ" } == true)
    }

    @Test("the decoder reads a garbled glossary word and scores a given word")
    func decoder() throws {
        let decoder = EnglishTermDecoder()
        let observed = Array("00เออเลเอ".unicodeScalars)   // benchmark tune news-004, ocr300-tha+eng
        #expect(decoder.candidates(for: observed).first?.word == "Corporate")
        let corporate = try #require(decoder.cost(of: "corporate", observed: observed))
        let payment = try #require(decoder.cost(of: "payment", observed: observed))
        #expect(corporate < payment)
        #expect(decoder.candidates(for: []).isEmpty)
    }

    @Test("the search's readings are the cheapest of the whole vocabulary (its bounds never prune a better word)")
    func searchIsExact() {
        let decoder = EnglishTermDecoder()
        let vocabulary = decoder.vocabulary
        let words = vocabulary.cost.indices.filter { vocabulary.cost[$0].isFinite }.map { vocabulary.key(of: $0) }
        for token in ["00เออเลเอ", "6๐76โท๓", "11๒โ๐6"] {
            let observed = Array(token.unicodeScalars)
            let budget = decoder.budgetPerCharacter * Float(observed.count) + decoder.budgetSlack
            let costs = words.compactMap { decoder.cost(ofKey: $0, observed: observed) }.filter { $0 <= budget }.sorted()
            let found = decoder.candidates(for: observed).map(\.cost)
            #expect(!found.isEmpty, "\(token)")
            #expect(found.count == min(decoder.candidatesPerToken, costs.count), "\(token)")
            for (a, b) in zip(found, costs) { #expect(abs(a - b) < 1e-4, "\(token): \(found) against \(costs.prefix(found.count))") }
        }
    }

    @Test("a settled search gives the same best reading, and leaves out only readings a margin dearer")
    func settling() throws {
        let decoder = EnglishTermDecoder()
        let settling = EnglishTermDecoder.Settling(costPerCharacter: 2.5, shortLength: 3, shortCostPerCharacter: 1.2, margin: 0.5)
        // A clear reading (it settles), a contested or dear one (it does not), a short token.
        var decided = 0, undecided = 0
        for token in ["พล5*6", "0ลแ", "6๐76โท๓", "ก1:6โ", "^6ก1:6โ", "โ/\\(ว", "00เออเลเอ", "11๒โ๐6"] {
            let observed = Array(token.unicodeScalars)
            let full = decoder.candidates(for: observed)
            let settled = decoder.candidates(for: observed, settling: settling)
            #expect(settled.first == full.first, "\(token)")
            guard let best = full.first else { continue }
            let decisive = best.cost < settling.cost(forLength: observed.count)
                && (full.count < 2 || full[1].cost - best.cost >= settling.margin)
            if decisive { decided += 1 } else { undecided += 1 }
            if decisive {
                #expect(settled.dropFirst().allSatisfy { $0.cost - best.cost >= settling.margin }, "\(token)")
                #expect(full.filter { $0.cost - best.cost < settling.margin } == [best], "\(token)")
            } else {
                #expect(settled == full, "an undecided token is searched in full: \(token)")
            }
        }
        #expect(abs(settling.cost(forLength: 3) - 3.6) < 1e-4 && settling.cost(forLength: 4) == 10)
        #expect(decided > 0 && undecided > 0, "both kinds of token were tried: \(decided) decided, \(undecided) not")
    }

    @Test("the search queue pops every state, cheapest bound first, whatever the order of inserts")
    func searchQueue() {
        var generator = SystemRandomNumberGenerator()
        for bucketWidth: Float in [0.25, 1, 7] {
            var queue = EnglishTermDecoder.BucketQueue(bucketWidth: bucketWidth)
            #expect(queue.popMin() == nil, "empty")
            var held: [Float] = []
            var popped: [Float] = []
            for round in 0..<2_000 {
                // Mostly inserts, some below the bounds already popped (a bound need not grow).
                if round % 3 != 2 {
                    let bound = Float.random(in: 0..<40, using: &generator)
                    queue.insert(.init(bound: bound, node: Int32(round), depth: 0, row: 0))
                    held.append(bound)
                } else if let state = queue.popMin() {
                    #expect(state.bound == held.min(), "the cheapest held state comes first")
                    held.remove(at: held.firstIndex(of: state.bound)!)
                    popped.append(state.bound)
                }
            }
            while let state = queue.popMin() { popped.append(state.bound); held.removeAll { $0 == state.bound } }
            #expect(held.isEmpty)
            #expect(popped.count == 2_000 - 2_000 / 3)
        }
    }
}

@Suite("Lexicon trie")
struct LexiconTrieTests {
    @Test("words are found whatever the input order, under nodes with many children and with few")
    func lookups() {
        // ก has 8 children here, กา has 2: their children share the double array with other nodes'.
        let words = ["กข", "กค", "กง", "กจ", "กฉ", "กช", "กซ", "กา", "กาง", "กาย", "ข"]
        for order in [words, words.reversed(), words.shuffled()] {
            let lexicon = Lexicon(entries: order.map { (Array($0.unicodeScalars), 10) })
            #expect(lexicon.count == words.count)
            for word in words { #expect(lexicon.contains(Array(word.unicodeScalars)), "\(word)") }
            for absent in ["ก", "กฌ", "กาด", "ขา", "", "abc"] { #expect(!lexicon.contains(Array(absent.unicodeScalars)), "\(absent)") }
        }
    }

    @Test("the double array answers as a set of words: every word and prefix, on 2,000 generated words")
    func doubleArray() {
        var generator = SeededGenerator(seed: 64)
        // A small alphabet, so that words share prefixes and nodes compete for slots; "." is the
        // last trie code (129), ก the first Thai one.
        let alphabet = Array("กขคงาิ่์เ.".unicodeScalars)
        var words = Set<[Unicode.Scalar]>()
        while words.count < 2_000 {
            words.insert((0..<Int.random(in: 1...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        // Counts from 1 to 40: each word keeps its own cost.
        let counts = Dictionary(uniqueKeysWithValues: words.map { ($0, Double(Int.random(in: 1...40, using: &generator))) })
        let total = counts.values.reduce(0, +) + 1
        let lexicon = Lexicon(entries: counts.map { ($0.key, $0.value) })
        #expect(lexicon.count == words.count)
        for (word, count) in counts { #expect(lexicon.cost(of: word) == Float(-log(count / total)), "\(String(scalars: word))") }
        for _ in 0..<5_000 {
            let probe = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            #expect(lexicon.contains(probe) == words.contains(probe), "\(String(scalars: probe))")
            // Every word starting the probe, shortest first, and nothing else.
            var ends: [Int] = []
            lexicon.forEachWord(in: probe, from: 0, upTo: probe.count) { end, _ in ends.append(end) }
            #expect(ends == (1...max(1, probe.count)).filter { $0 <= probe.count && words.contains(Array(probe[..<$0])) })
            // The same walk over the probe's trie codes, ended by a 0 (the segmenter's).
            var fromCodes: [Int] = []
            let codes = probe.map { UInt8(TrieAlphabet.code($0)) } + [0]
            lexicon.withTrie { $0.forEachWord(codes: codes, from: 0) { end, _ in fromCodes.append(end) } }
            #expect(fromCodes == ends)
        }
        // A node spells its word back.
        for word in words.prefix(200) {
            var node = 0
            for scalar in word { node = lexicon.child(of: node, code: TrieAlphabet.code(scalar)) }
            #expect(lexicon.word(at: node) == word)
        }
    }

    @Test("the layout: a base for one node only, leaves over the free slots at the end, children near their parent")
    func layout() throws {
        for lexicon in [Lexicon.shared, SyllableLexicon.shared.syllables] {
            let slots = lexicon.slots
            let empty = TrieLayout.leafBase(slotCount: slots.count)
            // The last slots are free: a leaf's walk finds nothing there, whatever the code.
            #expect(slots[empty...].allSatisfy { $0.code == TrieSlot.noEdge })
            var owners: [Int: Int] = [:]
            var distances: [Int] = []
            for (slot, content) in slots.enumerated() where slot == 0 || content.code != TrieSlot.noEdge {
                if content.base != empty {
                    #expect(owners.updateValue(slot, forKey: content.base) == nil, "base \(content.base) shared")
                    #expect(content.base + TrieAlphabet.size <= slots.count)
                }
            }
            // Every used slot's parent has it as a child; and the child is near.
            for (slot, content) in slots.enumerated() where slot > 0 && content.code != TrieSlot.noEdge {
                let parent = try #require(owners[slot - Int(content.code)], "slot \(slot) has no parent")
                #expect(lexicon.withTrie { $0.child(of: parent, code: Int(content.code)) } == slot)
                if parent > 0 { distances.append(abs(slot - parent)) }
            }
            // A walk reads neighbouring slots: most children lie within 64 slots (512 bytes) of
            // their parent; a breadth-first layout puts them a level away, thousands of slots.
            // (Measured: 83% of the lexicon's, 61% of the syllables'.)
            let near = distances.count { $0 <= 64 }
            #expect(2 * near >= distances.count, "\(near) of \(distances.count) children near their parent")
        }
        // Code 0 (a scalar no word holds) leads nowhere, from any node.
        for node in [0, 1, 2] { #expect(Lexicon.shared.child(of: node, code: 0) == -1) }
    }

    @Test("the tries laid out at build time are those of the word lists as they stand: every slot, cost and count")
    func embeddedImages() throws {
        for list in WordList.embedded {
            let embedded = try #require(EmbeddedTries.image(of: list.file), "\(list.file)")
            let now = TrieImage(builder: try LexiconBuilder(file: list.file, smoothing: list.smoothing), costing: list.costing)
            #expect(embedded == now, "\(list.file)")
            #expect(embedded.words > 1_000)
        }
        #expect(EmbeddedTries.image(of: "pua.tsv") == nil)
    }

    @Test("an image survives bytes and base64; damaged text, another format and a truncated image are refused")
    func imageRoundTrip() throws {
        var builder = LexiconBuilder()
        for (word, count) in [("กา", 3.0), ("การ", 5), ("ก.ค.", 1), ("ข", 2)] { builder.insert(Array(word.unicodeScalars), count: count) }
        let image = TrieImage(builder: builder, costing: .relativeFrequency)
        func decoded(_ text: String) -> TrieImage? { Array(text.utf8).withUnsafeBufferPointer { TrieImage(base64: $0) } }
        let text = TrieImage.base64(image.bytes)
        #expect(decoded(text) == image)
        #expect(decoded(String(text.dropLast(4))) == nil)          // a slot short
        #expect(decoded("*" + text.dropFirst()) == nil)           // not base64
        #expect(decoded(TrieImage.base64(Array(repeating: 7, count: 48))) == nil)   // not an image
        #expect(decoded("") == nil)
        // The encoder is RFC 4648 base64, and the decoder reads every padding.
        var generator = SeededGenerator(seed: 4648)
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let encoded = TrieImage.base64(bytes)
            #expect(encoded == Data(bytes).base64EncodedString())
            #expect(Array(encoded.utf8).withUnsafeBufferPointer { TrieImage.decodeBase64($0) } == bytes)
        }
    }

    @Test("the embedded lexicon loads every row of mappings/lexicon.tsv")
    func embedded() throws {
        let rows = try MappingTable.numberedRows(of: "lexicon.tsv")
        #expect(Lexicon.shared.count == Set(rows.map { $0.fields[0] }).count)
        #expect(Lexicon.shared.contains(Array("ประชาชน".unicodeScalars)))
    }
}
