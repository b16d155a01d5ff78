/// The version of stancegraph, written into exports as their generator.
public let version = "0.1.0"
