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
