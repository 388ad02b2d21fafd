/// Which leads become candidates for a day, and what a visit is worth and takes.
///
/// Defaults follow DESIGN.md: the planner slots low-priority (bronze) leads, which otherwise get no visit;
/// gold and silver leads are the reps' own booked work. Widen `tiers` to plan any lead.
public struct CandidateOptions: Hashable, Sendable {
    /// Leads visited (by anyone) within this many days before the planned day are left out.
    public var recentVisitDays: Int
    /// Only leads of these tiers are candidates (default: bronze only).
    public var tiers: Set<LeadTier>
    /// Visit length by tier, minutes (defaults: gold 45, silver 30, bronze 20).
    public var visitMinutes: [LeadTier: Double]
    /// When no scores are given: a numeric lead attribute taken as the visit's value, or nil for the tier prior.
    public var valueAttribute: String?
    /// When no scores and no value attribute are given: the prior probability of conversion by tier.
    ///
    /// Defaults (gold 0.30, silver 0.15, bronze 0.06) are a rule of thumb, not a measurement: they only order
    /// leads before a model exists. Replace them with the observed conversion rates of the territory.
    public var tierPriors: [LeadTier: Double]
    /// A fixed deal value for every lead instead of each lead's `expectedValue`, or nil.
    public var dealValue: Double?

    /// Makes options.
    ///
    /// - Parameters:
    ///   - recentVisitDays: Days without a visit (default 30).
    ///   - tiers: Tiers planned (default bronze).
    ///   - visitMinutes: Visit length by tier.
    ///   - valueAttribute: Value column when there are no scores, or nil.
    ///   - tierPriors: Prior probability by tier when there are no scores and no value column.
    ///   - dealValue: A fixed deal value, or nil for each lead's `expectedValue`.
    public init(
        recentVisitDays: Int = 30, tiers: Set<LeadTier> = [.bronze],
        visitMinutes: [LeadTier: Double] = [.gold: 45, .silver: 30, .bronze: 20], valueAttribute: String? = nil,
        tierPriors: [LeadTier: Double] = [.gold: 0.30, .silver: 0.15, .bronze: 0.06], dealValue: Double? = nil
    ) {
        self.recentVisitDays = recentVisitDays
        self.tiers = tiers
        self.visitMinutes = visitMinutes
        self.valueAttribute = valueAttribute
        self.tierPriors = tierPriors
        self.dealValue = dealValue
    }
}
