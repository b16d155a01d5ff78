/// What a node in a stance graph stands for.
public enum NodeKind: String, CaseIterable, Sendable, Codable {
    /// Someone who takes stances: a person, a government, an organisation, anonymous sources…
    case actor
    /// Something an actor can be for or against: a ceasefire on current lines, talks with Putin…
    case position
    /// Something an actor attaches to a position: recognition of annexed regions, demilitarisation…
    case condition
    /// A document that reports stances: an article, a report, an assessment.
    case source
}
