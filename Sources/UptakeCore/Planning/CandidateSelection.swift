/// The candidates for a day, what each is worth and why, and how many leads were left out for which reason.
public struct CandidateSelection: Hashable, Sendable {
    /// What the planner needs to know about a candidate beyond `CandidateStop`, for explanations.
    public struct Detail: Hashable, Sendable {
        /// The lead's name.
        public var name: String
        /// The lead's tier.
        public var tier: LeadTier
        /// Probability used for the value: calibrated (source `.scores`), the tier prior, or nil (value column).
        public var probability: Double?
        /// Deal value the probability multiplies (nil for a value column).
        public var dealValue: Double?
        /// Score reasons, strongest first (empty without scores).
        public var reasons: [String]

        /// Makes a detail.
        ///
        /// - Parameters:
        ///   - name: The lead's name.
        ///   - tier: Its tier.
        ///   - probability: Probability behind the value, or nil.
        ///   - dealValue: Deal value, or nil.
        ///   - reasons: Score reasons.
        public init(name: String, tier: LeadTier, probability: Double?, dealValue: Double?, reasons: [String]) {
            self.name = name
            self.tier = tier
            self.probability = probability
            self.dealValue = dealValue
            self.reasons = reasons
        }
    }

    /// Counts of leads left out, by reason (a lead is counted under the first reason that applies).
    public struct Exclusions: Hashable, Sendable {
        /// Owned by another rep.
        public var otherOwner = 0
        /// A tier not planned.
        public var tier = 0
        /// Visited within the recent-visit window.
        public var recentlyVisited = 0
        /// Has an appointment from the planned day on.
        public var openAppointment = 0
        /// Closed all that weekday.
        public var closed = 0
        /// No score (when scores are used) or no numeric value attribute (when a column is used).
        public var noValue = 0

        /// No lead left out yet.
        public init() {}
    }

    /// The candidates, ordered by lead id.
    public var candidates: [CandidateStop]
    /// Names, probabilities and reasons by lead.
    public var details: [LeadID: Detail]
    /// Where the values came from.
    public var valueSource: CandidateValueSource
    /// Leads left out.
    public var excluded: Exclusions

    /// Makes a selection (``select(day:dayStart:reps:leads:visits:appointments:scores:options:)`` makes them
    /// from the store's records).
    ///
    /// - Parameters:
    ///   - candidates: The candidates.
    ///   - details: Details by lead.
    ///   - valueSource: Where the values came from.
    ///   - excluded: Leads left out.
    public init(
        candidates: [CandidateStop], details: [LeadID: Detail], valueSource: CandidateValueSource,
        excluded: Exclusions = Exclusions()
    ) {
        self.candidates = candidates
        self.details = details
        self.valueSource = valueSource
        self.excluded = excluded
    }
}
