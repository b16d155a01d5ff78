/// Who is speaking in a sentence, as read from the words around a reporting verb.
enum SpeakerKind: Hashable {
    /// A named actor of the graph (or proposed by this extraction).
    case actor(String)
    /// A spokesperson for `principal`.
    case spokesperson(principal: String)
    /// Unnamed people: a group of the graph, or a new one.
    case anonymous(group: String)
    /// Analysts, a think tank: an assessment.
    case analyst(String)
    /// An outlet relaying others ("Reuters reported").
    case relay(String?)
}

/// Words that tell who a phrase names.
enum SpeakerWords {
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "warned", "warns", "accused", "accuses",
        "dismissed", "dismisses", "rejected", "rejects", "denied", "denies", "deny", "insisted", "insists", "asserted",
        "asserts", "stated", "states", "claimed", "claims", "claim", "assessed", "assesses", "assess", "argued", "argues",
        "argue", "suggested", "suggests", "suggest", "predicted", "predicts", "reiterated", "reiterates", "emphasized",
        "emphasised", "emphasizes", "vowed", "vows", "announced", "announces", "acknowledged", "acknowledges",
        "reported", "reports", "indicated", "indicates", "indicate", "noted", "notes", "described", "describes",
        "confirmed", "confirms", "maintains", "maintained", "echoed", "hinted", "boasted", "conveyed", "spoke",
        "cited", "believe", "believes", "expressed", "signaled", "signalled", "explained", "stressed", "admitted",
        "urged", "called", "questioned", "doubted",
    ]
    /// Verbs by which an outlet passes on what others say.
    static let relayVerbs: Set<String> = ["reported", "reports", "cited"]
    /// Words that may stand between a subject and its verb.
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "repeatedly", "firmly", "reportedly", "previously", "recently", "notably",
        "did", "does", "do", "will", "would", "could", "may", "might", "immediately", "further", "publicly",
        "privately", "routinely", "again", "already", "then", "consistently", "continue", "continues", "to", "often",
        "once", "later", "earlier", "explicitly", "openly", "long", "bluntly", "herself", "himself", "themselves",
    ]
    /// A verb after one of these is passive ("is said to be"): no speaker.
    static let passiveMarkers: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]
    static let pronouns: Set<String> = ["he", "she", "they", "we", "it"]
    static let relatives: Set<String> = ["who", "whose", "which", "that", "whom"]
    static let leadingWords: Set<String> = [
        "but", "and", "however", "meanwhile", "moreover", "also", "so", "yet", "still", "in", "fact", "indeed",
        "instead", "then", "now", "ultimately", "furthermore", "separately",
    ]
    static let phraseOpeners: Set<String> = [
        "during", "responding", "speaking", "on", "at", "after", "before", "for", "based", "with", "despite",
        "while", "in", "asked", "writing", "according", "from", "since", "when", "as", "like", "unlike", "following",
    ]
    static let spokesWords: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "secretary"]
    static let anonymousNouns: Set<String> = [
        "source", "sources", "official", "officials", "person", "people", "insider", "insiders", "diplomat",
        "diplomats", "aide", "aides", "figure", "figures", "adviser", "advisers", "advisor", "advisors",
    ]
    static let analystNouns: Set<String> = ["analyst", "analysts", "expert", "experts", "observers", "observer", "researchers"]
    static let mediaNouns: Set<String> = ["media", "newspaper", "outlet", "outlets", "press", "reporting", "report", "reports", "agency"]
    /// Words of titles and origins, not of a person's name.
    static let titleWords: Set<String> = [
        "president", "minister", "foreign", "defense", "defence", "secretary", "of", "state", "spokesman", "prime",
        "chancellor", "general", "gen", "senator", "sen", "ambassador", "envoy", "official", "leader", "chief",
        "deputy", "adviser", "advisor", "mr", "mrs", "ms", "dr", "former", "senior", "western", "european", "the",
        "us", "u", "s", "uk", "eu", "un", "head", "commander", "director", "spokeswoman", "vice", "and", "a", "an",
    ]
    static let determinersOfKnownGroups: Set<String> = ["the", "these", "those", "its", "their", "all", "both", "one", "another", "other"]
    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "multiple", "many", "a", "an", "unspecified", "unnamed", "anonymous"]

    static func isNationality(_ word: String) -> Bool {
        ["ian", "ean", "ese", "ish", "can", "ern"].contains { word.hasSuffix($0) } && word.count > 4
    }
}
