/// Gathers the people a document names, one entry per person: OCR variants
/// of one name (`มืสุข` / `มีสุข`, `รัซฎาพร` / `รัชฎาพร`) are merged, and
/// the spelling written most often, then the one best spelled in Thai
/// syllables, is reported.
///
/// Two spellings are one person when their given and family names have the
/// same *skeleton*: tone and vowel marks set aside and letters OCR confuses
/// (ช ซ ข ฃ, บ น, ป ฟ, ผ พ, ด ต ค ศ; `mappings/name-variants.tsv`) taken as one.
///
/// Complexity: O(n) in the number of names.
public struct PeopleExtractor: Sendable {
    let syllables: SyllableLexicon

    public init(syllables: SyllableLexicon = .shared) {
        self.syllables = syllables
    }

    /// Letter → the first letter of its class (`mappings/name-variants.tsv`).
    static let classes: [Unicode.Scalar: Unicode.Scalar] = MappingTable.required { () throws(MappingTable.Failure) in
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (line, fields) in try MappingTable.numberedRows(of: "name-variants.tsv") {
            let scalars = Array(fields[0].unicodeScalars)
            guard scalars.count >= 2, scalars.allSatisfy(ThaiScript.isThai) else {
                throw .malformed(file: "name-variants.tsv", line: line, reason: "expected two or more Thai letters")
            }
            for s in scalars { map[s] = scalars[0] }
        }
        return map
    }

    /// Marks OCR adds, drops or swaps: tone marks, thanthakhat, maitaikhu, mai han-akat.
    static func isLooseMark(_ s: Unicode.Scalar) -> Bool {
        (0x0E48...0x0E4C).contains(s.value) || s.value == 0x0E47 || s.value == 0x0E31
    }

    /// The key under which OCR variants of a name fall together.
    public static func skeleton(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for s in name.unicodeScalars where !isLooseMark(s) { out.append(classes[s] ?? s) }
        return String(out)
    }

    /// One person per skeleton of (given, family), in order of first mention.
    public func people(from occurrences: [NameOccurrence], positions: [String: [String]] = [:]) -> [Person] {
        var order: [String] = []
        var groups: [String: [NameOccurrence]] = [:]
        for occurrence in occurrences {
            let key = Self.skeleton(occurrence.given) + "|" + Self.skeleton(occurrence.family ?? "")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(occurrence)
        }
        return order.compactMap { key -> Person? in
            let group = groups[key]!
            let chosen = canonical(group)
            var titles: [String: Int] = [:]
            for occurrence in group { if let t = occurrence.title { titles[t, default: 0] += 1 } }
            let title = titles.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            let spellings = Set(group.map { spelling($0) })
            var stated: [String] = []
            for spelled in [chosen.fullName] + spellings.sorted() {
                for position in positions[spelled] ?? [] where !stated.contains(position) { stated.append(position) }
            }
            let person = Person(title: title, given: chosen.given, family: chosen.family,
                                positions: stated,
                                lines: Array(Set(group.map(\.line))).sorted(),
                                variants: spellings.filter { $0 != chosen.fullName }.sorted())
            return person
        }
    }

    func spelling(_ occurrence: NameOccurrence) -> String {
        occurrence.family.map { "\(occurrence.given) \($0)" } ?? occurrence.given
    }

    /// The spelling written most often; among equals, the one Thai syllables spell best.
    func canonical(_ group: [NameOccurrence]) -> (given: String, family: String?, fullName: String) {
        var counts: [String: (Int, NameOccurrence)] = [:]
        for occurrence in group {
            let key = spelling(occurrence)
            counts[key] = ((counts[key]?.0 ?? 0) + 1, occurrence)
        }
        let ranked = counts.sorted { a, b in
            if a.value.0 != b.value.0 { return a.value.0 > b.value.0 }
            let ca = cost(a.value.1), cb = cost(b.value.1)
            if ca != cb { return ca < cb }
            return a.key < b.key
        }
        let best = ranked[0].value.1
        return (best.given, best.family, ranked[0].key)
    }

    func cost(_ occurrence: NameOccurrence) -> Float {
        let given = syllables.cost(of: Array(occurrence.given.unicodeScalars)) ?? 100
        let family = occurrence.family.map { syllables.cost(of: Array($0.unicodeScalars)) ?? 100 } ?? 0
        return given + family
    }

    /// The canonical `given family` for every spelling in `people` (for criteria assignees).
    public static func canonicalNames(_ people: [Person]) -> [String: String] {
        var map: [String: String] = [:]
        for person in people {
            map[person.fullName] = person.fullName
            for variant in person.variants { map[variant] = person.fullName }
        }
        return map
    }
}
