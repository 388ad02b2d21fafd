/// One stop of a planned day, with its times in minutes after midnight.
public struct PlannedStop: Hashable, Sendable, Codable {
    /// What the stop is.
    public enum Kind: Hashable, Sendable, Codable {
        /// Leaving the start place.
        case start
        /// A fixed appointment (its id).
        case appointment(String)
        /// The lunch break.
        case lunch
        /// A suggested lead visit.
        case suggestion(LeadID)
        /// Arriving at the end place.
        case end

        private enum CodingKeys: String, CodingKey { case type, id }

        /// Reads `{"type": "suggestion", "id": "lead-1"}` (the id only for appointments and suggestions).
        ///
        /// - Parameter decoder: The decoder.
        /// - Throws: `DecodingError` for an unknown type or a missing id.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            switch try container.decode(String.self, forKey: .type) {
            case "start": self = .start
            case "end": self = .end
            case "lunch": self = .lunch
            case "appointment": self = .appointment(try container.decode(String.self, forKey: .id))
            case "suggestion": self = .suggestion(try container.decode(LeadID.self, forKey: .id))
            case let other:
                throw DecodingError.dataCorruptedError(
                    forKey: .type, in: container, debugDescription: "unknown stop type \"\(other)\"")
            }
        }

        /// Writes `{"type": "suggestion", "id": "lead-1"}`: flat, for readers of the stored plan JSON.
        ///
        /// - Parameter encoder: The encoder.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .start: try container.encode("start", forKey: .type)
            case .end: try container.encode("end", forKey: .type)
            case .lunch: try container.encode("lunch", forKey: .type)
            case .appointment(let id):
                try container.encode("appointment", forKey: .type)
                try container.encode(id, forKey: .id)
            case .suggestion(let id):
                try container.encode("suggestion", forKey: .type)
                try container.encode(id, forKey: .id)
            }
        }
    }

    /// What the stop is.
    public var kind: Kind
    /// Where (nil for location-less stops: lunch, calls).
    public var location: GeoPoint?
    /// Arrival, minutes after midnight.
    public var arrival: Double
    /// Start of the visit (after any wait), minutes after midnight.
    public var start: Double
    /// End of the visit, minutes after midnight.
    public var end: Double
    /// For a suggestion: the fixed stops around it (ids as in `FixedStop.id`, or "start"/"end"), the
    /// minutes it alone would add between them, and the minutes its whole run of suggestions adds.
    public var detour: Detour?

    /// The extra driving a run of suggestions causes between two fixed stops.
    public struct Detour: Hashable, Sendable, Codable {
        /// Fixed stop before the run ("start" or an appointment id).
        public var after: String
        /// Fixed stop after the run (an appointment id or "end").
        public var before: String
        /// Travel minutes this suggestion alone adds between `after` and `before`.
        public var soloMinutes: Double
        /// Travel minutes added by the whole run of suggestions between `after` and `before`.
        public var extraMinutes: Double

        /// Makes a detour.
        ///
        /// - Parameters:
        ///   - after: Fixed stop before the run.
        ///   - before: Fixed stop after the run.
        ///   - soloMinutes: Minutes this suggestion alone adds.
        ///   - extraMinutes: Minutes the whole run adds.
        public init(after: String, before: String, soloMinutes: Double, extraMinutes: Double) {
            self.after = after
            self.before = before
            self.soloMinutes = soloMinutes
            self.extraMinutes = extraMinutes
        }
    }

    /// Makes a stop (the planner makes these; tests and stores rebuild them).
    ///
    /// - Parameters:
    ///   - kind: What the stop is.
    ///   - location: Where, or nil.
    ///   - arrival: Arrival, minutes after midnight.
    ///   - start: Start of the visit.
    ///   - end: End of the visit.
    ///   - detour: For a suggestion, its detour.
    public init(
        kind: Kind, location: GeoPoint?, arrival: Double, start: Double, end: Double, detour: Detour? = nil
    ) {
        self.kind = kind
        self.location = location
        self.arrival = arrival
        self.start = start
        self.end = end
        self.detour = detour
    }
}
