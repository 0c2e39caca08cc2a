/// The ordered list of repair stages: the one place that says which stages run and in
/// which order, and why each stands where it does.
public enum Pipeline {
    /// All stages in pipeline order, made from `configuration` and its ``RepairParameters``
    /// (disabled stages included; ``Normalizer`` leaves them out).
    public static func stages(for configuration: NormalizerConfiguration = .init()) -> [any RepairStage] {
        let p = configuration.parameters
        return [
            // 1. Encoding damage, so that every later stage sees real Thai characters.
            // Thai decoded as Latin-1 or Windows-1252: nothing else can read it until it is Thai again.
            RepairMojibake(parameters: p.repairMojibake),
            // Legacy-font glyph variants: the marks they stand for must exist before marks are moved.
            ReplacePrivateUseGlyphs(parameters: p.replacePrivateUseGlyphs),
            // Zero-width characters: they would split clusters and words for every stage after.
            RemoveInvisibleCharacters(parameters: p.removeInvisibleCharacters),
            // Lines an OCR engine read from rules, stamps and dots: before any stage reads them
            // as spread letters, words, English or item numbers.
            RemoveOCRDebris(parameters: p.removeOCRDebris),
            // A line PDF extraction broke before a mark, back on the line it continues: the marks
            // and spaces of a word are then judged with the whole word on one line.
            JoinLinesStartingWithMarks(parameters: p.joinLinesStartingWithMarks),
            // 2. Spacing, so that the marks of a cluster stand next to their base.
            // Letters spread apart, before the space-before-mark rule, which would join only some gaps.
            JoinSpreadLetters(parameters: p.joinSpreadLetters),
            // A space before a mark or following vowel, left where the spread rule did not apply.
            RemoveSpaceBeforeMarks(parameters: p.removeSpaceBeforeMarks),
            // A space before the dot of a number, before item numbers are read.
            RemoveSpaceInNumbers(parameters: p.removeSpaceInNumbers),
            // 3. The cluster itself.
            // Sara am first: marks are then ordered around one character, not two.
            ComposeSaraAm(parameters: p.composeSaraAm),
            // In extracted text that shows displaced marks, the context places them first
            // (a shape rule cannot tell a pushed mark from one out of order);
            MoveMarksByContext(parameters: p.moveMarksByContext),
            // then marks pushed past the next letter go back to their cluster, by shape,
            MoveDisplacedMarks(parameters: p.moveDisplacedMarks),
            // and are put in order inside it.
            ReorderThaiMarks(parameters: p.reorderThaiMarks),
            // With the marks in their clusters, the spaces extraction put inside words, by context
            // (a word must be whole before its sara am, tones or spelling are judged).
            RemoveSpacesInsideWords(parameters: p.removeSpacesInsideWords),
            // Then, in OCR text that wrote sara am in parts, the ring of ำ it dropped, by context.
            RestoreSaraAmByContext(parameters: p.restoreSaraAmByContext),
            // and the tone marks it dropped, by context.
            RestoreDroppedToneMarks(parameters: p.restoreDroppedToneMarks),
            // 4. Item numbers, from the numbering sequence, before any word is corrected near them.
            RepairItemNumbers(parameters: p.repairItemNumbers),
            // 5. Words.
            // English garbled into Thai-looking text first, so that the lexical stage does not
            // "correct" it into Thai words.
            RecoverGarbledEnglish(parameters: p.recoverGarbledEnglish),
            // Misread Thai letters and marks, against the lexicon and the OCR confusion model.
            CorrectLexicalErrors(parameters: p.correctLexicalErrors),
            // Names last: they use the confusions that the lexical corrections of the document showed.
            CorrectNameSpellings(parameters: p.correctNameSpellings),
            // 6. Digits last, a pure presentation choice that no repair should see.
            ConvertDigits(style: configuration.digits, parameters: p.convertDigits),
        ]
    }

    /// The names of all stages, in pipeline order.
    public static var stageNames: [String] { stages().map(\.name) }
}
