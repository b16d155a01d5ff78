/// Finds the actors on both sides of a position (`Contradictions.Conflict`) in time that grows
/// with the graph and the answer, not with how many actors each spokesperson speaks for.
///
/// An actor's stances are its own and those of its spokespeople within each `speaks-for`
/// edge's validity, as `ActorStances.all` lists them. A position only one spokesperson speaks
/// about is never a conflict of the actor (it is that spokesperson's own), so the busiest
/// spokesperson's positions are looked up, never walked: a hub that speaks for hundreds of
/// actors is not read again for each of them.
struct ConflictFinder {
    private let index: QueryIndex
    private var graph: Graph { index.graph }
    /// For each speaker asked about so far, its for/against stances on nodes by target node.
    private var stancesBySpeaker: [Int: [Int: [Int]]] = [:]
    private var earliest: EarliestDates

    init(index: QueryIndex) {
        self.index = index
        earliest = EarliestDates(index.graph)
    }

    /// The conflicts of every actor, by actor, then position.
    mutating func conflicts() -> [Contradictions.Conflict] {
        var conflicts: [Contradictions.Conflict] = []
        for actor in graph.nodes.indices where graph.nodes[actor].kind == .actor {
            conflicts += self.conflicts(of: actor)
        }
        return conflicts
    }

    private mutating func conflicts(of actor: Int) -> [Contradictions.Conflict] {
        let own = stances(of: actor)
        // Each spokesperson once, with the first `speaks-for` edge that names them (as `ActorStances`).
        var seen: Set<Int> = [actor]
        var spokespeople: [(link: Int, stances: [Int: [Int]])] = []
        for speaksFor in index.incomingEdges(of: actor) {
            let speaker = index.tailNode(ofEdge: speaksFor)
            guard graph.edges[speaksFor].type == .speaksFor, case .node = graph.edgeTargets[speaksFor],
                  seen.insert(speaker).inserted else { continue }
            let stances = stances(of: speaker)
            if !stances.isEmpty { spokespeople.append((speaksFor, stances)) }
        }
        guard !own.isEmpty || spokespeople.count > 1 else { return [] }
        let busiest = spokespeople.indices.max { spokespeople[$0].stances.count < spokespeople[$1].stances.count }

        var sides: [Int: Sides] = [:]
        for (position, edges) in own {
            for edge in edges { sides[position, default: Sides()].add(StanceReference(edge: edge), in: graph) }
        }
        for number in spokespeople.indices where number != busiest {
            let link = graph.edges[spokespeople[number].link]
            for (position, edges) in spokespeople[number].stances {
                for edge in edges where ActorStances.holds(link, on: earliest[edge]) {
                    sides[position, default: Sides()].add(StanceReference(edge: edge, onBehalfOf: actor), in: graph)
                }
            }
        }
        if let busiest {
            let link = graph.edges[spokespeople[busiest].link]
            for position in Array(sides.keys) {
                for edge in spokespeople[busiest].stances[position] ?? [] where ActorStances.holds(link, on: earliest[edge]) {
                    sides[position]!.add(StanceReference(edge: edge, onBehalfOf: actor), in: graph)
                }
            }
        }

        var conflicts: [Contradictions.Conflict] = []
        for position in sides.keys.sorted() {
            let side = sides[position]!
            guard !side.pro.isEmpty, !side.con.isEmpty, side.speakers == .many || side.speakers == .one(actor) else { continue }
            conflicts.append(Contradictions.Conflict(
                actor: actor, position: position,
                entries: dateOrdered(side.pro + side.con).map { Contradictions.Conflict.Entry(isFor: graph.edges[$0.edge].type.isFor, stance: $0) },
                reading: reading(side.pro, side.con), forSources: sources(side.pro), againstSources: sources(side.con)))
        }
        return conflicts
    }

    /// The stances counted for one actor on one position, and who spoke them.
    private struct Sides {
        enum Speakers: Equatable { case none, one(Int), many }
        var pro: [StanceReference] = []
        var con: [StanceReference] = []
        var speakers = Speakers.none

        mutating func add(_ stance: StanceReference, in graph: Graph) {
            if graph.edges[stance.edge].type.isFor { pro.append(stance) } else { con.append(stance) }
            let speaker = graph.edgeTails[stance.edge]
            switch speakers {
            case .none: speakers = .one(speaker)
            case .one(let first) where first != speaker: speakers = .many
            default: break
            }
        }
    }

    /// A speaker's for/against stances on nodes, by target node, each list in graph order.
    private mutating func stances(of speaker: Int) -> [Int: [Int]] {
        if let known = stancesBySpeaker[speaker] { return known }
        var byPosition: [Int: [Int]] = [:]
        for edge in index.outgoingEdges(of: speaker) {
            let type = graph.edges[edge].type
            guard type.isFor || type.isAgainst, case .node(let position) = graph.edgeTargets[edge] else { continue }
            byPosition[position, default: []].append(edge)
        }
        stancesBySpeaker[speaker] = byPosition
        return byPosition
    }

    /// By the edges' earliest evidence date (undated last), then graph order, then whom they were for.
    private mutating func dateOrdered(_ stances: [StanceReference]) -> [StanceReference] {
        let dates = stances.map { earliest[$0.edge] }
        return stances.indices.sorted { i, j in
            let a = stances[i], b = stances[j]
            return a.edge != b.edge ? Edge.precedes(dates[i], a.edge, dates[j], b.edge)
                : (a.onBehalfOf ?? -1) < (b.onBehalfOf ?? -1)
        }.map { stances[$0] }
    }

    private func reading(_ pro: [StanceReference], _ con: [StanceReference]) -> Contradictions.Reading {
        func span(_ stances: [StanceReference]) -> (first: PartialDate, last: PartialDate)? {
            var span: (first: PartialDate, last: PartialDate)?
            for stance in stances {
                for record in graph.edges[stance.edge].provenance {
                    guard let date = record.date else { continue }
                    if let known = span {
                        span = (date < known.first ? date : known.first, known.last < date ? date : known.last)
                    } else {
                        span = (date, date)
                    }
                }
            }
            return span
        }
        guard let (proFirst, proLast) = span(pro), let (conFirst, conLast) = span(con) else { return .undated }
        if !conFirst.startsOnOrBefore(endOf: proLast) { return .turnedAgainst }
        if !proFirst.startsOnOrBefore(endOf: conLast) { return .turnedFor }
        return .concurrent
    }

    private func sources(_ stances: [StanceReference]) -> [String] {
        var sources = Set<String>()
        for stance in stances {
            for record in graph.edges[stance.edge].provenance { sources.insert(record.source) }
        }
        return sources.sorted()
    }
}

/// Each edge's earliest evidence date (`Edge.earliestDate`), worked out the first time it is
/// asked for and kept.
struct EarliestDates {
    private let graph: Graph
    private var dates: [PartialDate?]
    private var known: [Bool]

    init(_ graph: Graph) {
        self.graph = graph
        dates = Array(repeating: nil, count: graph.edges.count)
        known = Array(repeating: false, count: graph.edges.count)
    }

    subscript(edge: Int) -> PartialDate? {
        mutating get {
            if !known[edge] {
                dates[edge] = Edge.earliestDate(in: graph.edges[edge].provenance)
                known[edge] = true
            }
            return dates[edge]
        }
    }
}
