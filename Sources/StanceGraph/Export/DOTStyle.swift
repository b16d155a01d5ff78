/// How the DOT export draws each kind of node and type of edge.
///
/// Colours are the Okabe–Ito palette, which stays distinct for the common forms of colour
/// blindness. Colour never carries meaning alone: node kinds and actor subtypes differ by
/// shape, and every edge type has its own pair of line style and arrowhead, so supports,
/// opposes, demands and doubts can be told apart in greyscale print as well.
public enum DOTStyle {
    public enum Palette {
        public static let black = "#000000"
        public static let orange = "#E69F00"
        public static let skyBlue = "#56B4E9"
        public static let bluishGreen = "#009E73"
        public static let yellow = "#F0E442"
        public static let blue = "#0072B2"
        public static let vermillion = "#D55E00"
        public static let reddishPurple = "#CC79A7"
        /// A neutral grey for documents and the links between them.
        public static let grey = "#999999"
        public static let white = "#FFFFFF"
    }

    public struct NodeStyle: Hashable, Sendable {
        public var shape: String
        public var style: String
        public var fillColor: String
        public var color: String
    }

    public struct EdgeStyle: Hashable, Sendable {
        public var color: String
        /// `solid`, `dashed`, `dotted` or `bold`.
        public var style: String
        public var arrowhead: String
        public var penWidth: Double
    }

    /// The look of a node of this kind (and, for actors, subtype).
    public static func node(kind: NodeKind, subtype: ActorSubtype?) -> NodeStyle {
        switch kind {
        case .actor:
            let shape: String
            var style = "filled"
            switch subtype {
            case .person: shape = "ellipse"
            case .government: shape = "box"
            case .state: shape = "box3d"
            case .organisation: shape = "component"
            case .media: shape = "tab"
            case .thinkTank: shape = "folder"
            case .anonymousSources: shape = "ellipse"; style = "dashed,filled"
            case .officials: shape = "octagon"
            case .alliance: shape = "doubleoctagon"
            case .group: shape = "house"
            case nil: shape = "egg"
            }
            return NodeStyle(shape: shape, style: style, fillColor: Palette.skyBlue, color: Palette.black)
        case .position:
            return NodeStyle(shape: "box", style: "rounded,filled", fillColor: Palette.yellow, color: Palette.black)
        case .condition:
            return NodeStyle(shape: "hexagon", style: "filled", fillColor: Palette.orange, color: Palette.black)
        case .source:
            return NodeStyle(shape: "note", style: "filled", fillColor: Palette.white, color: Palette.grey)
        }
    }

    /// The look of an edge of this type. Arrowheads are all different, and so are the
    /// (line style, arrowhead) pairs.
    public static func edge(_ type: EdgeType) -> EdgeStyle {
        switch type {
        case .supports: return EdgeStyle(color: Palette.bluishGreen, style: "solid", arrowhead: "normal", penWidth: 1.5)
        case .opposes: return EdgeStyle(color: Palette.vermillion, style: "dashed", arrowhead: "tee", penWidth: 1.5)
        case .proposes: return EdgeStyle(color: Palette.blue, style: "solid", arrowhead: "onormal", penWidth: 1.5)
        case .rejects: return EdgeStyle(color: Palette.vermillion, style: "bold", arrowhead: "teetee", penWidth: 2)
        case .demands: return EdgeStyle(color: Palette.orange, style: "bold", arrowhead: "normalnormal", penWidth: 2)
        case .conditionsOn: return EdgeStyle(color: Palette.orange, style: "dotted", arrowhead: "odiamond", penWidth: 1.5)
        case .speaksFor: return EdgeStyle(color: Palette.black, style: "dashed", arrowhead: "vee", penWidth: 1)
        case .memberOf: return EdgeStyle(color: Palette.black, style: "solid", arrowhead: "odot", penWidth: 1)
        case .doubts: return EdgeStyle(color: Palette.blue, style: "dotted", arrowhead: "obox", penWidth: 2)
        case .denies: return EdgeStyle(color: Palette.reddishPurple, style: "dashed", arrowhead: "box", penWidth: 1.5)
        case .contradicts: return EdgeStyle(color: Palette.reddishPurple, style: "bold", arrowhead: "diamond", penWidth: 2)
        case .reports: return EdgeStyle(color: Palette.grey, style: "dashed", arrowhead: "dot", penWidth: 1)
        case .cites: return EdgeStyle(color: Palette.grey, style: "dotted", arrowhead: "curve", penWidth: 1)
        }
    }

    /// What a node of this kind and subtype is, for the legend.
    public static func legendLabel(kind: NodeKind, subtype: ActorSubtype?) -> String {
        guard kind == .actor else { return kind.rawValue }
        return subtype.map { "actor: \($0.rawValue)" } ?? "actor"
    }
}
