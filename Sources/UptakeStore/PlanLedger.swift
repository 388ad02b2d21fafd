import UptakeCore

/// A stored plan with the ledger events of its suggestions (``DayViewStore/currentPlanLedger(rep:day:)``).
public struct PlanLedger: Hashable, Sendable {
    /// The plan with its suggestions, by position.
    public var plan: StoredPlan
    /// Every event of the plan's suggestions, in recording order.
    public var events: [LedgerEvent]

    /// Makes the value.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - events: Its suggestions' events, in recording order.
    public init(plan: StoredPlan, events: [LedgerEvent]) {
        self.plan = plan
        self.events = events
    }
}
