/// A graph's attributes (GraphML `for="graph"`).
public enum FlatGraphAttribute: String, CaseIterable, Sendable {
    case title, description, generator

    var reading: FlatReading {
        switch self {
        case .title: .text("title")
        case .description: .text("description")
        case .generator: .derived
        }
    }
}
