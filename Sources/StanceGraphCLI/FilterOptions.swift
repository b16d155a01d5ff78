import Foundation
import ArgumentParser
import StanceGraph

/// The filters exports and queries share.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep what was valid on this date (YYYY, YYYY-MM or YYYY-MM-DD): edges whose valid_from (else earliest evidence date) to valid_until span overlaps it.", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Keep what the evidence published by this date said, whatever its validity: records dated, and from sources published, on or before it.", valueName: "date"))
    var reportedBy: String?

    @Option(name: .customLong("type"), help: ArgumentHelp("Keep only edges of these types (comma-separated or repeated), and the stances a kept claim is about.", valueName: "type"))
    var types: [String] = []

    @Option(name: .customLong("source"), help: ArgumentHelp("Keep only evidence from this source id (repeatable).", valueName: "id"))
    var sources: [String] = []

    @Option(help: ArgumentHelp("Keep only edges at least this confident (0 to 1; edges without a confidence count as 1).", valueName: "x"))
    var minConfidence: Double?

    @Flag(help: "Keep candidate edges (status: candidate: proposed, not yet reviewed), which are left out otherwise.")
    var includeCandidates = false

    func validate() throws {
        _ = try makeFilter()
    }

    /// Whether no filter option was given.
    var isEmpty: Bool { asOf == nil && reportedBy == nil && types.isEmpty && sources.isEmpty && minConfidence == nil }

    /// The filter these options describe; a `ValidationError` (exit 64) names a bad value.
    func makeFilter(egoCentre: String? = nil, egoDepth: Int = 1) throws -> GraphFilter {
        var filter = GraphFilter(egoCentre: egoCentre, egoDepth: egoDepth, includeCandidates: includeCandidates)
        filter.asOf = try asOf.map { try PartialDate.parseOption($0, option: "--as-of") }
        filter.reportedBy = try reportedBy.map { try PartialDate.parseOption($0, option: "--reported-by") }
        filter.types = try EdgeType.parseList(types, option: "--type")
        filter.sources = Set(sources)
        if let minConfidence {
            guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1, not \(minConfidence).") }
            filter.minConfidence = minConfidence
        }
        return filter
    }
}

extension GraphFilter.FilterError {
    /// The message for an unknown id in a filter, with a suggestion when one is close.
    var message: String? {
        switch self {
        case let .unknownNode(id, suggestion):
            return "no node \"\(id)\" in the graph" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case let .unknownSource(id, suggestion):
            return "no source \"\(id)\" in the graph" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        }
    }
}
