import CGraphviz

/// Placeholder until rendering lands; proves the target links libgvc.
public enum GraphvizLibrary {
    /// The version of the Graphviz library linked in.
    public static var version: String {
        guard let context = gvContext() else { return "unknown" }
        defer { gvFreeContext(context) }
        return String(cString: gvcVersion(context))
    }
}
