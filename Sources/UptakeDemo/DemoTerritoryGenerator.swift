import Foundation
import UptakeCore

/// Makes a deterministic, realistic synthetic insurance field-sales territory in Ohio: DEMO DATA.
///
/// Reps are based in real Ohio towns; agencies sit around the real towns of the GeoNames table
/// (CC BY 4.0, © GeoNames; see ``OhioPlace``) in proportion to their population; each rep has two
/// years of fixed appointments, visits and conversions, and a calendar for the two weeks after today.
/// Conversions follow ``DemoGroundTruth`` exactly, so a trained model can be checked against the truth.
///
/// The same configuration always gives the same territory: all randomness comes from
/// ``SeededGenerator`` streams derived from the seed, one per concern (places, attributes, names,
/// each rep's calendar, outcomes), so changing one part leaves the others' draws unchanged.
///
/// ```swift
/// let territory = try DemoTerritoryGenerator(DemoTerritoryConfiguration(seed: 7)).generate()
/// let labels = territory.labels()          // converted within 90 days, resolved leads only
/// let truth = try DemoGroundTruth.probability(of: territory.leads[0], reps: territory.reps)
/// ```
public struct DemoTerritoryGenerator: Sendable {
    /// What to make.
    public var configuration: DemoTerritoryConfiguration
    /// The towns to place agencies around; nil reads the bundled GeoNames table.
    public var places: [OhioPlace]?

    /// The domain of the reps' email addresses (`.example` is reserved, RFC 2606).
    public static let emailDomain = "demo.uptake.example"
    /// The prefix of every generated id.
    public static let idPrefix = "demo-"
    /// Where reps are based, in the order they are hired: large towns spread across the state.
    /// Beyond this list, towns are reused with the rep's home a few kilometres away.
    public static let repBaseTowns = [
        "Columbus", "Cleveland", "Cincinnati", "Toledo", "Dayton", "Akron", "Youngstown", "Zanesville",
        "Lima", "Canton", "Mansfield", "Chillicothe", "Sandusky", "Marietta", "Springfield", "Findlay",
        "Portsmouth", "Athens", "Wooster", "Steubenville",
    ]

    /// Shift start of every rep (local time), 08:00.
    static let shiftStartMinutes = 8 * 60
    /// Shift end of every rep (local time), 17:00.
    static let shiftEndMinutes = 17 * 60

    /// Makes a generator.
    ///
    /// - Parameters:
    ///   - configuration: What to make (defaults: seed 1, 8 reps in 2 teams, 3,000 agencies).
    ///   - places: The towns to use; nil (the default) reads the bundled GeoNames table.
    public init(
        _ configuration: DemoTerritoryConfiguration = DemoTerritoryConfiguration(), places: [OhioPlace]? = nil
    ) {
        self.configuration = configuration
        self.places = places
    }

    /// Makes the territory.
    ///
    /// - Returns: Reps, agencies, appointments, visits and conversions, identical for identical
    ///   configurations.
    /// - Throws: ``DemoDataError`` `.invalidConfiguration` for counts out of range,
    ///   `.resourceMissing` or `.malformedResource` when the places table cannot be read or lacks a
    ///   base town.
    public func generate() throws -> DemoTerritory {
        try configuration.validate()
        let places = try self.places ?? OhioPlace.bundled()
        guard !places.isEmpty else {
            throw DemoDataError(.malformedResource, "the places table is empty")
        }
        let clock = try DemoClock(today: configuration.today)
        let reps = try makeReps(places: places)
        let leads = try makeAgencies(places: places, reps: reps, clock: clock)
        let (appointments, visits) = try makeCalendar(reps: reps, leads: leads, clock: clock)
        let conversions = try makeConversions(leads: leads, reps: reps, clock: clock)
        return DemoTerritory(
            configuration: configuration, asOf: clock.asOf, historyStart: clock.historyStart,
            calendarEnd: clock.calendarEnd, reps: reps, leads: leads, appointments: appointments,
            visits: visits, conversions: conversions)
    }

    /// A random stream for one concern, so each part of the territory draws independently.
    func randomStream(_ stream: UInt64) -> SeededGenerator {
        SeededGenerator(seed: configuration.seed, stream: stream)
    }

    /// `prefix` followed by `number` zero-padded to `width` digits, e.g. `demo-agency-0042`.
    static func id(_ prefix: String, _ number: Int, width: Int) -> String {
        let digits = String(number)
        return idPrefix + prefix + "-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Moves `point` by `kilometres` in direction `bearing` (radians from north), on a local flat
    /// approximation (fine at a few kilometres).
    static func offset(
        _ point: GeoPoint, kilometres: Double, bearing: Double
    ) -> (latitude: Double, longitude: Double) {
        let kilometresPerDegree = 111.195
        let latitude = point.latitude + kilometres * cos(bearing) / kilometresPerDegree
        let longitude = point.longitude
            + kilometres * sin(bearing) / (kilometresPerDegree * cos(point.latitude * Double.pi / 180))
        return (latitude, longitude)
    }
}
