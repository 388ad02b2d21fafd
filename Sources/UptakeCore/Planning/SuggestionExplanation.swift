/// Why a suggested stop is in a rep's day, as data and as one sentence.
///
/// The sentence follows the product's wording: "adds 9 min between Acme 10:00 and Birch 11:30; 24% chance
/// to convert, about $1,240 expected; why: ...; 35 min slack left". The fields carry the same facts for pages,
/// the JSON API and the ledger.
public struct SuggestionExplanation: Hashable, Sendable, Codable {
    /// A fixed stop next to the suggestion: the start or end of the day, or an appointment.
    public struct Neighbour: Hashable, Sendable, Codable {
        /// Its id in the plan ("start", "end", or the appointment id).
        public var id: String
        /// What to call it ("start", "end", or the appointment's title or lead name).
        public var name: String
        /// When the rep is there: the appointment's start, the departure or the return (minutes after midnight).
        public var minutes: Double

        /// Makes a neighbour.
        ///
        /// - Parameters:
        ///   - id: Id in the plan.
        ///   - name: Display name.
        ///   - minutes: Time at the stop, minutes after midnight.
        public init(id: String, name: String, minutes: Double) {
            self.id = id
            self.name = name
            self.minutes = minutes
        }
    }

    /// The sentence shown to the rep.
    public var text: String
    /// The lead suggested.
    public var lead: LeadID
    /// The lead's name.
    public var leadName: String
    /// Planned arrival at the lead, minutes after midnight.
    public var arrivalMinutes: Double
    /// The fixed stop before the suggestion.
    public var after: Neighbour
    /// The fixed stop after it.
    public var before: Neighbour
    /// Driving minutes this stop alone adds between `after` and `before`.
    public var addedMinutes: Double
    /// Minutes the rep could still lose before `before` without being late (waiting time included).
    public var slackMinutes: Double
    /// Calibrated probability of conversion, when a score exists.
    public var probability: Double?
    /// Expected value of the visit (the planner's value).
    public var expectedValue: Double
    /// Where the value came from.
    public var valueSource: CandidateValueSource
    /// The lead's top score reasons, strongest first.
    public var reasons: [String]

    /// Makes an explanation.
    ///
    /// - Parameters:
    ///   - text: The sentence.
    ///   - lead: The lead.
    ///   - leadName: Its name.
    ///   - arrivalMinutes: Planned arrival, minutes after midnight.
    ///   - after: Fixed stop before.
    ///   - before: Fixed stop after.
    ///   - addedMinutes: Minutes this stop alone adds.
    ///   - slackMinutes: Slack left before `before`.
    ///   - probability: Calibrated probability, or nil.
    ///   - expectedValue: Expected value of the visit.
    ///   - valueSource: Where the value came from.
    ///   - reasons: Top score reasons.
    public init(
        text: String, lead: LeadID, leadName: String, arrivalMinutes: Double, after: Neighbour, before: Neighbour,
        addedMinutes: Double, slackMinutes: Double, probability: Double?, expectedValue: Double,
        valueSource: CandidateValueSource, reasons: [String]
    ) {
        self.text = text
        self.lead = lead
        self.leadName = leadName
        self.arrivalMinutes = arrivalMinutes
        self.after = after
        self.before = before
        self.addedMinutes = addedMinutes
        self.slackMinutes = slackMinutes
        self.probability = probability
        self.expectedValue = expectedValue
        self.valueSource = valueSource
        self.reasons = reasons
    }
}
