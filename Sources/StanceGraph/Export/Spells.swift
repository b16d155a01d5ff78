/// A calendar day, for the time spans of dynamic exports (GEXF spells).
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first day a partial date covers: `2024-05` → 2024-05-01, `2024` → 2024-01-01.
    public init(startOf date: PartialDate) {
        let first = date.earliestDay
        self.init(year: first.year, month: first.month, day: first.day)
    }

    /// The last day a partial date covers: `2024-05` → 2024-05-31, `2024` → 2024-12-31.
    public init(endOf date: PartialDate) {
        let last = date.latestDay
        self.init(year: last.year, month: last.month, day: last.day)
    }

    /// The day after this one.
    public var next: CalendarDay {
        if day < PartialDate.daysIn(month: month, year: year) { return CalendarDay(year: year, month: month, day: day + 1) }
        if month < 12 { return CalendarDay(year: year, month: month + 1, day: 1) }
        return CalendarDay(year: year + 1, month: 1, day: 1)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD` (xs:date).
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// A closed span of days; `nil` at either end leaves it open on that side.
public struct Spell: Hashable, Sendable {
    public var start: CalendarDay?
    public var end: CalendarDay?

    public init(start: CalendarDay? = nil, end: CalendarDay? = nil) {
        self.start = start
        self.end = end
    }

    /// Open on both sides: always.
    public var isAlways: Bool { start == nil && end == nil }

    /// Whether no day lies in it.
    public var isEmpty: Bool {
        guard let start, let end else { return false }
        return end < start
    }

    public func contains(_ day: CalendarDay) -> Bool {
        (start.map { $0 <= day } ?? true) && (end.map { day <= $0 } ?? true)
    }

    /// The days in both.
    public func intersection(_ other: Spell) -> Spell {
        Spell(start: [start, other.start].compactMap { $0 }.max(), end: [end, other.end].compactMap { $0 }.min())
    }
}

/// When each node and edge of a graph holds, so that a dynamic export replays `GraphFilter.asOf`: on any
/// day D, what a spell contains is exactly what `GraphFilter(asOf: D)` keeps.
///
/// - An edge holds from the start of its `valid_from`, or without one from the start of its
///   earliest evidence date (a record's date, else its source's `published`), until the end of
///   its `valid_until` (open when it has none). Partial dates are widened to the days they cover: `2024-05`
///   starts on 2024-05-01 and ends on 2024-05-31.
/// - An edge about an edge holds only while the edge it is about holds too.
/// - A node holds while an edge that starts or ends at it holds; a source document also while
///   an edge holds whose evidence cites it, from the date of that record.
/// - A node no edge touches and no evidence cites, which a date filter never keeps, has no spells
///   (tools then always show it); nor does anything that holds always.
public struct GraphSpells: Sendable {
    /// Each edge's span, by edge index; `isEmpty` when it never holds.
    public var edges: [Spell]
    /// Each node's spans, sorted and merged; empty when it always shows.
    public var nodes: [[Spell]]

    public init(_ graph: Graph) {
        let published = { (source: String) in graph.node(source)?.published }
        var own = graph.edges.map { GraphSpells.ownSpell($0, published: published) }
        // Claims about claims: intersect with what they are about, following each chain once.
        var resolved = [Bool](repeating: false, count: graph.edges.count)
        func resolve(_ index: Int, depth: Int) -> Spell {
            if resolved[index] || depth > graph.edges.count { return own[index] }
            if case .edge(let target) = graph.edgeTargets[index] {
                own[index] = own[index].intersection(resolve(target, depth: depth + 1))
            }
            resolved[index] = true
            return own[index]
        }
        for index in graph.edges.indices { _ = resolve(index, depth: 0) }
        edges = own

        var spans = [[Spell]](repeating: [], count: graph.nodes.count)
        for index in graph.edges.indices where !own[index].isEmpty {
            let spell = own[index]
            spans[graph.edgeTails[index]].append(spell)
            spans[graph.targetNodeIndex(ofEdge: index)].append(spell)
            for record in graph.edges[index].provenance {
                guard let source = graph.nodeIndex(of: record.source) else { continue }
                var cited = spell
                if let date = record.date { cited = cited.intersection(Spell(start: CalendarDay(startOf: date))) }
                if !cited.isEmpty { spans[source].append(cited) }
            }
        }
        nodes = spans.map(GraphSpells.merged)
    }

    /// The edge's own span, from its validity and its evidence.
    static func ownSpell(_ edge: Edge, published: (String) -> PartialDate?) -> Spell {
        let start = edge.validFrom ?? edge.provenance.compactMap { $0.date ?? published($0.source) }.min()
        return Spell(start: start.map(CalendarDay.init(startOf:)), end: edge.validUntil.map(CalendarDay.init(endOf:)))
    }

    /// Spans sorted by start and merged where they overlap or touch; `[]` when one is always.
    static func merged(_ spells: [Spell]) -> [Spell] {
        if spells.isEmpty || spells.contains(where: \.isAlways) { return [] }
        let sorted = spells.sorted { a, b in
            switch (a.start, b.start) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return x < y
            }
        }
        var result: [Spell] = []
        for spell in sorted {
            if var last = result.last {
                guard let lastEnd = last.end else { continue }  // open-ended: covers the rest
                if let start = spell.start, lastEnd.next < start {
                    result.append(spell)
                } else {
                    last.end = spell.end.map { max($0, lastEnd) }
                    result[result.count - 1] = last
                }
            } else {
                result.append(spell)
            }
        }
        return result.count == 1 && result[0].isAlways ? [] : result
    }
}
