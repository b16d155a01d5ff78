/// The files and header types of the CSV export (neo4j-admin's bulk import format).
public enum CSVLayout {
    public static let nodesFileName = "nodes.csv"
    public static let edgesFileName = "edges.csv"

    /// The part of a header after the `:` (`id:ID`, `:START_ID`, `confidence:double`).
    public enum FieldType: String, Sendable {
        case id = "ID", label = "LABEL", startID = "START_ID", endID = "END_ID", type = "TYPE"
        case boolean, int, double

        /// The header type of a property of `valueType`; `nil` for a string (no type written).
        public init?(_ valueType: FlatValueType) {
            switch valueType {
            case .string: return nil
            case .boolean: self = .boolean
            case .int: self = .int
            case .double: self = .double
            }
        }
    }
}
