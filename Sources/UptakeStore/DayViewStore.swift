import Foundation
import UptakeCore

/// The reads behind one request of My day or `/api/v1/plans/today`, each in one round trip, refined by
/// ``UptakeRepository``.
///
/// A signed-in page used to make about seven queries (session, account, rep, plan, suggestions, appointments,
/// their leads, the suggestions' ledger events); on PostgreSQL each is a round trip and a statement to plan.
/// These join what one request needs: the account with its linked rep, the current plan with its
/// suggestions and their ledger events, and the day's appointments with their leads' names.
///
/// ```swift
/// let signedIn = try await repository.signedIn(sessionTokenHash: hash, at: Date())
/// let ledger = try await repository.currentPlanLedger(rep: "rep-1", day: day)
/// let calendar = try await repository.dayAppointments(rep: "rep-1", from: start, to: end)
/// ```
public protocol DayViewStore: Sendable {
    /// The unexpired session with this token hash, its account and the account's linked rep, in one query.
    ///
    /// - Parameters:
    ///   - sessionTokenHash: The SHA-256 (hex) of the cookie's token.
    ///   - now: The time to compare the expiry with.
    /// - Returns: The account with its session and rep (nil when the rep does not exist), or nil.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func signedIn(sessionTokenHash: String, at now: Date) async throws -> SignedInAccount?
    /// The account of an unrevoked API token and the account's linked rep, in one query.
    ///
    /// - Parameter apiTokenHash: The SHA-256 (hex) of the bearer token.
    /// - Returns: The account with its rep (no session), or nil.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func signedIn(apiTokenHash: String) async throws -> SignedInAccount?
    /// The rep's current plan for a day (as ``PlanStore/plan(rep:day:)`` reads it) with every ledger event
    /// of its suggestions (as ``LedgerStore/ledgerEvents(suggestions:)`` reads them), in one query.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - day: The day.
    /// - Returns: The plan and its suggestions' events, or nil when no plan is stored.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func currentPlanLedger(rep: RepID, day: CalendarDay) async throws -> PlanLedger?
    /// A rep's appointments overlapping `[from, to)` (as ``UptakeRepository/appointments(rep:from:to:)``
    /// reads them) with the names of their stored leads, in one query.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - from: Start, included.
    ///   - to: End, excluded.
    /// - Returns: The appointments by start, and the names of the leads they refer to that are stored.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func dayAppointments(rep: RepID, from: Date, to: Date) async throws -> DayAppointments
}
