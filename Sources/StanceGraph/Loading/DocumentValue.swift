/// A parsed YAML or JSON value with the position it came from.
///
/// Both input formats are read into this one shape, so that the decoder, and the
/// quality of its messages, is the same for YAML and JSON.
struct DocumentValue {
    enum Content {
        case scalar(Scalar)
        case mapping([Member])
        case sequence([DocumentValue])
    }

    /// One key and value of a mapping. A struct rather than a tuple: arrays of tuples are
    /// copied and destroyed through the runtime's generic tuple witnesses, which showed up
    /// as about a tenth of a JSON load.
    struct Member {
        var key: Scalar
        var value: DocumentValue
    }

    /// A leaf value. `quoted` is `true` for JSON strings and quoted YAML scalars,
    /// which are always text; other scalars may read as numbers, booleans or null.
    struct Scalar {
        var text: String
        var quoted: Bool
        var line: Int
        var column: Int
        /// An explicit YAML core-schema tag other than `!!str` (`!!int 3`), which the field's
        /// type must match; `!!str` makes the scalar `quoted` instead.
        var tag: CoreTag? = nil

        var isNull: Bool { tag == .null || (!quoted && tag == nil && (text == "null" || text == "~" || text.isEmpty)) }
    }

    /// The tags of the YAML core schema that a scalar may carry (`!!str` aside).
    enum CoreTag: String {
        case int, float, bool, null

        /// `!!int`
        var written: String { "!!" + rawValue }
    }

    var content: Content
    var line: Int
    var column: Int

    /// A word for what this value is, for messages ("a list", "a number").
    var shapeDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            switch scalar.tag {
            case .int, .float: return "a number"
            case .bool: return "a boolean"
            case .null: return "null"
            case nil: break
            }
            if scalar.isNull { return "null" }
            if !scalar.quoted {
                if scalar.text == "true" || scalar.text == "false" { return "a boolean" }
                if Double(scalar.text) != nil { return "a number" }
            }
            return "a string"
        }
    }
}
