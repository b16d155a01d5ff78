/// The rendered formats Graphviz produces from DOT.
public enum DiagramFormat: String, CaseIterable, Sendable {
    case svg, png, pdf
}
