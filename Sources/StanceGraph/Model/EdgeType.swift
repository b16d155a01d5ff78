/// The closed vocabulary of edge types, each with its meaning and the node kinds it may join.
public enum EdgeType: String, CaseIterable, Sendable, Codable {
    case supports
    case opposes
    case proposes
    case rejects
    case demands
    case conditionsOn = "conditions-on"
    case speaksFor = "speaks-for"
    case memberOf = "member-of"
    case doubts
    case denies
    case contradicts
    case reports
    case cites

    /// One sentence on what an edge of this type asserts.
    public var meaning: String {
        switch self {
        case .supports: return "the actor is in favour of the position or condition"
        case .opposes: return "the actor is against the position or condition"
        case .proposes: return "the actor puts the position forward as an offer or plan"
        case .rejects: return "the actor turns down the position, offer or condition"
        case .demands: return "the actor requires the condition to be met"
        case .conditionsOn: return "the position holds only if the condition is met"
        case .speaksFor: return "the actor speaks on behalf of another actor (a spokesperson, a ministry)"
        case .memberOf: return "the actor belongs to a larger actor (a minister to a government, a state to an alliance)"
        case .doubts: return "the actor questions a stance, a reported stance (an edge) or a position"
        case .denies: return "the actor says a reported stance (an edge) or a claim is not true"
        case .contradicts: return "the actor or source says the opposite of a reported stance (an edge)"
        case .reports: return "the actor tells of another's stance (an edge) or passes on what an actor says: anonymous sources describing it, an outlet relaying it, an analyst inferring it"
        case .cites: return "the source relays or republishes another source"
        }
    }

    /// Whether edges of this type record what someone says, and so need provenance.
    public var isStance: Bool {
        switch self {
        case .memberOf, .cites, .conditionsOn: return false
        default: return true
        }
    }

    /// The node kinds an edge of this type may start from.
    public var allowedFromKinds: Set<NodeKind> {
        switch self {
        case .conditionsOn: return [.position, .condition]
        case .cites: return [.source]
        case .contradicts: return [.actor, .source]
        default: return [.actor]
        }
    }

    /// The node kinds an edge of this type may point at.
    public var allowedToKinds: Set<NodeKind> {
        switch self {
        case .supports, .opposes, .rejects: return [.position, .condition]
        case .proposes: return [.position, .condition]
        case .demands: return [.condition]
        case .conditionsOn: return [.condition]
        case .speaksFor, .memberOf: return [.actor]
        case .doubts, .denies, .contradicts: return [.actor, .position, .condition]
        case .reports: return [.actor]
        case .cites: return [.source]
        }
    }

    /// The type's position in `allCases` (the vocabulary's order), without hashing.
    var vocabularyIndex: Int {
        switch self {
        case .supports: 0
        case .opposes: 1
        case .proposes: 2
        case .rejects: 3
        case .demands: 4
        case .conditionsOn: 5
        case .speaksFor: 6
        case .memberOf: 7
        case .doubts: 8
        case .denies: 9
        case .contradicts: 10
        case .reports: 11
        case .cites: 12
        }
    }

    /// Whether an edge of this type may point at another edge: a claim about a claim.
    public var mayTargetEdge: Bool {
        switch self {
        case .doubts, .denies, .contradicts, .reports: return true
        default: return false
        }
    }

    /// Whether an edge of this type may go from a node to that same node. Only `contradicts`:
    /// an actor contradicting itself (what it says now against what it said) is news. Nobody
    /// speaks for, belongs to, doubts, denies or reports on itself, no source cites itself and
    /// no condition is its own condition; the other types join different kinds of node anyway.
    public var allowsSelfLoop: Bool { self == .contradicts }

    /// The types that may point at an edge, in the order they are documented.
    public static var edgeTargetingTypes: [EdgeType] { allCases.filter(\.mayTargetEdge) }

    /// The types in the order they are documented, as a sorted list for messages.
    public static var sortedNames: [String] { allCases.map(\.rawValue).sorted() }
}

extension EdgeType {
    /// Whether an edge of this type records a stance an actor takes on something (everything
    /// `isStance` except `speaks-for`, which says who talks for whom).
    public var expressesStance: Bool { isStance && self != .speaksFor }

    /// Whether the stance is for its target (supports, proposes, demands).
    public var isFor: Bool { self == .supports || self == .proposes || self == .demands }

    /// Whether the stance is against its target (opposes, rejects).
    public var isAgainst: Bool { self == .opposes || self == .rejects }
}
