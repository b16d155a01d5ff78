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

        /// `attributes` (names with quoted values) of a node or diamond drawn with `emphasis`.
        static func node(_ attributes: [(String, String)], _ emphasis: Emphasis) -> [(String, String)] {
            switch emphasis {
            case .plain:
                return attributes
            case .highlighted:
                return adding(class: "highlighted", to: attributes) + [("penwidth", DOTText.quoted(DOTStyle.Faded.highlightedOutline))]
            case .faded:
                var faded = adding(class: "faded", to: attributes)
                for index in faded.indices {
                    switch faded[index].0 {
                    case "color": faded[index].1 = DOTText.quoted(DOTStyle.Faded.stroke)
                    case "fillcolor": faded[index].1 = DOTText.quoted(DOTStyle.Faded.fill(unquoted(faded[index].1)))
                    default: break
                    }
                }
                return faded + [("fontcolor", DOTText.quoted(DOTStyle.Faded.text))]
            }
        }

        /// `attributes` of an edge (or one segment of it) drawn with `emphasis`.
        static func edge(_ attributes: [(String, String)], _ emphasis: Emphasis) -> [(String, String)] {
            switch emphasis {
            case .plain:
                return attributes
            case .highlighted:
                return adding(class: "highlighted", to: attributes).map { name, value in
                    name == "penwidth" ? (name, DOTText.quoted(DOTStyle.Faded.highlightedPenWidth(unquoted(value)))) : (name, value)
                }
            case .faded:
                return adding(class: "faded", to: attributes).map { name, value in
                    name == "color" ? (name, DOTText.quoted(DOTStyle.Faded.stroke)) : (name, value)
                } + [("fontcolor", DOTText.quoted(DOTStyle.Faded.text))]
            }
        }

        /// Appends a class to the `class` attribute (a quoted list of tokens without quotes or escapes).
        private static func adding(class token: String, to attributes: [(String, String)]) -> [(String, String)] {
            guard let index = attributes.firstIndex(where: { $0.0 == "class" }) else {
                return attributes + [("class", DOTText.quoted(token))]
            }
            var attributes = attributes
            attributes[index].1 = DOTText.quoted(unquoted(attributes[index].1) + " " + token)
            return attributes
        }

        /// A value as `DOTText.quoted` wrote it, for the plain values (colours, numbers, class tokens) this reads.
        private static func unquoted(_ value: String) -> String {
            value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 ? String(value.dropFirst().dropLast()) : value
        }
    }
}
