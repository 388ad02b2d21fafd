/// Everything a weekly digest reports, as typed values: the caller fills what it has and leaves the rest
/// nil, and the digest says plainly what is not measured.
///
/// Each figure is turned into text only through ``KPICatalog``, so the digest shows the same numbers as
/// the pages and the API.
public struct DigestInput: Hashable, Sendable {
    /// The week reported.
    public var week: ISOWeek
    /// Whom it is for (and so its scope).
    public var role: DigestRole
    /// Visits, conversions and revenue in the scope this week.
    public var activity: BusinessActivity
    /// The same for last week.
    public var previousActivity: BusinessActivity?
    /// The suggestion funnel this week (nil until the suggestion ledger is connected).
    public var funnel: FunnelCounts?
    /// The funnel last week.
    public var previousFunnel: FunnelCounts?
    /// Dismissal reasons this week, most frequent first.
    public var dismissalReasons: [DismissalReasonCount]
    /// A few verbatim dismissal comments.
    public var dismissalComments: [String]
    /// The running pilot's read-out, if any.
    public var pilot: PilotEstimate?
    /// The ROI estimate now.
    public var roi: ROISummary?
    /// The ROI estimate a week ago.
    public var previousROI: ROISummary?
    /// The champion model's health.
    public var modelHealth: ModelHealthReport?
    /// The latest readiness pulse (already suppressed by ``PulseResults``).
    public var pulse: PulseResults?
    /// The pulse survey's title.
    public var pulseTitle: String?
    /// Each team's suggestion funnel this week, shown beside its pulse results.
    public var teamFunnels: [String: FunnelCounts]
    /// Whether the data is the synthetic demo territory or simulated (the digest then says so on top).
    public var isSimulated: Bool

    /// Makes an input with the business figures; everything else starts empty.
    ///
    /// - Parameters:
    ///   - week: The week.
    ///   - role: The audience.
    ///   - activity: This week's activity.
    ///   - previousActivity: Last week's.
    public init(week: ISOWeek, role: DigestRole, activity: BusinessActivity, previousActivity: BusinessActivity?) {
        self.week = week
        self.role = role
        self.activity = activity
        self.previousActivity = previousActivity
        self.dismissalReasons = []
        self.dismissalComments = []
        self.teamFunnels = [:]
        self.isSimulated = false
    }
}
