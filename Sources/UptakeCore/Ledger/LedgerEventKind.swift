/// What happened to a suggestion.
///
/// The funnel stages are ``shown``, ``accepted``, ``visited`` and ``converted``; ``dismissed`` is the
/// other answer to a shown suggestion, and ``retracted`` withdraws an earlier event (see
/// ``LedgerEvent/supersedes``).
public enum LedgerEventKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The rep was shown the suggestion (control reps' suggestions have no such event).
    case shown
    /// The rep put the suggested stop in their day.
    case accepted
    /// The rep declined it, with a reason from ``DismissalReasons`` and optional free text.
    case dismissed
    /// The rep visited the lead; optionally with the GPS point where the visit was recorded.
    case visited
    /// The lead converted, with the deal's value.
    case converted
    /// Withdraws the event named by ``LedgerEvent/supersedes`` without replacing it.
    case retracted
}
