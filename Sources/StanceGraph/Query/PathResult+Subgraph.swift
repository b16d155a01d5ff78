extension QueryIndex {
    /// The node edge `edge` starts from.
    public func edgeSourceNode(_ edge: Int) -> Int { Int(edgeFrom[edge]) }
}
