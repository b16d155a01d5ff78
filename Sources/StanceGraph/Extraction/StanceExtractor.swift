import Foundation

/// What to call the article and when it was written.
public struct ArticleInfo: Hashable, Sendable {
    /// The id of the draft source node; every record cites it.
    public var sourceID: String
    public var title: String?
    public var date: PartialDate?
    public var url: String?
    /// The article's text file, as the patch's `file:` (relative to where the patch is written).
    public var file: String?

    public init(sourceID: String, title: String? = nil, date: PartialDate? = nil, url: String? = nil, file: String? = nil) {
        self.sourceID = sourceID
        self.title = title
        self.date = date
        self.url = url
        self.file = file
    }
}

/// One statement found in the article, and what was made of it.
public struct ExtractedStatement: Hashable, Sendable {
    public var sentence: String
    /// The words that name the speaker, as written ("four Russian sources"); `nil` for the text's own narration.
    public var speakerPhrase: String?
    public var attribution: Attribution
    public var quote: String
    public var reading: StanceCues.Reading
    /// The three positions or conditions that best match, best first, with their scores.
    public var targets: [ScoredTarget]
    /// The id of the candidate edge made from it.
    public var edgeID: String
}

public struct ScoredTarget: Hashable, Sendable {
    public var id: String
    public var score: Double
}

/// Why an article yields no patch.
public enum ExtractionError: Error, Hashable, Sendable {
    /// Most of its letters are not Latin: the cues and names are English.
    case notLatinScript
    /// No sentence reports what anyone says.
    case noStatements
    /// The draft source id is an id the graph already has.
    case sourceIDTaken(String)
}

/// The patch an article yields: a draft source, candidate edges (`status: candidate`) and the
/// nodes they need that the graph does not have. Deterministic: the same article and graph
/// give the same patch.
public struct ExtractionResult: Sendable {
    public var nodes: [Node]
    public var edges: [Edge]
    public var statements: [ExtractedStatement]
}

/// Turns an article into candidate stances against a graph. See docs/extract.md.
public struct StanceExtractor {
    /// Below this score no existing position is taken as the target: a new one is proposed.
    public static let targetThreshold = 0.12
    /// A doubt or denial points at an existing stance edge whose words match at least this well.
    public static let edgeThreshold = 0.15

    public let graph: Graph
    private var lexicon: ActorLexicon
    private var index: TargetIndex
    private var principals: [String: String] = [:]

    public init(graph: Graph) {
        self.graph = graph
        lexicon = ActorLexicon(graph: graph)
        index = TargetIndex(graph: graph)
        for edge in graph.edges where edge.type == .speaksFor { principals[edge.from] = principals[edge.from] ?? edge.to }
        for node in graph.nodes where node.kind == .actor && principals[node.id] == nil {
            if let role = node.roles.first(where: { $0.title.lowercased().contains("spokes") || $0.title.lowercased().contains("press secretary") }), let of = role.of {
                principals[node.id] = of
            }
        }
    }

    // MARK: State while reading one article

    private struct Context {
        var lastPerson: String?
        var lastGroup: String?
        var lastSpokesperson: String?
        var lastSubject: String?
        var newNodes: [Node] = []
        var edges: [Edge] = []
        var statements: [ExtractedStatement] = []
        var groupPhrases: [String: String] = [:]
        var assessmentText = false
    }

    public func extract(_ text: String, article: ArticleInfo) throws(ExtractionError) -> ExtractionResult {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        let latin = letters.filter { $0.value < 0x250 }
        guard !letters.isEmpty, latin.count * 2 >= letters.count else { throw .notLatinScript }
        if graph.node(article.sourceID) != nil || graph.edge(article.sourceID) != nil { throw .sourceIDTaken(article.sourceID) }
        var me = self
        var context = Context()
        let sentences = SentenceSplitter.split(text)
        context.assessmentText = sentences.contains { StanceExtractor.selfAssesses($0.text) }
        for sentence in sentences { me.read(sentence, in: text, article: article, context: &context) }
        guard !context.statements.isEmpty else { throw .noStatements }
        var source = Node(id: article.sourceID, kind: .source, label: article.title ?? article.sourceID)
        source.title = article.title
        source.published = article.date
        source.url = article.url
        source.file = article.file
        source.notes = "Draft written by stancegraph extract: check the title, publisher and date."
        return ExtractionResult(nodes: [source] + context.newNodes, edges: context.edges, statements: context.statements)
    }

