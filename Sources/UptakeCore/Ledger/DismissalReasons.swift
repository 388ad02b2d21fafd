import Foundation

/// The configurable list of reasons a rep may give for dismissing a suggestion.
///
/// Reasons are short codes (`too_far`); a dismissal carries one of them plus optional free text. A
/// reason that ``requiresNote(_:)`` (by default `other`) must come with the free text, so that the
/// catch-all stays readable.
public struct DismissalReasons: Hashable, Sendable, Codable {
    /// The accepted codes, in display order.
    public var codes: [String]
    /// The codes whose dismissals must carry free text.
    public var codesRequiringNote: Set<String>

    /// The default list: what field reps most often say when a suggested stop does not fit.
    public static let standard = DismissalReasons(
        unchecked: ["too_far", "no_time", "not_interested", "already_customer", "closed", "wrong_data", "other"],
        codesRequiringNote: ["other"])

    /// Makes a list.
    ///
    /// - Parameters:
    ///   - codes: The accepted reason codes.
    ///   - codesRequiringNote: Codes that need free text beside them.
    /// - Throws: ``LedgerError`` `.invalidValue` for an empty list, a repeated or blank code, or a
    ///   note-requiring code that is not in the list.
    public init(codes: [String], codesRequiringNote: Set<String> = []) throws {
        guard !codes.isEmpty else { throw LedgerError(.invalidValue, "the list of dismissal reasons is empty") }
        guard Set(codes).count == codes.count else {
            throw LedgerError(.invalidValue, "a dismissal reason is listed twice: \(codes.joined(separator: ","))")
        }
        if let blank = codes.first(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.contains(",") }) {
            throw LedgerError(.invalidValue, "dismissal reason \"\(blank)\" is blank or contains a comma")
        }
        if let stray = codesRequiringNote.subtracting(codes).sorted().first {
            throw LedgerError(.invalidValue, "reason \"\(stray)\" requires a note but is not in the list")
        }
        self.codes = codes
        self.codesRequiringNote = codesRequiringNote
    }

    private init(unchecked codes: [String], codesRequiringNote: Set<String>) {
        self.codes = codes
        self.codesRequiringNote = codesRequiringNote
    }

    /// Whether `code` is an accepted reason.
    ///
    /// - Parameter code: The reason code.
    /// - Returns: `true` when listed.
    public func contains(_ code: String) -> Bool { codes.contains(code) }

    /// Whether a dismissal with this reason needs free text.
    ///
    /// - Parameter code: The reason code.
    /// - Returns: `true` when it does.
    public func requiresNote(_ code: String) -> Bool { codesRequiringNote.contains(code) }
}
