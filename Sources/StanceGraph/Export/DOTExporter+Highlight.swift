extension DOTExporter {
    /// The nodes and edges a diagram draws as the answer to a question (a path, a node's ego
    /// network), by id; the rest of the graph is drawn faded around them.
    ///
    /// Highlighted nodes get a thicker outline, highlighted edges a line twice as thick, both
    /// in their full colours, and the SVG class `highlighted`. Everything else keeps its shape
    /// and line style but is drawn in light grey (`DOTStyle.Faded`), with the class `faded`.
    /// Edges about edges are drawn through a diamond standing for the edge they are about (see
    /// `DOTExporter`): that diamond, and the segment from it to the target, are highlighted
    /// when that edge is, or when a highlighted edge leads through it to the target — a path
    /// from Kuleba's doubt of a reported stance walks on to the position the stance is about.
    public struct Highlight: Hashable, Sendable {
        public var nodes: Set<String>
        public var edges: Set<String>

        public init(nodes: Set<String> = [], edges: Set<String> = []) {
            self.nodes = nodes
            self.edges = edges
        }
    }

    /// How each node and edge of one graph is drawn under `Options.highlight`.
    struct HighlightPlan {
        enum Emphasis {
            /// No highlight asked for: drawn as usual.
            case plain
            case highlighted
            case faded
        }

        private let active: Bool
        private let nodes: Set<String>
        private let edges: [Bool]
        /// Edges that a highlighted edge about an edge leads through, to their target.
        private let passedThrough: [Bool]

        init(graph: Graph, highlight: Highlight?) {
            active = highlight != nil
            nodes = highlight?.nodes ?? []
            var edges = [Bool](repeating: false, count: highlight == nil ? 0 : graph.edges.count)
            var passedThrough = edges
            for id in highlight?.edges ?? [] {
                guard let index = graph.edgeIndex(of: id) else { continue }
                edges[index] = true
                var target = graph.edgeTargets[index]
                while case .edge(let claim) = target, !passedThrough[claim] {
                    passedThrough[claim] = true
                    target = graph.edgeTargets[claim]
                }
            }
            self.edges = edges
            self.passedThrough = passedThrough
        }

        func node(_ id: String) -> Emphasis {
            guard active else { return .plain }
            return nodes.contains(id) ? .highlighted : .faded
        }

        func edge(_ index: Int) -> Emphasis {
            guard active else { return .plain }
            return edges[index] ? .highlighted : .faded
        }

        /// The diamond standing for edge `index`, and the segment from it to the edge's target.
        func claim(_ index: Int) -> Emphasis {
            guard active else { return .plain }
            return edges[index] || passedThrough[index] ? .highlighted : .faded
        }

        /// `attributes` of a node or diamond drawn with `emphasis`.
        static func node(_ attributes: DOTAttributes, _ emphasis: Emphasis) -> DOTAttributes {
            var attributes = attributes
            switch emphasis {
            case .plain:
                break
            case .highlighted:
                add(class: "highlighted", to: &attributes)
                attributes["penwidth"] = .number(DOTStyle.Faded.highlightedOutline)
            case .faded:
                add(class: "faded", to: &attributes)
                if attributes["color"] != nil { attributes["color"] = .color(DOTStyle.Faded.stroke) }
                if case .color(let fill) = attributes["fillcolor"] { attributes["fillcolor"] = .color(DOTStyle.Faded.fill(fill)) }
                attributes["fontcolor"] = .color(DOTStyle.Faded.text)
            }
            return attributes
        }

        /// `attributes` of an edge (or one segment of it) drawn with `emphasis`.
        static func edge(_ attributes: DOTAttributes, _ emphasis: Emphasis) -> DOTAttributes {
            var attributes = attributes
            switch emphasis {
            case .plain:
                break
            case .highlighted:
                add(class: "highlighted", to: &attributes)
                if case .number(let width) = attributes["penwidth"] {
                    attributes["penwidth"] = .number(DOTStyle.Faded.highlightedPenWidth(width))
                }
            case .faded:
                add(class: "faded", to: &attributes)
                if attributes["color"] != nil { attributes["color"] = .color(DOTStyle.Faded.stroke) }
                attributes["fontcolor"] = .color(DOTStyle.Faded.text)
            }
            return attributes
        }

        /// Adds a token to the `class` attribute.
        private static func add(class token: String, to attributes: inout DOTAttributes) {
            if case .text(let classes) = attributes["class"] {
                attributes["class"] = .text(classes + " " + token)
            } else {
                attributes["class"] = .text(token)
            }
        }
    }
}