    /// Whether a sentence has an organisation speak of its own assessment in the present
    /// tense ("ISW continues to assess", "ISW cannot determine"): the text is an assessment.
    static func selfAssesses(_ sentence: String) -> Bool {
        let words = NameWords.folded(sentence)
        let original = sentence.split { !($0.isLetter || $0.isNumber) }
        for (index, word) in words.enumerated() where ["assess", "assesses", "determine"].contains(word) && index > 0 {
            let before = words[max(0, index - 3)..<index]
            if before.contains("cannot") || before.contains("continues") || word == "assesses" || before.contains("has") && word == "assess" {
                if let subject = original[max(0, index - 3)..<index].first(where: { $0.count >= 2 && $0.allSatisfy(\.isUppercase) }), !subject.isEmpty { return true }
            }
        }
        return false
    }

    // MARK: One sentence

    private mutating func read(_ sentence: Sentence, in text: String, article: ArticleInfo, context: inout Context) {
        let tokens = Tokenizer.tokens(text, in: sentence.range)
        guard tokens.count >= 4 else { return }
        let mentions = lexicon.mentions(in: tokens)
        // The reporting verb and its speaker: the outermost one that names someone; an outlet's
        // "reported" only when nobody else speaks.
        var chosen: (verb: Int, subject: Range<Int>, speaker: SpeakerKind, phrase: String)?
        var relay: (verb: Int, subject: Range<Int>, speaker: SpeakerKind, phrase: String)?
        for verb in tokens.indices where isReportingVerb(tokens, verb) {
            guard let subject = subjectRange(tokens, verb: verb), !subject.isEmpty,
                  let speaker = resolve(tokens, subject, mentions: mentions, article: article, context: &context, commit: false) else { continue }
            let phrase = String(text[tokens[subject.lowerBound].range.lowerBound..<tokens[subject.upperBound - 1].range.upperBound])
            if case .relay = speaker { if relay == nil { relay = (verb, subject, speaker, phrase) }; continue }
            if chosen == nil { chosen = (verb, subject, speaker, phrase) }
        }
        let directSpeech = quotedSpan(sentence.text)
        if chosen == nil, let relay { chosen = relay }
        var contentRange: Range<Int>
        var speaker: SpeakerKind?
        var phrase: String?
        if let found = chosen {
            _ = resolve(tokens, found.subject, mentions: mentions, article: article, context: &context, commit: true)
            speaker = found.speaker
            phrase = found.phrase
            contentRange = StanceExtractor.content(tokens, verb: found.verb, subject: found.subject)
        } else {
            // Narration: a statement when an actor is its subject and it takes a stance on something.
            contentRange = StanceExtractor.droppingLeadingWords(tokens, 0..<tokens.count)
        }
        guard !contentRange.isEmpty else { return }
        // The holder may be named before a "that" the quote starts after: "said Putin understands that …".
        var holderRange = contentRange
        if let found = chosen, found.verb < contentRange.lowerBound, found.subject.upperBound <= found.verb + 1 { holderRange = (found.verb + 1)..<contentRange.upperBound }
        let contentMentions = mentions.filter { holderRange.contains($0.tokens.lowerBound) && $0.tokens.lowerBound - holderRange.lowerBound <= 8 }
        var holder = self.holder(tokens, holderRange, contentMentions, speaker: speaker, context: context)
        if holder == nil, let found = chosen {
            holder = mentions.first { found.subject.contains($0.tokens.lowerBound) && lexicon.subtypes[$0.actor] == .person }?.actor ?? context.lastPerson
        }
        if chosen == nil {
            guard let subjectHolder = holder, !contentMentions.isEmpty || StanceExtractor.startsWithPronoun(tokens, contentRange) else { return }
            holder = subjectHolder
        }
        // The quote: the quoted words when there are enough of them, else the content clause.
        var quote: String
        if let directSpeech, directSpeech.split(separator: " ").count >= 4 {
            quote = directSpeech
        } else {
            let lower = tokens[contentRange.lowerBound].range.lowerBound, upper = tokens[contentRange.upperBound - 1].range.upperBound
            quote = String(text[lower..<upper])
        }
        quote = StanceExtractor.shortened(quote)
        guard quote.split(separator: " ").count >= 3, SourceText(text).contains(quote) else { return }
        let verbWord = chosen.map { tokens[$0.verb].text } ?? ""
        var reading = StanceCues.read(verbWord + " " + quote)
        let verbReading = StanceCues.read(verbWord)
        if [.denies, .doubts, .rejects].contains(verbReading.type), !verbReading.cues.isEmpty {
            reading = StanceCues.Reading(type: verbReading.type, confidence: 0.7, cues: verbReading.cues)
        }
        let ranked = index.rankNodes(quote + " " + sentence.text, limit: 3).map { ScoredTarget(id: $0.id, score: (($0.score * 1000).rounded()) / 1000) }
        if chosen == nil && reading.cues.isEmpty && (ranked.first?.score ?? 0) < 2 * StanceExtractor.targetThreshold { return }

        // Who holds the stance, and how we know.
        let attribution: Attribution
        var from: String?
        let isClaimAboutClaim = reading.type == .doubts || reading.type == .denies
        switch speaker {
        case .actor(let id)?:
            let subtype = lexicon.subtypes[id]
            attribution = subtype == .person || subtype == .alliance || subtype == .group || directSpeech != nil ? .onTheRecord : .reporterSummary
            from = id
            if subtype == .person { context.lastPerson = id }
        case .spokesperson(let principal)?:
            attribution = .spokesperson
            from = principal
        case .anonymous(let group)?:
            attribution = .anonymousSources
            from = isClaimAboutClaim ? group : (holder ?? group)
            context.lastGroup = group
        case .analyst(let who)?:
            attribution = .analystAssessment
            from = isClaimAboutClaim ? who : (holder ?? who)
        case .relay?, nil:
            attribution = context.assessmentText ? .analystAssessment : .reporterSummary
            from = holder
        }
        guard let from else { return }
        // "He" and "she" refer to the last person who spoke, or of whom the text or unnamed sources spoke.
        let personSpoke: Bool = switch speaker {
        case .actor(let id)?: lexicon.subtypes[id] == .person
        case .spokesperson?: true
        default: false
        }
        if !personSpoke, let holder, lexicon.subtypes[holder] == .person { context.lastPerson = holder }
        context.lastSubject = holder ?? context.lastSubject

        let edgeID = "\(article.sourceID)-c\(String(context.statements.count + 1).leftPadded(3))"
        var to: String
        var targetNote = ranked.map { "\($0.id) (\(String(format: "%.3f", $0.score)))" }.joined(separator: ", ")
        if isClaimAboutClaim, let edge = claimTarget(tokens, mentions: mentions, from: from, text: quote + " " + sentence.text, ranked: ranked, context: context) {
            to = edge
            targetNote = "the stance \(edge); positions: " + targetNote
        } else if let best = ranked.first, best.score >= StanceExtractor.targetThreshold {
            to = best.id
        } else {
            let id = "\(article.sourceID)-position-\(context.newNodes.filter { $0.kind == .position }.count + 1)"
            var node = Node(id: id, kind: .position, label: StanceExtractor.label(from: quote))
            node.notes = "Proposed by stancegraph extract: no position of the graph matched well enough."
            context.newNodes.append(node)
            to = id
            targetNote = "none above \(StanceExtractor.targetThreshold)" + (targetNote.isEmpty ? "" : ": " + targetNote)
        }
        // The type must suit the target: demands are of conditions; claims about edges are doubts or denials.
        if reading.type == .demands, graph.node(to)?.kind == .position { reading.type = .supports }
        if isClaimAboutClaim == false, graph.node(to) == nil, graph.edge(to) != nil { reading.type = .doubts }

        let date = ArticleDates.date(of: sentence.text, articleDate: article.date)
        let factor: Double = switch attribution {
        case .onTheRecord: 1
        case .spokesperson: 0.9
        case .reporterSummary: 0.8
        case .analystAssessment: 0.7
        case .anonymousSources: 0.5
        }
        var notes = "Sentence: \(sentence.text)\nSpeaker: \(phrase ?? "the text itself")\nTargets: \(targetNote)\nType: \(reading.type.rawValue) (\(String(format: "%.2f", reading.confidence)))"
        if !reading.cues.isEmpty { notes += " from \(reading.cues.map { "\"\($0)\"" }.joined(separator: ", "))" }
        let record = Provenance(source: article.sourceID, date: date, attribution: attribution, quote: quote)
        let edge = Edge(id: edgeID, type: reading.type, from: from, to: to, provenance: [record],
                        confidence: ((reading.confidence * factor) * 100).rounded() / 100, notes: notes, status: .candidate)
        context.edges.append(edge)
        index.addEdge(id: edgeID, text: quote)
        // Who told of it, when it is a group or analysts: a reports edge from them.
        if case .anonymous(let group)? = speaker, group != from, let found = chosen {
            addReport(from: group, about: edgeID, tokens: tokens, subject: found.subject, verb: found.verb, text: text, record: record, context: &context)
        } else if case .analyst(let who)? = speaker, who != from, let found = chosen {
            addReport(from: who, about: edgeID, tokens: tokens, subject: found.subject, verb: found.verb, text: text, record: record, context: &context)
        }
        context.statements.append(ExtractedStatement(sentence: sentence.text, speakerPhrase: phrase, attribution: attribution, quote: quote,
                                                     reading: reading, targets: ranked, edgeID: edgeID))
    }

    private func addReport(from teller: String, about edgeID: String, tokens: [Token], subject: Range<Int>, verb: Int, text: String, record: Provenance, context: inout Context) {
        let ends = [subject.lowerBound, subject.upperBound - 1, verb]
        let lower = tokens[ends.min()!].range.lowerBound, upper = tokens[ends.max()!].range.upperBound
        var report = record
        report.quote = String(text[lower..<upper])
        context.edges.append(Edge(id: edgeID + "-told", type: .reports, from: teller, to: edgeID, provenance: [report],
                                  notes: "Who told of \(edgeID).", status: .candidate))
    }

    // MARK: Verbs and subjects

    private func isReportingVerb(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index].folded
        if word == "according", index + 1 < tokens.count, tokens[index + 1].folded == "to" { return true }
        guard SpeakerWords.reportingVerbs.contains(word) else { return false }
        if index > 0, SpeakerWords.passiveMarkers.contains(tokens[index - 1].folded) { return false }
        return true
    }

    /// The tokens that name who speaks through the verb at `verb`.
    private func subjectRange(_ tokens: [Token], verb: Int) -> Range<Int>? {
        if tokens[verb].folded == "according" {
            var end = verb + 2
            while end < tokens.count, !tokens[end].breakBefore, end - verb < 12 { end += 1 }
            return (verb + 2)..<end
        }
        // Inverted: "…,” said the fourth source, a senior…"
        let next = verb + 1 < tokens.count ? tokens[verb + 1] : nil
        let subjectFollows = next.map { ["the", "a", "an", "one", "two", "three", "four", "five", "all", "another", "some", "he", "she", "they"].contains($0.folded) || $0.isCapitalized } ?? false
        if tokens[verb].quoteBefore || (tokens[verb].breakBefore && subjectFollows && verb >= 5) {
            var end = verb + 1
            while end < tokens.count, !tokens[end].breakBefore, end - verb < 10 { end += 1 }
            return (verb + 1)..<end
        }
        var last = verb - 1
        while last >= 0, SpeakerWords.auxiliaries.contains(tokens[last].folded) || tokens[last].folded == "not" || tokens[last].folded == "never", !tokens[last + 1].breakBefore || last == verb - 1 {
            if tokens[last].breakBefore { last -= 1; break }
            last -= 1
        }
        guard last >= 0 else { return nil }
        for _ in 0..<3 {
            var start = last
            while start > 0, !tokens[start].breakBefore { start -= 1 }
            var range = start..<(last + 1)
            // After the last "that" (a reported clause), before a relative clause.
            if let that = range.last(where: { tokens[$0].folded == "that" }), that + 1 < range.upperBound { range = (that + 1)..<range.upperBound }
            if let relative = range.dropFirst().first(where: { ["who", "which", "whose"].contains(tokens[$0].folded) }) { range = range.lowerBound..<relative }
            while !range.isEmpty, SpeakerWords.leadingWords.contains(tokens[range.lowerBound].folded), range.count > 1 { range = (range.lowerBound + 1)..<range.upperBound }
            let first = tokens[range.lowerBound].folded
            let opensPhrase = SpeakerWords.phraseOpeners.contains(first) || (first.hasSuffix("ing") && first.count > 5)
            if (opensPhrase || SpeakerWords.relatives.contains(first)) && start > 0 {
                if SpeakerWords.relatives.contains(first) && range.count == 1 {
                    // "Zelensky, who has said": the noun before the comma.
                    last = start - 1
                    var begin = last
                    while begin > 0, !tokens[begin].breakBefore, last - begin < 4 { begin -= 1 }
                    return begin..<(last + 1)
                }
                last = start - 1
                continue
            }
            if range.count > 12 { range = (range.upperBound - 12)..<range.upperBound }
            return range
        }
        return nil
    }

    /// The tokens of what was said.
    static func content(_ tokens: [Token], verb: Int, subject: Range<Int>) -> Range<Int> {
        if subject.lowerBound > verb {
            // Inverted or "according to": what comes before the verb, or after the phrase.
            let before = droppingLeadingWords(tokens, 0..<verb)
            if before.count >= 3 { return before }
            return droppingLeadingWords(tokens, subject.upperBound..<tokens.count)
        }
        var start = verb + 1
        // "told Reuters that …", "said on Friday that …": skip to the clause.
        if let that = (start..<min(tokens.count, start + 6)).first(where: { tokens[$0].folded == "that" }) { start = that + 1 }
        if tokens.count - start >= 3 { return start..<tokens.count }
        return droppingLeadingWords(tokens, 0..<subject.lowerBound)
    }

    static func droppingLeadingWords(_ tokens: [Token], _ range: Range<Int>) -> Range<Int> {
        var range = range
        while range.count > 1, SpeakerWords.leadingWords.contains(tokens[range.lowerBound].folded) { range = (range.lowerBound + 1)..<range.upperBound }
        while range.count > 1, tokens[range.lowerBound].folded == "that" { range = (range.lowerBound + 1)..<range.upperBound }
        return range
    }

    static func startsWithPronoun(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        !range.isEmpty && ["he", "she", "they"].contains(tokens[range.lowerBound].folded)
    }

    /// The actor whose stance the content states: its first actor that is not an outlet, a
    /// group of sources or the speaker; a pronoun at its head resolved to the last person.
    private func holder(_ tokens: [Token], _ range: Range<Int>, _ mentions: [ActorLexicon.Mention], speaker: SpeakerKind?, context: Context) -> String? {
        if StanceExtractor.startsWithPronoun(tokens, range) {
            let pronoun = tokens[range.lowerBound].folded
            if pronoun == "they" { return context.lastSubject }
            if let person = context.lastPerson { return person }
        }
        for mention in mentions {
            let subtype = lexicon.subtypes[mention.actor]
            if subtype == .media || subtype == .anonymousSources { continue }
            if case .spokesperson(let principal)? = speaker, mention.actor == principal { return principal }
            if mention.isRole, let principal = principals[mention.actor] { return principal }
            return mention.actor
        }
        return nil
    }

    // MARK: Speakers

    /// Who the tokens of `range` name; with `commit`, new actors are added to the patch.
    private mutating func resolve(_ tokens: [Token], _ range: Range<Int>, mentions: [ActorLexicon.Mention], article: ArticleInfo, context: inout Context, commit: Bool) -> SpeakerKind? {
        let words = range.map { tokens[$0].folded }
        let inside = mentions.filter { range.contains($0.tokens.lowerBound) }
        if words.count == 1, SpeakerWords.pronouns.contains(words[0]) {
            switch words[0] {
            case "he", "she": return context.lastPerson.map { principals[$0].map { SpeakerKind.spokesperson(principal: $0) } ?? .actor($0) }
            case "they": return context.lastGroup.map { .anonymous(group: $0) }
            default: return nil
            }
        }
        // A spokesperson: "Putin's spokesman", "Kremlin spokesman Dmitry Peskov", "a US State Department spokesman".
        if let spokes = range.first(where: { SpeakerWords.spokesWords.contains(tokens[$0].folded) }), tokens[spokes].folded != "secretary" || words.contains("press") {
            if let owner = inside.first(where: { $0.possessive }) ?? inside.last(where: { $0.tokens.upperBound == spokes && lexicon.subtypes[$0.actor] != .person }) {
                if !owner.isRole { return .spokesperson(principal: owner.actor) }
            }
            if let person = inside.first(where: { lexicon.subtypes[$0.actor] == .person }), let principal = principals[person.actor] { return .spokesperson(principal: principal) }
            if let role = inside.first(where: \.isRole), let principal = principals[role.actor] { return .spokesperson(principal: principal) }
            if let last = context.lastSpokesperson { return .spokesperson(principal: last) }
        }
        // A named person.
        if let person = inside.last(where: { lexicon.subtypes[$0.actor] == .person && !$0.possessive }) {
            if let principal = principals[person.actor] {
                if commit { context.lastSpokesperson = principal }
                return .spokesperson(principal: principal)
            }
            if commit { context.lastPerson = person.actor }
            return .actor(person.actor)
        }
        // Unnamed people.
        if words.contains(where: SpeakerWords.anonymousNouns.contains) {
            if let group = inside.last(where: { lexicon.subtypes[$0.actor] == .anonymousSources }) { return .anonymous(group: group.actor) }
            let isFresh = words.first.map { !SpeakerWords.determinersOfKnownGroups.contains($0) || words.count > 3 && $0 != "the" } ?? false
            let phrase = words.joined(separator: " ")
            if !isFresh, let last = context.lastGroup { return .anonymous(group: last) }
            if let known = context.groupPhrases[phrase] { return .anonymous(group: known) }
            let label = StanceExtractor.capitalized(range.map { tokens[$0].text }.joined(separator: " "))
            let id = "\(article.sourceID)-\(StanceExtractor.slug(phrase))"
            if commit {
                var node = Node(id: id, kind: .actor, label: "\(label) (\(article.title ?? article.sourceID))", subtype: .anonymousSources)
                node.notes = "Proposed by stancegraph extract: the unnamed people this text quotes."
                if context.newNodes.contains(where: { $0.id == id }) == false { context.newNodes.append(node) }
                context.groupPhrases[phrase] = id
                lexicon.subtypes[id] = .anonymousSources
                context.lastGroup = id
            }
            return .anonymous(group: id)
        }
        if words.contains(where: SpeakerWords.analystNouns.contains) {
            let id = "\(article.sourceID)-\(StanceExtractor.slug(words.joined(separator: " ")))"
            if commit, !context.newNodes.contains(where: { $0.id == id }) {
                var node = Node(id: id, kind: .actor, label: StanceExtractor.capitalized(range.map { tokens[$0].text }.joined(separator: " ")), subtype: .group)
                node.notes = "Proposed by stancegraph extract: the analysts this text quotes."
                context.newNodes.append(node)
                lexicon.subtypes[id] = .group
            }
            return .analyst(id)
        }
        if let actor = inside.last(where: { !$0.possessive }) ?? inside.last {
            let principal = actor.isRole ? principals[actor.actor] : nil
            if let principal { return .spokesperson(principal: principal) }
            switch lexicon.subtypes[actor.actor] {
            case .media?: return .relay(actor.actor)
            case .thinkTank?: return .analyst(actor.actor)
            case .anonymousSources?: return .anonymous(group: actor.actor)
            default: return .actor(actor.actor)
            }
        }
        if words.contains(where: SpeakerWords.mediaNouns.contains) { return .relay(nil) }
        // A name the graph does not have: propose the actor.
        var run: [Int] = []
        for index in range.reversed() {
            let token = tokens[index]
            let isName = token.isCapitalized && !SpeakerWords.titleWords.contains(token.folded) && !SpeakerWords.isNationality(token.folded)
            if isName { run.insert(index, at: 0) } else if !run.isEmpty { break }
        }
        guard !run.isEmpty, run.count <= 4 else { return nil }
        let label = run.map { tokens[$0].text }.joined(separator: " ")
        let id = StanceExtractor.slug(label)
        guard !id.isEmpty, graph.node(id) == nil || graph.node(id)?.kind == .actor else { return nil }
        if graph.node(id) != nil { return .actor(id) }
        let acronym = run.count == 1 && tokens[run[0]].isAllCaps
        let subtype: ActorSubtype = acronym ? (context.assessmentText ? .thinkTank : .organisation) : (run.count >= 2 ? .person : .organisation)
        if commit, !context.newNodes.contains(where: { $0.id == id }) {
            var node = Node(id: id, kind: .actor, label: label, subtype: subtype)
            node.notes = "Proposed by stancegraph extract: named in the text, not in the graph."
            context.newNodes.append(node)
            lexicon.add(actor: id, label: label, aliases: [], subtype: subtype)
        }
        if subtype == .thinkTank { return .analyst(id) }
        return .actor(id)
    }

    // MARK: Claims about claims

    /// The stance edge a doubt or denial is about: one by an actor the sentence names (or one
    /// whose target is among the best positions), matching its words well enough.
    private func claimTarget(_ tokens: [Token], mentions: [ActorLexicon.Mention], from: String, text: String, ranked: [ScoredTarget], context: Context) -> String? {
        let named = Set(mentions.map(\.actor)).subtracting([from])
        let positions = Set(ranked.map(\.id))
        var allowed = Set<String>()
        for edge in graph.edges + context.edges where edge.type.expressesStance && edge.type != .doubts && edge.type != .denies && edge.from != from {
            guard named.contains(edge.from) || positions.contains(edge.to) else { continue }
            guard named.contains(edge.from) else { continue }
            allowed.insert(edge.id)
        }
        guard let best = index.rankEdges(text, allowed: allowed, limit: 1).first, best.score >= StanceExtractor.edgeThreshold else { return nil }
        return best.id
    }

    // MARK: Text

    /// The quoted words of a sentence: the longest passage between double quotes.
    func quotedSpan(_ sentence: String) -> String? {
        var best: Substring?
        var start: String.Index?
        for index in sentence.indices {
            let c = sentence[index]
            if c == "“" || (c == "\"" && start == nil) { start = sentence.index(after: index); continue }
            if (c == "”" || c == "\""), let open = start {
                let span = sentence[open..<index]
                if span.count > (best?.count ?? 0) { best = span }
                start = nil
            }
        }
        return best.map { String($0).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",."))) }
    }

    /// A quote of at most about 220 characters, cut at a clause break or a word.
    static func shortened(_ quote: String) -> String {
        var quote = quote.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",;:–—-")))
        guard quote.count > 220 else { return quote }
        let head = String(quote.prefix(220))
        if let cut = head.lastIndex(where: { $0 == "," || $0 == ";" || $0 == "–" || $0 == "—" }), head.distance(from: head.startIndex, to: cut) > 80 {
            quote = String(head[..<cut])
        } else if let space = head.lastIndex(of: " ") {
            quote = String(head[..<space])
        }
        return quote.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",;:–—-")))
    }

    /// A label for a proposed position: the first words of the quote.
    static func label(from quote: String) -> String {
        let words = quote.split(separator: " ")
        let label = words.prefix(10).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",.;:“”\"'‘’"))
        return capitalized(label) + (words.count > 10 ? "…" : "")
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// A slug for an id: folded letters and digits joined by hyphens, at most 60 characters.
    public static func slug(_ text: String) -> String {
        let words = NameWords.folded(text).map { $0.filter { $0.isASCII && ($0.isLetter || $0.isNumber) } }.filter { !$0.isEmpty }
        var slug = ""
        for word in words {
            if slug.count + word.count + 1 > 60 { break }
            slug += slug.isEmpty ? word : "-" + word
        }
        return slug
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
