import Foundation

/// What demo territory to make: the seed, the size of the sales force and the book of agencies, and
/// the day the history runs up to.
///
/// The same configuration always gives the same territory (see ``DemoTerritoryGenerator``).
public struct DemoTerritoryConfiguration: Hashable, Sendable, Codable {
    /// The random seed; a different seed gives a different territory.
    public var seed: UInt64
    /// Number of reps (at least 1).
    public var reps: Int
    /// Number of teams the reps are split into (1...reps), north to south.
    public var teams: Int
    /// Number of agencies (leads), at least 0.
    public var agencies: Int
    /// The day the history runs up to. History covers the two years before the local (New York)
    /// start of this day; the calendar goes on for ``planningDays`` days after it so tomorrow can
    /// be planned.
    public var today: Date

    /// The years of history before ``today``.
    public static let historyYears = 2
    /// The days of fixed appointments after ``today`` (today itself is also planned, not history).
    public static let planningDays = 14
    /// The territory's time zone; every rep's shift is in it.
    public static let timeZoneIdentifier = "America/New_York"

    /// A fixed default "today" so that the default configuration is reproducible:
    /// Monday 2 November 2026, 12:00 in New York (17:00 UTC).
    public static let defaultToday = Date(timeIntervalSince1970: 1_793_638_800)

    /// Makes a configuration.
    ///
    /// - Parameters:
    ///   - seed: The random seed (default 1).
    ///   - reps: Number of reps (default 8).
    ///   - teams: Number of teams (default 2).
    ///   - agencies: Number of agencies (default 3,000).
    ///   - today: The day the history runs up to (default ``defaultToday``).
    public init(
        seed: UInt64 = 1, reps: Int = 8, teams: Int = 2, agencies: Int = 3_000,
        today: Date = DemoTerritoryConfiguration.defaultToday
    ) {
        self.seed = seed
        self.reps = reps
        self.teams = teams
        self.agencies = agencies
        self.today = today
    }

    /// Checks the counts.
    ///
    /// - Throws: ``DemoDataError`` `.invalidConfiguration` naming the count out of range.
    public func validate() throws {
        guard reps >= 1 else {
            throw DemoDataError(.invalidConfiguration, "reps is \(reps); a territory needs at least one rep")
        }
        guard (1...reps).contains(teams) else {
            throw DemoDataError(.invalidConfiguration, "teams is \(teams); it must be between 1 and reps (\(reps))")
        }
        guard agencies >= 0 else {
            throw DemoDataError(.invalidConfiguration, "agencies is \(agencies); it cannot be negative")
        }
    }
}
