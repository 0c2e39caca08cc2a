/// Checks of whether a sequence of Thai characters is well-formed writing.
///
/// Used to tell real Thai from byte soup (legacy-encoding detection,
/// mojibake repair); not a spelling check.
enum ThaiOrthography {
    /// Counts Thai characters and those that stand where Thai writing never
    /// puts them: a combining mark not on a consonant or another mark, a
    /// leading vowel not followed by a consonant, ะ/า/ำ with nothing to follow.
    ///
    /// Complexity: O(n).
    static func violations(in scalars: some Collection<Unicode.Scalar>) -> (thai: Int, consonants: Int, violations: Int) {
        var thai = 0, consonants = 0, violations = 0
        var previous: Unicode.Scalar? = nil
        var pendingLeading = false
        for scalar in scalars {
            defer { previous = scalar }
            guard let kind = ThaiScript.kind(of: scalar) else {
                if pendingLeading { violations += 1; pendingLeading = false }
                continue
            }
            thai += 1
            if pendingLeading, kind != .consonant { violations += 1 }
            pendingLeading = false
            let previousKind = previous.flatMap(ThaiScript.kind(of:))
            switch kind {
            case .consonant:
                consonants += 1
            case .leadingVowel:
                pendingLeading = true
            case .aboveVowel, .belowVowel, .tone, .sign:
                if previousKind != .consonant, !(previous.map(ThaiScript.isCombiningMark) ?? false) {
                    violations += 1
                }
            case .followingVowel:
                if previousKind == nil || previousKind == .leadingVowel || previousKind == .digit { violations += 1 }
            case .digit, .other:
                break
            }
        }
        if pendingLeading { violations += 1 }
        return (thai, consonants, violations)
    }

    /// Whether `word` is made only of Thai characters, has a consonant, and breaks no rule above.
    static func isPlausibleWord(_ word: [Unicode.Scalar]) -> Bool {
        let counts = violations(in: word)
        return counts.thai == word.count && counts.consonants > 0 && counts.violations == 0
    }
}
