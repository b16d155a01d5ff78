/// A node: an actor, a position, a condition or a source document.
public struct Node: Hashable, Sendable {
    /// A stable slug such as `putin`; unique across the nodes and edges of a graph.
    public var id: String
    public var kind: NodeKind
    public var label: String
    public var aliases: [String]
    public var description: String?

    // Actors
    public var subtype: ActorSubtype?
    /// The country or side an actor belongs to: `russia`, `ukraine`, `west`…
    public var side: String?
    public var roles: [Role]

    // Sources
    public var title: String?
    public var publisher: String?
    public var published: PartialDate?
    public var url: String?
    /// The local text of the document, relative to the graph file's folder or to the folder of source texts.
    public var file: String?

    public var notes: String?
    /// Where the node is declared in the input.
    public var location: SourceLocation?

    public init(
        id: String, kind: NodeKind, label: String, aliases: [String] = [], description: String? = nil,
        subtype: ActorSubtype? = nil, side: String? = nil, roles: [Role] = [],
        title: String? = nil, publisher: String? = nil, published: PartialDate? = nil,
        url: String? = nil, file: String? = nil, notes: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.aliases = aliases
        self.description = description
        self.subtype = subtype
        self.side = side
        self.roles = roles
        self.title = title
        self.publisher = publisher
        self.published = published
        self.url = url
        self.file = file
        self.notes = notes
        self.location = location
    }
}
