import Foundation
import UptakeCore

/// How values are written in one file: date formats and zone, decimal separator, tier words, rep keys.
///
/// A class: every row holds it, and one reference count is cheaper than copying its parts a million times.
final class ValueSettings: Sendable {
    let dates: DateParser
    let numbers: NumberParser
    /// Lowercased tier word -> tier; our own tier names are always accepted.
    let tierAliases: [String: LeadTier]
    let repMatch: ColumnMapping.RepMatch

    init(mapping: ColumnMapping?, timeZone: TimeZone?) {
        let zone = timeZone ?? mapping?.timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
        dates = DateParser(formats: mapping?.dateFormats ?? [], timeZone: zone)
        numbers = NumberParser(decimalSeparator: mapping?.decimalSeparator == "," ? "," : ".")
        var aliases: [String: LeadTier] = [:]
        for (word, tier) in mapping?.tierAliases ?? [:] { aliases[word.lowercased()] = tier }
        tierAliases = aliases
        repMatch = mapping?.repMatch ?? .id
    }

    /// The accepted tier words, for error messages.
    var tierExpectation: String {
        (LeadTier.allCases.map(\.rawValue) + tierAliases.keys.sorted()).joined(separator: ", ")
    }
}
