import Foundation

/// How simulated reps answer the suggestions they are shown, for the demo pilot and its checks.
///
/// Every number here is an assumption written down, not a measurement: a shown suggestion is accepted
/// with probability ``acceptance`` (else dismissed with a reason drawn from ``reasonWeights``); an
/// accepted one is visited with ``visitGivenAccepted`` (the GPS point near the lead, or 1.1 km away with
/// ``gpsAwayShare``); a visit converts with ``conversionGivenVisited``, two hours later, at the lead's
/// expected value. A share ``correctionShare`` of dismissals is first recorded with a wrong reason and
/// then corrected by a superseding event, as a real ledger would be. The planted effect per shown
/// suggestion is ``expectedConversionsPerSuggestion``.
public struct SimulatedRepBehaviour: Hashable, Sendable, Codable {
    /// P(accepted | shown).
    public var acceptance: Double
    /// P(visited | accepted).
    public var visitGivenAccepted: Double
    /// P(converted | visited).
    public var conversionGivenVisited: Double
    /// Share of visits whose GPS point is recorded 1.1 km from the lead (flagged by the funnel).
    public var gpsAwayShare: Double
    /// Share of dismissals recorded first with a wrong reason, then corrected.
    public var correctionShare: Double
    /// Dismissal reasons and their relative weights.
    public var reasonWeights: [String: Double]

    /// The demo's assumptions: 55% accepted, 85% of those visited, 6% of visits convert.
    public static let demo = SimulatedRepBehaviour(
        acceptance: 0.55, visitGivenAccepted: 0.85, conversionGivenVisited: 0.06, gpsAwayShare: 0.07,
        correctionShare: 0.05,
        reasonWeights: ["too_far": 0.35, "no_time": 0.3, "not_interested": 0.15, "already_customer": 0.1,
                        "other": 0.1])

    /// Makes a behaviour.
    ///
    /// - Parameters:
    ///   - acceptance: P(accepted | shown).
    ///   - visitGivenAccepted: P(visited | accepted).
    ///   - conversionGivenVisited: P(converted | visited).
    ///   - gpsAwayShare: Share of visits recorded away from the lead.
    ///   - correctionShare: Share of dismissals corrected afterwards.
    ///   - reasonWeights: Dismissal reasons with weights.
    public init(
        acceptance: Double, visitGivenAccepted: Double, conversionGivenVisited: Double, gpsAwayShare: Double,
        correctionShare: Double, reasonWeights: [String: Double]
    ) {
        self.acceptance = acceptance
        self.visitGivenAccepted = visitGivenAccepted
        self.conversionGivenVisited = conversionGivenVisited
        self.gpsAwayShare = gpsAwayShare
        self.correctionShare = correctionShare
        self.reasonWeights = reasonWeights
    }

    /// Expected conversions per shown suggestion: acceptance × visit × conversion.
    public var expectedConversionsPerSuggestion: Double {
        acceptance * visitGivenAccepted * conversionGivenVisited
    }

    /// A suggestion shown to a simulated rep.
    public struct Suggestion: Hashable, Sendable {
        /// The suggestion id.
        public var id: String
        /// The rep.
        public var rep: RepID
        /// The lead.
        public var lead: LeadID
        /// The lead's location.
        public var location: GeoPoint
        /// When the rep would arrive.
        public var plannedArrival: Date
        /// The deal's value if it converts.
        public var value: Double

        /// Makes a suggestion.
        ///
        /// - Parameters:
        ///   - id: The suggestion id.
        ///   - rep: The rep.
        ///   - lead: The lead.
        ///   - location: The lead's location.
        ///   - plannedArrival: Planned arrival.
        ///   - value: Deal value.
        public init(id: String, rep: RepID, lead: LeadID, location: GeoPoint, plannedArrival: Date, value: Double) {
            self.id = id
            self.rep = rep
            self.lead = lead
            self.location = location
            self.plannedArrival = plannedArrival
            self.value = value
        }
    }

    /// The ledger events of shown suggestions, in the order they would be recorded.
    ///
    /// - Parameters:
    ///   - suggestions: The suggestions, each shown two and a half hours before its planned arrival.
    ///   - generator: The seeded generator.
    /// - Returns: Events ordered by time (corrections after what they correct); ids `sim-<suggestion>-<n>`.
    /// - Throws: ``LedgerError`` only if the weights hold an invalid reason (an empty code).
    public func events<G: RandomNumberGenerator>(
        for suggestions: [Suggestion], using generator: inout G
    ) throws -> [LedgerEvent] {
        let reasons = reasonWeights.keys.sorted()
        let total = reasons.reduce(0) { $0 + (reasonWeights[$1] ?? 0) }
        func drawReason(excluding excluded: String? = nil) -> String {
            var draw = Double.random(in: 0..<total, using: &generator)
            for reason in reasons {
                draw -= reasonWeights[reason] ?? 0
                if draw < 0 { return reason == excluded ? (reasons.first { $0 != excluded } ?? reason) : reason }
            }
            return reasons.last ?? "other"
        }
        var events: [LedgerEvent] = []
        for suggestion in suggestions {
            var count = 0
            func add(_ kind: LedgerEventKind, minutes: Double, reason: String? = nil, note: String? = nil,
                     location: GeoPoint? = nil, value: Double? = nil, supersedes: String? = nil) throws -> String {
                count += 1
                let id = "sim-\(suggestion.id)-\(count)"
                let distance = location.map { VisitLocationCheck.distanceMetres(from: $0, to: suggestion.location) }
                events.append(try LedgerEvent(
                    id: id, suggestion: suggestion.id, rep: suggestion.rep, lead: suggestion.lead, kind: kind,
                    time: suggestion.plannedArrival.addingTimeInterval(minutes * 60), reason: reason, note: note,
                    location: location, distanceMetres: distance, value: value, supersedes: supersedes))
                return id
            }
            _ = try add(.shown, minutes: -150)
            guard Double.random(in: 0..<1, using: &generator) < acceptance else {
                let reason = drawReason()
                let note = reason == "other" ? "simulated: other commitments" : nil
                if Double.random(in: 0..<1, using: &generator) < correctionShare {
                    let wrong = drawReason(excluding: reason)
                    let first = try add(.dismissed, minutes: -140, reason: wrong,
                                        note: wrong == "other" ? "simulated: entered in a hurry" : nil)
                    _ = try add(.dismissed, minutes: -100, reason: reason, note: note ?? "simulated: corrected reason",
                                supersedes: first)
                } else {
                    _ = try add(.dismissed, minutes: -140, reason: reason, note: note)
                }
                continue
            }
            _ = try add(.accepted, minutes: -140)
            guard Double.random(in: 0..<1, using: &generator) < visitGivenAccepted else { continue }
            let away = Double.random(in: 0..<1, using: &generator) < gpsAwayShare
            let offset = away ? 0.01 : Double.random(in: -0.0004...0.0004, using: &generator)
            let latitude = suggestion.location.latitude + (suggestion.location.latitude > 0 ? -offset : offset)
            let point = try GeoPoint(latitude: latitude, longitude: suggestion.location.longitude)
            _ = try add(.visited, minutes: 5, location: point)
            if Double.random(in: 0..<1, using: &generator) < conversionGivenVisited {
                _ = try add(.converted, minutes: 120, value: suggestion.value)
            }
        }
        return events.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element)
    }
}
