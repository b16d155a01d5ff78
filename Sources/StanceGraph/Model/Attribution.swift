/// Who is speaking in a provenance record, which tells how far to trust it.
public enum Attribution: String, CaseIterable, Sendable, Codable {
    /// The actor said it publicly, in their own name.
    case onTheRecord = "on-the-record"
    /// A spokesperson said it for the actor.
    case spokesperson
    /// Unnamed sources said it.
    case anonymousSources = "anonymous-sources"
    /// An analyst's assessment, not the actor's own words.
    case analystAssessment = "analyst-assessment"
    /// The reporter's own summary of the actor's stance.
    case reporterSummary = "reporter-summary"
}

extension Attribution {
    /// How directly the words come from the actor: 0 for on the record, then a spokesperson,
    /// anonymous sources, an analyst's assessment, and a reporter's summary (4). Lower is more
    /// direct; this is the order in which evidence leads and paths are ranked.
    public var indirectness: Int {
        switch self {
        case .onTheRecord: 0
        case .spokesperson: 1
        case .anonymousSources: 2
        case .analystAssessment: 3
        case .reporterSummary: 4
        }
    }
}
