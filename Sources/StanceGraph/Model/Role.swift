/// A role an actor holds over a span of dates (a spokesperson, a defence minister from May 2024).
public struct Role: Hashable, Sendable {
    /// What the role is: "spokesperson", "Minister of Defence".
    public var title: String
    /// The id of the actor the role is held in, if it is in the graph (`russia`, `kremlin`).
    public var of: String?
    public var from: PartialDate?
    public var until: PartialDate?

    public init(title: String, of: String? = nil, from: PartialDate? = nil, until: PartialDate? = nil) {
        self.title = title
        self.of = of
        self.from = from
        self.until = until
    }
}
