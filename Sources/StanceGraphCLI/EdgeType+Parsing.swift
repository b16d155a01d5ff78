import Foundation
import ArgumentParser
import StanceGraph

extension EdgeType {
    /// Edge types from comma-separated or repeated option values; a `ValidationError` (exit 64)
    /// names a value that is not a type.
    static func parseList(_ values: [String], option: String) throws -> Set<EdgeType> {
        var types = Set<EdgeType>()
        for name in values.flatMap({ $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }) where !name.isEmpty {
            guard let type = EdgeType(rawValue: name) else {
                throw ValidationError("\(option) \"\(name)\" is not an edge type. Valid types: \(EdgeType.sortedNames.joined(separator: ", ")).")
            }
            types.insert(type)
        }
        return types
    }
}
