/// The type of a statement's stance, read from its verb, negation and cue words.
///
/// Each cue is a phrase of folded words with the type it signals and a weight; the phrases are
/// matched on word boundaries in the statement (the reporting verb counts). A supporting cue
/// ("ready for", "open to", "wants") after a negation ("not", "no", "never", "n't", "unwilling")
/// within three words signals `opposes` instead. The type with the highest total wins; ties go
/// to the stronger claim (denies, doubts, rejects, demands, proposes, opposes, supports). The
/// confidence is `0.4 + 0.5 · (best − second) / best`, or 0.3 when no cue is found (the type
/// is then `supports`).
public enum StanceCues {
    public struct Reading: Hashable, Sendable {
        public var type: EdgeType
        public var confidence: Double
        /// The cue words that decided it, as written in the cue list.
        public var cues: [String]
    }

    /// The types a cue can signal, strongest first: the order that breaks ties.
    static let precedence: [EdgeType] = [.denies, .doubts, .rejects, .demands, .proposes, .opposes, .supports]

    static let cues: [(phrase: String, type: EdgeType, weight: Double)] = [
        // denials
        ("denied", .denies, 3), ("denies", .denies, 3), ("deny", .denies, 3), ("not true", .denies, 2), ("untrue", .denies, 2),
        // doubts
        ("phony", .doubts, 3), ("phoney", .doubts, 3), ("doubt", .doubts, 2), ("doubts", .doubts, 2), ("doubted", .doubts, 2),
        ("skeptical", .doubts, 2), ("sceptical", .doubts, 2), ("not credible", .doubts, 3), ("did not believe", .doubts, 3),
        ("does not believe", .doubts, 3), ("cannot determine", .doubts, 3), ("unclear", .doubts, 2), ("deception", .doubts, 3),
        ("feign", .doubts, 3), ("feigns", .doubts, 3), ("feigned", .doubts, 3), ("feigning", .doubts, 3), ("unlikely", .doubts, 2),
        ("cannot be trusted", .doubts, 3), ("not be trusted", .doubts, 3), ("only benefit", .doubts, 2), ("remote", .doubts, 2),
        ("fear", .doubts, 1.5), ("accused", .doubts, 2), ("dismissed", .doubts, 1), ("not reflect", .doubts, 2),
        ("no reason to", .doubts, 2), ("alleged", .doubts, 1), ("uncertain", .doubts, 1.5), ("questioning", .doubts, 1.5),
        ("at odds with", .doubts, 2), ("contrast sharply", .doubts, 2), ("no evidence", .doubts, 2), ("mistake", .doubts, 1),
        // rejections
        ("rejected", .rejects, 3), ("rejects", .rejects, 3), ("reject", .rejects, 3), ("ruled out", .rejects, 3), ("rules out", .rejects, 3),
        ("rule out", .rejects, 3), ("refused", .rejects, 2), ("refuses", .rejects, 2), ("impossible", .rejects, 2),
        ("no case of", .rejects, 3), ("unacceptable", .rejects, 3), ("unsustainable", .rejects, 2), ("non-starter", .rejects, 3),
        ("dismiss", .rejects, 1.5), ("never accept", .rejects, 3), ("will not accept", .rejects, 3), ("would accept", .rejects, 0),
        // demands
        ("must", .demands, 2), ("demand", .demands, 2), ("demands", .demands, 2), ("demanded", .demands, 2), ("insist", .demands, 1.5),
        ("insists", .demands, 1.5), ("insisted", .demands, 1.5), ("insistence", .demands, 2), ("on condition that", .demands, 3),
        ("non-negotiable", .demands, 3), ("only if", .demands, 2), ("until there are", .demands, 2), ("guarantees", .demands, 1.5),
        ("require", .demands, 1), ("requires", .demands, 1), ("lock in", .demands, 2), ("locking in", .demands, 2),
        ("prerequisite", .demands, 2), ("short of", .demands, 1.5), ("precondition", .demands, 3),
        // proposals
        ("proposed", .proposes, 3), ("proposal", .proposes, 3), ("proposes", .proposes, 3), ("offer", .proposes, 2),
        ("offered", .proposes, 2), ("initiative", .proposes, 2), ("suggested", .proposes, 1), ("put forward", .proposes, 2),
        ("hosted by", .proposes, 1.5), ("plan", .proposes, 1),
        // oppositions
        ("opposed", .opposes, 3), ("opposes", .opposes, 3), ("opposition", .opposes, 2), ("against", .opposes, 1.5),
        ("avoid", .opposes, 2), ("unwilling", .opposes, 3), ("no plans", .opposes, 3), ("does not want", .opposes, 3),
        ("do not want", .opposes, 3), ("did not want", .opposes, 3), ("does not need", .opposes, 3), ("uninterested", .opposes, 3),
        ("destroy", .opposes, 2), ("destroying", .opposes, 2), ("destruction", .opposes, 2), ("concerns about", .opposes, 1.5),
        ("without", .opposes, 0.5), ("block", .opposes, 1.5), ("derail", .opposes, 1.5),
        // support
        ("ready for", .supports, 3), ("ready to", .supports, 3), ("readiness", .supports, 3), ("open to", .supports, 3),
        ("willing", .supports, 2.5), ("willingness", .supports, 2.5), ("prepared to", .supports, 2.5), ("support", .supports, 2),
        ("supports", .supports, 2), ("backs", .supports, 2), ("want", .supports, 1.5), ("wants", .supports, 1.5),
        ("interested in", .supports, 2), ("interest in", .supports, 2), ("favour", .supports, 2), ("favor", .supports, 2),
        ("signaling", .supports, 1.5), ("signalling", .supports, 1.5), ("satisfied", .supports, 1.5), ("satisfaction", .supports, 1.5),
        ("stand by", .supports, 2), ("vowed", .supports, 1.5), ("committed to", .supports, 1.5), ("aims to", .supports, 1),
        ("continue", .supports, 1), ("prefer", .supports, 1.5), ("push for", .supports, 1.5), ("speed up", .supports, 1.5),
        ("will help", .supports, 1.5), ("determined to", .supports, 1.5),
    ]

    static let negations: Set<String> = ["not", "no", "never", "n't", "cannot", "nor", "without"]

    /// The stance type of `text`.
    public static func read(_ text: String) -> Reading {
        let words = NameWords.fold(text.replacingOccurrences(of: "n’t", with: " not").replacingOccurrences(of: "n't", with: " not"))
            .split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init)
        var scores: [EdgeType: Double] = [:]
        var found: [EdgeType: [String]] = [:]
        for cue in cues {
            let phrase = cue.phrase.split(separator: " ").map(String.init)
            guard phrase.count <= words.count else { continue }
            for start in 0...(words.count - phrase.count) where Array(words[start..<start + phrase.count]) == phrase {
                var type = cue.type
                if type == .supports, words[max(0, start - 3)..<start].contains(where: negations.contains) { type = .opposes }
                scores[type, default: 0] += cue.weight
                if cue.weight > 0 { found[type, default: []].append(cue.phrase) }
            }
        }
        let ranked = precedence.enumerated().map { ($1, scores[$1] ?? 0, $0) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }
        guard let best = ranked.first, best.1 > 0 else { return Reading(type: .supports, confidence: 0.3, cues: []) }
        let second = ranked.dropFirst().first?.1 ?? 0
        let confidence = 0.4 + 0.5 * (best.1 - second) / best.1
        return Reading(type: best.0, confidence: (confidence * 100).rounded() / 100, cues: found[best.0] ?? [])
    }
}
