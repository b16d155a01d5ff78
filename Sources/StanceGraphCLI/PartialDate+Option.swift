import Foundation
import ArgumentParser
import StanceGraph

extension PartialDate {
    /// A date option's value; a `ValidationError` (exit 64) explains a bad one.
    static func parseOption(_ text: String, option: String) throws -> PartialDate {
        do { return try PartialDate(parsing: text) } catch {
            throw ValidationError("\(option) \"\(text)\" is not a date: \(Problem.invalidDate(field: "the date", text: text, reason: error).message). Write YYYY, YYYY-MM or YYYY-MM-DD.")
        }
    }
}
