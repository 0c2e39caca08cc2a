/// The ordered list of repair stages: the one place that says which stages
/// run and in which order.
///
/// Order matters:
/// 1. encoding-level damage first (mojibake, Private Use glyphs, invisible
///    characters), so later stages see real Thai characters;
/// 2. then spacing (spread-out letters, spaces before marks), so the marks of
///    a cluster stand next to their base;
/// 3. then the cluster itself (sara am, mark order);
/// 4. then item numbers, from the numbering sequence of the document;
/// 5. then words: English garbled into Thai-looking text, then misread Thai
///    letters and marks, against the lexicons;
/// 6. digits last, as a pure presentation choice.
public enum Pipeline {
    /// All stages in pipeline order, configured by `configuration`
    /// (disabled stages included; ``Normalizer`` skips them).
    public static func stages(for configuration: NormalizerConfiguration = .init()) -> [any RepairStage] {
        [
            RepairMojibake(),
            ReplacePrivateUseGlyphs(),
            RemoveInvisibleCharacters(),
            JoinSpreadLetters(),
            RemoveSpaceBeforeMarks(),
            RemoveSpaceInNumbers(),
            ComposeSaraAm(),
            MoveDisplacedMarks(),
            ReorderThaiMarks(),
            RepairItemNumbers(),
            RecoverGarbledEnglish(),
            CorrectLexicalErrors(),
            CorrectNameSpellings(),
            ConvertDigits(style: configuration.digits),
        ]
    }

    /// The names of all stages, in pipeline order.
    public static var stageNames: [String] { stages().map(\.name) }
}
