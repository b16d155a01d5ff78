/// A brief in Markdown: what an actor says, what is said about a position, or the whole graph,
/// with every record's date, attribution and full quote, each cited by a number that leads to
/// the list of sources at the end; then the contradictions and doubts. It renders the same on
/// GitHub and through pandoc: text from the graph is escaped (``MarkdownText``).
public struct MarkdownBrief: Sendable {
    /// Whom or what the brief is about.
    public enum Subject: Hashable, Sendable {
        /// Every actor, one section each.
        case graph
        /// An actor (its node index): a section per position or condition it takes a stance on.
        case actor(Int)
        /// A position or condition (its node index): a section per actor with a stance on it.
        case position(Int)
    }

    public var graph: Graph
    public var subject: Subject
    /// The filters the brief was made with, in words (``ReportFilters``).
    public var filters: [String]

    public init(graph: Graph, subject: Subject, filters: [String] = []) {
        self.graph = graph
        self.subject = subject
        self.filters = filters
    }

    /// The brief.
    public func markdown() -> String {
        var writer = Writer(graph: graph)
        let index = QueryIndex(graph)
        var lines: [String] = []
        let graphTitle = graph.title.map { MarkdownText.escape($0) } ?? "the stance graph"
        switch subject {
        case .graph: lines.append("# Brief: \(graphTitle)")
        case .actor(let node), .position(let node): lines.append("# Brief: \(MarkdownText.escape(graph.nodes[node].label))")
        }
        lines.append("")
        lines.append("From \(graph.title == nil ? graphTitle : "*\(graphTitle)*"); filters: "
                     + (filters.isEmpty ? "none." : filters.map(MarkdownText.escape).joined(separator: "; ") + "."))
        lines.append("")

        // The stances, in sections.
        var subjectEdges: Set<Int> = []
        switch subject {
        case .graph:
            for actor in graph.nodes.indices where graph.nodes[actor].kind == .actor {
                let stances = index.outgoingEdges(of: actor).filter { graph.edges[$0].type.expressesStance }
                guard !stances.isEmpty else { continue }
                lines.append("## \(MarkdownText.escape(graph.nodes[actor].label))")
                lines.append("")
                for edge in graph.dateOrdered(stances) {
                    lines += writer.stance(edge, heading: "**\(graph.edges[edge].type.rawValue)** \(writer.target(of: edge))")
                    subjectEdges.insert(edge)
                }
                lines.append("")
            }
        case .actor(let actor):
            let stances = ActorStances(actor: actor, in: index)
            let references = stances.all + stances.voiced
            var byTarget: [String: [StanceReference]] = [:], order: [String] = []
            for reference in references {
                let key = writer.target(of: reference.edge)
                if byTarget[key] == nil { order.append(key) }
                byTarget[key, default: []].append(reference)
            }
            if references.isEmpty { lines += ["No stances of \(MarkdownText.escape(graph.nodes[actor].label)) in this graph.", ""] }
            for key in order {
                lines.append("## \(key)")
                lines.append("")
                for reference in byTarget[key]! {
                    let edge = reference.edge
                    var heading = "**\(graph.edges[edge].type.rawValue)**"
                    if graph.edgeTails[edge] != actor { heading += " (via \(MarkdownText.escape(graph.nodes[graph.edgeTails[edge]].label)))" }
                    if reference.spokespersonRecords != nil { heading += " (voiced as spokesperson)" }
                    lines += writer.stance(edge, heading: heading, records: reference.spokespersonRecords)
                    subjectEdges.insert(edge)
                }
                lines.append("")
            }
        case .position(let position):
            let stances = PositionStances(target: position, in: index)
            var byActor: [Int: [PositionStances.Entry]] = [:], order: [Int] = []
            for group in stances.groups {
                for entry in group.entries {
                    if byActor[entry.actor] == nil { order.append(entry.actor) }
                    byActor[entry.actor, default: []].append(entry)
                }
            }
            if order.isEmpty { lines += ["No stances on \(MarkdownText.escape(graph.nodes[position].label)) in this graph.", ""] }
            for actor in order {
                lines.append("## \(MarkdownText.escape(graph.nodes[actor].label))")
                lines.append("")
                for entry in byActor[actor]! {
                    var heading = "**\(graph.edges[entry.edge].type.rawValue)**"
                    if let claim = entry.claim { heading += " \(writer.describe(claim))" }
                    lines += writer.stance(entry.edge, heading: heading)
                    subjectEdges.insert(entry.edge)
                    if let claim = entry.claim { subjectEdges.insert(claim) }
                }
                lines.append("")
            }
        }

        // Contradictions and doubts about what the brief covers.
        var conflictLines: [String] = []
        for conflict in Contradictions(in: index).conflicts {
            let relevant: Bool
            switch subject {
            case .graph: relevant = true
            case .actor(let actor): relevant = conflict.actor == actor
            case .position(let position): relevant = conflict.position == position
            }
            guard relevant else { continue }
            let reading: String
            switch conflict.reading {
            case .turnedAgainst: reading = "reads as a change, for then against"
            case .turnedFor: reading = "reads as a change, against then for"
            case .concurrent: reading = "for and against over the same period"
            case .undated: reading = "one side is undated"
            }
            conflictLines.append("- **\(MarkdownText.escape(graph.nodes[conflict.actor].label))** on "
                                 + "\(MarkdownText.escape(graph.nodes[conflict.position].label)): \(reading)")
            for entry in conflict.entries {
                let edge = graph.edges[entry.stance.edge]
                let lead = edge.leadRecordIndex(rewrites: graph.rewriteSourceIDs)
                conflictLines.append("  - \(entry.isFor ? "for" : "against"): \(edge.type.rawValue), "
                                     + (lead.map { writer.record(edge: entry.stance.edge, position: $0) } ?? "no evidence"))
            }
        }
        let doubtTypes: Set<EdgeType> = [.doubts, .denies, .contradicts]
        var claimLines: [String] = []
        for (edgeIndex, edge) in graph.edges.enumerated() where doubtTypes.contains(edge.type) {
            guard case .edge(let target) = graph.edgeTargets[edgeIndex] else { continue }
            if case .graph = subject {} else if !subjectEdges.contains(target) { continue }
            claimLines.append("- **\(MarkdownText.escape(graph.nodes[graph.edgeTails[edgeIndex]].label)) \(edge.type.rawValue)** "
                              + writer.describe(target))
            for position in edge.provenance.indices {
                claimLines.append("  - " + writer.record(edge: edgeIndex, position: position))
            }
        }
        lines.append("## Contradictions and doubts")
        lines.append("")
        if conflictLines.isEmpty && claimLines.isEmpty {
            lines.append("None in this graph.")
            lines.append("")
        }
        if !conflictLines.isEmpty {
            lines += ["### On both sides of a position", ""] + conflictLines + [""]
        }
        if !claimLines.isEmpty {
            lines += ["### Doubted, denied or contradicted", ""] + claimLines + [""]
        }

        lines.append("## Sources")
        lines.append("")
        if writer.citations.isEmpty { lines.append("No source is cited.") }
        for (number, id) in writer.citations.enumerated() {
            lines.append("\(number + 1). " + writer.sourceEntry(id))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes stances and records, numbering sources as they are first cited.
    struct Writer {
        let graph: Graph
        private(set) var citations: [String] = []
        private var numbers: [String: Int] = [:]

        init(graph: Graph) { self.graph = graph }

        /// `[n]` for a source, numbered in order of first citation.
        mutating func cite(_ source: String) -> String {
            if let number = numbers[source] { return "[\(number)]" }
            citations.append(source)
            numbers[source] = citations.count
            return "[\(citations.count)]"
        }

        /// What an edge is about: a node's label, or the stance it is about in brackets.
        func target(of edge: Int) -> String {
            switch graph.edgeTargets[edge] {
            case .node(let node): MarkdownText.escape(graph.nodes[node].label)
            case .edge(let other): describe(other)
            }
        }

        /// `\[Actor —type→ Target\]`.
        func describe(_ edge: Int) -> String {
            "\\[\(MarkdownText.escape(graph.nodes[graph.edgeTails[edge]].label)) —\(graph.edges[edge].type.rawValue)→ \(target(of: edge))\\]"
        }

        /// A stance as a list item, with its records below it.
        mutating func stance(_ edge: Int, heading: String, records: [Int]? = nil) -> [String] {
            let stance = graph.edges[edge]
            var facts: [String] = []
            if let confidence = stance.confidence { facts.append("confidence \(TextFormatting.number(confidence))") }
            if let from = stance.validFrom { facts.append("valid from \(from)") }
            if let until = stance.validUntil { facts.append("valid until \(until)") }
            var lines = ["- " + heading + (facts.isEmpty ? "" : " (" + facts.joined(separator: ", ") + ")")]
            let positions = records ?? stance.provenance.indices.sorted {
                Edge.precedes(stance.provenance[$0].date, $0, stance.provenance[$1].date, $1)
            }
            for position in positions { lines.append("  - " + record(edge: edge, position: position)) }
            return lines
        }

        /// `2024-05-24, on the record: “quote” [1]`.
        mutating func record(edge: Int, position: Int) -> String {
            let record = graph.edges[edge].provenance[position]
            var text = (record.date?.description ?? "undated") + ", " + record.attribution.rawValue.replacingHyphens + ": "
            if let quote = record.quote {
                text += "“" + MarkdownText.escape(quote) + "”"
            } else if record.paraphrase {
                text += "paraphrase" + (record.passage.map { " of “" + MarkdownText.escape($0) + "”" } ?? "")
            }
            return text + " " + cite(record.source)
        }

        /// A source for the list at the end: its title, publisher, date, address and file.
        func sourceEntry(_ id: String) -> String {
            guard let node = graph.node(id) else { return MarkdownText.escape(id) }
            var text = "**" + MarkdownText.escape(node.title ?? node.label) + "**"
            var facts: [String] = []
            if let publisher = node.publisher { facts.append(MarkdownText.escape(publisher)) }
            if let published = node.published { facts.append(published.description) }
            if !facts.isEmpty { text += ", " + facts.joined(separator: ", ") }
            if let url = ReportData.webAddress(node.url) { text += ", <" + MarkdownText.escapeAddress(url) + ">" }
            return text + " (`" + MarkdownText.code(node.id) + "`)"
        }
    }
}

extension String {
    fileprivate var replacingHyphens: String { split(separator: "-").joined(separator: " ") }
}

/// Text from a graph, made safe to put in Markdown: every character that could start markup
/// within a line (emphasis, code, links, HTML and entities, tables, and pandoc's math,
/// citations, sub- and superscripts) is escaped with a backslash, line breaks become spaces, and bidirectional controls (which could make a line
/// read out of order) are written out as their code points.
public enum MarkdownText {
    /// What starts markup anywhere in a line. What starts markup only at the start of a line
    /// (`-`, `+`, `1.`, `=`, `:`) never needs escaping: graph text never starts one.
    static let special: Set<Character> = ["\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "#", "|", "~", "^", "$", "@", "&"]
    static let bidiControls: ClosedRange<UInt32> = 0x202A...0x202E
    static let bidiIsolates: ClosedRange<UInt32> = 0x2066...0x2069

    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isNewline || character == "\t" {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                output += " "
                pendingSpace = false
            }
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
               bidiControls.contains(scalar.value) || bidiIsolates.contains(scalar.value) || scalar.value == 0x200E || scalar.value == 0x200F {
                output += "U+" + String(scalar.value, radix: 16, uppercase: true)
                continue
            }
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
               scalar.value < 0x20 || scalar.value == 0x7F {
                continue
            }
            if special.contains(character) { output += "\\" }
            output.append(character)
        }
        return output
    }

    /// An address for an autolink (`<…>`): no spaces, angle brackets or backticks.
    static func escapeAddress(_ address: String) -> String {
        var output = ""
        for scalar in address.unicodeScalars {
            switch scalar {
            case " ": output += "%20"
            case "<": output += "%3C"
            case ">": output += "%3E"
            case "`": output += "%60"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// An id in a code span: backticks and line breaks left out.
    static func code(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != "`" && $0.value >= 0x20 }.map(Character.init))
    }
}
