/// The outcome of randomizing reps: each rep's arm and stratum, and the balance it achieved.
public struct PilotAssignment: Hashable, Sendable, Codable {
    /// One rep's assignment.
    public struct Entry: Hashable, Sendable, Codable {
        /// The rep id.
        public var repID: String
        /// The arm.
        public var arm: PilotArm
        /// The stratum ("North|q2": team and baseline-conversion quantile bin).
        public var stratum: String

        enum CodingKeys: String, CodingKey { case repID = "rep_id", arm, stratum }
    }

    /// One entry per rep, sorted by rep id.
    public var entries: [Entry]
    /// Covariate balance between the arms.
    public var balance: BalanceTable

    /// Each rep's arm, by rep id.
    public var arms: [String: PilotArm] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.repID, $0.arm) })
    }
}
