/// One piece of evidence for a stance: which document says so, when, who is speaking, in what words.
public struct Provenance: Hashable, Sendable {
    /// The id of the `source` node (the document).
    public var source: String
    /// When the stance was expressed (or, failing that, reported).
    public var date: PartialDate?
    /// Who is speaking.
    public var attribution: Attribution
    /// A short exact quote from the source, when it has quotable words.
    public var quote: String?
    /// `true` when the record paraphrases the source instead of quoting it.
    public var paraphrase: Bool
    /// For a paraphrase: the passage of the source it summarises (exact words to find it by).
    public var passage: String?
    /// Free text for the analyst.
    public var notes: String?
    /// Where the record, its quote and its passage stand in the input.
    public var location: SourceLocation?
    public var quoteLocation: SourceLocation?
    public var passageLocation: SourceLocation?

    public init(
        source: String, date: PartialDate? = nil, attribution: Attribution, quote: String? = nil,
        paraphrase: Bool = false, passage: String? = nil, notes: String? = nil,
        location: SourceLocation? = nil, quoteLocation: SourceLocation? = nil, passageLocation: SourceLocation? = nil
    ) {
        self.source = source
        self.date = date
        self.attribution = attribution
        self.quote = quote
        self.paraphrase = paraphrase
        self.passage = passage
        self.notes = notes
        self.location = location
        self.quoteLocation = quoteLocation
        self.passageLocation = passageLocation
    }
}
