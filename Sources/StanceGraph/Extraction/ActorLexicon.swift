/// The names of a graph's actors as word sequences, for finding actors in sentences: labels,
/// aliases, a person's surname, role titles ("Kremlin spokesman"); a leading "the" dropped.
/// Names of three letters or fewer written in capitals in the graph ("US", "ISW") match only
/// words written in capitals, so that "US" is not "us".
struct ActorLexicon {
    struct Name: Hashable {
        var words: [String]
        var actor: String
        var capitalsOnly: Bool
        /// Whether the name is a role title rather than the actor's name.
        var isRole: Bool
    }

    /// A mention of an actor in a run of tokens.
    struct Mention: Hashable {
        var actor: String
        var tokens: Range<Int>
        var possessive: Bool
        var isRole: Bool
    }

    private(set) var names: [String: [Name]] = [:]   // first word → names starting with it
    var subtypes: [String: ActorSubtype] = [:]
    var labels: [String: String] = [:]

    init(graph: Graph) {
        var surnames: [String: [String]] = [:]
        for node in graph.nodes where node.kind == .actor {
            add(actor: node.id, label: node.label, aliases: node.aliases, subtype: node.subtype)
            for role in node.roles {
                let title = role.title.split(separator: "(").first.map(String.init) ?? role.title
                add(name: title, actor: node.id, isRole: true)
            }
            if node.subtype == .person, let last = NameWords.folded(node.label).last { surnames[last, default: []].append(node.id) }
        }
        for (surname, actors) in surnames where actors.count == 1 && names[surname]?.contains(where: { $0.words == [surname] }) != true {
            names[surname, default: []].append(Name(words: [surname], actor: actors[0], capitalsOnly: false, isRole: false))
        }
    }

    mutating func add(actor: String, label: String, aliases: [String], subtype: ActorSubtype?) {
        subtypes[actor] = subtype
        labels[actor] = label
        for name in [label] + aliases {
            // "Moscow (the Russian government)": the words before the bracket name it.
            add(name: name.split(separator: "(").first.map(String.init) ?? name, actor: actor, isRole: false)
        }
        if subtype == .person, let last = NameWords.folded(label).last, names[last]?.contains(where: { $0.words == [last] }) != true {
            names[last, default: []].append(Name(words: [last], actor: actor, capitalsOnly: false, isRole: false))
        }
    }

    private mutating func add(name: String, actor: String, isRole: Bool) {
        var words = NameWords.folded(name.replacingOccurrences(of: ".", with: "")).map { $0 == "s" ? "" : $0 }.filter { !$0.isEmpty }
        if words.first == "the" { words.removeFirst() }
        guard let first = words.first else { return }
        let trimmed = name.trimmingWhitespace()
        let capitalsOnly = words.count == 1 && trimmed.count <= 3 && trimmed.allSatisfy { $0.isUppercase }
        let entry = Name(words: words, actor: actor, capitalsOnly: capitalsOnly, isRole: isRole)
        if names[first]?.contains(entry) != true { names[first, default: []].append(entry) }
    }

    /// The actors named in `tokens`, longest name first at each place, left to right.
    func mentions(in tokens: [Token]) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < tokens.count {
            var best: Name?
            for name in names[tokens[index].folded] ?? [] where index + name.words.count <= tokens.count {
                guard zip(name.words, tokens[index..<index + name.words.count]).allSatisfy({ $0 == $1.folded }) else { continue }
                if name.capitalsOnly && !tokens[index].isAllCaps { continue }
                // A name is written with capitals ("Kremlin"), not as a common word ("kremlin" rarely).
                if !name.isRole && !tokens[index].isCapitalized { continue }
                if let current = best, current.words.count > name.words.count || (current.words.count == name.words.count && current.actor <= name.actor) { continue }
                best = name
            }
            if let best {
                let end = index + best.words.count
                found.append(Mention(actor: best.actor, tokens: index..<end, possessive: tokens[end - 1].possessive, isRole: best.isRole))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }
}
