/// The type of a flat attribute's value, as GraphML declares it and a CSV header names it.
public enum FlatValueType: String, Sendable {
    case string, boolean, int, double
}
