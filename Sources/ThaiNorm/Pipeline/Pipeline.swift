/// The ordered list of repair stages: the one place that says which stages run and in
/// which order, and why each stands where it does.
public enum Pipeline {
    /// All stages in pipeline order, made from `configuration` and its ``RepairParameters``
    /// (disabled stages included; ``Normalizer`` leaves them out).
    public static func stages(for configuration: NormalizerConfiguration = .init()) -> [any RepairStage] {
        let p = configuration.parameters
        return [
            // Encoding damage first, so that every later stage sees real Thai characters:
            RepairMojibake(parameters: p.repairMojibake),                  // Thai decoded as Latin-1/Windows-1252
            ReplacePrivateUseGlyphs(parameters: p.replacePrivateUseGlyphs), // legacy-font glyph variants
            RemoveInvisibleCharacters(parameters: p.removeInvisibleCharacters), // zero-width characters
            // Then spacing, so that the marks of a cluster stand next to their base:
            JoinSpreadLetters(parameters: p.joinSpreadLetters),            // before the space-before-mark rule,
                                                                            // which would join only some gaps
            RemoveSpaceBeforeMarks(parameters: p.removeSpaceBeforeMarks),
            RemoveSpaceInNumbers(parameters: p.removeSpaceInNumbers),      // before item numbers are read
            // Then the cluster itself:
            ComposeSaraAm(parameters: p.composeSaraAm),                    // before marks are ordered around it
            MoveDisplacedMarks(parameters: p.moveDisplacedMarks),          // marks back to their cluster, then
            ReorderThaiMarks(parameters: p.reorderThaiMarks),              // ordered inside it
            // Then item numbers, from the numbering sequence, before words are corrected:
            RepairItemNumbers(parameters: p.repairItemNumbers),
            // Then words: English garbled into Thai-looking text first, so that the lexical
            // stage does not "correct" it into Thai; names last, with the confusions the
            // dictionary corrections of the document showed:
            RecoverGarbledEnglish(parameters: p.recoverGarbledEnglish),
            CorrectLexicalErrors(parameters: p.correctLexicalErrors),
            CorrectNameSpellings(parameters: p.correctNameSpellings),
            // Digits last, as a pure presentation choice:
            ConvertDigits(style: configuration.digits, parameters: p.convertDigits),
        ]
    }

    /// The names of all stages, in pipeline order.
    public static var stageNames: [String] { stages().map(\.name) }
}
