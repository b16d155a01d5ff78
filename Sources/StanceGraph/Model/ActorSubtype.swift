/// What kind of actor an actor node is.
public enum ActorSubtype: String, CaseIterable, Sendable, Codable {
    case person
    case government
    case state
    case organisation
    case media
    case thinkTank = "think-tank"
    case anonymousSources = "anonymous-sources"
    case officials
    case alliance
    case group
}
