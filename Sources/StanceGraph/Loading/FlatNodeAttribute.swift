/// A node's attributes, in the order the exports write them.
public enum FlatNodeAttribute: String, CaseIterable, Sendable {
    case id, label, name, kind, subtype, side, aliases, description, roles, title, publisher, published, url, file, notes

    public var valueType: FlatValueType { .string }

    var reading: FlatReading {
        typealias Key = GraphDecoder.NodeKey
        switch self {
        case .id: return .text(Key.id.rawValue)
        case .label: return .text(Key.label.rawValue)
        case .name: return .derived
        case .kind: return .text(Key.kind.rawValue)
        case .subtype: return .text(Key.subtype.rawValue)
        case .side: return .text(Key.side.rawValue)
        case .aliases: return .json(Key.aliases.rawValue)
        case .description: return .text(Key.description.rawValue)
        case .roles: return .json(Key.roles.rawValue)
        case .title: return .text(Key.title.rawValue)
        case .publisher: return .text(Key.publisher.rawValue)
        case .published: return .text(Key.published.rawValue)
        case .url: return .text(Key.url.rawValue)
        case .file: return .text(Key.file.rawValue)
        case .notes: return .text(Key.notes.rawValue)
        }
    }
}
