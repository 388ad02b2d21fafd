/// Drive times read from precomputed matrices (e.g. a routing engine's `table` answer), plus a per-stop overhead.
///
/// The planner's protocol is synchronous and pure, so road times are fetched first (by `UptakeRouting`) and
/// handed over here. A pair never added is answered by `fallback` when one is given, else as unreachable
/// (`.infinity`), which the planner treats as infeasible: a missing road time is never silently guessed.
///
/// ```swift
/// var travel = try MatrixTravelTimeModel(overheadMinutes: 5)
/// travel.add(origins: [a, b], destinations: [a, b], minutes: [0, 12, 11, 0])
/// travel.minutes(from: a, to: b)  // 17
/// ```
public struct MatrixTravelTimeModel: TravelTimeModel {
    private struct Pair: Hashable {
        let origin: Int
        let destination: Int
    }

    /// Minutes added to every trip between two different places (parking, walking in).
    public let overheadMinutes: Double
    /// Answers pairs that were never added, or nil to treat them as unreachable.
    public let fallback: GreatCircleTravelTimeModel?
    private var index: [GeoPoint: Int] = [:]
    private var driving: [Pair: Double] = [:]

    /// Makes an empty model.
    ///
    /// - Parameters:
    ///   - overheadMinutes: Per-stop overhead (default 5 minutes, as the great-circle model).
    ///   - fallback: Model for pairs not added, or nil.
    /// - Throws: `PlanningError` `.invalidRequest` for a negative overhead.
    public init(overheadMinutes: Double = 5, fallback: GreatCircleTravelTimeModel? = nil) throws {
        guard overheadMinutes.isFinite, overheadMinutes >= 0 else {
            throw PlanningError(.invalidRequest, "overhead \(overheadMinutes) minutes must not be negative")
        }
        self.overheadMinutes = overheadMinutes
        self.fallback = fallback
    }

    /// How many origin-destination pairs are known.
    public var pairCount: Int { driving.count }

    /// Adds a block of driving minutes (without overhead), row-major: `minutes[i * destinations.count + j]`
    /// from `origins[i]` to `destinations[j]`; `.infinity` for no route. Later blocks overwrite earlier ones.
    ///
    /// - Parameters:
    ///   - origins: Trip starts.
    ///   - destinations: Trip ends.
    ///   - minutes: `origins.count × destinations.count` driving minutes.
    public mutating func add(origins: [GeoPoint], destinations: [GeoPoint], minutes: [Double]) {
        precondition(minutes.count == origins.count * destinations.count, "matrix size does not match the points")
        var from: [Int] = [], to: [Int] = []
        for origin in origins { from.append(slot(origin)) }
        for destination in destinations { to.append(slot(destination)) }
        for (i, origin) in from.enumerated() {
            for (j, destination) in to.enumerated() {
                driving[Pair(origin: origin, destination: destination)] = minutes[i * to.count + j]
            }
        }
    }

    /// Minutes from `origin` to `destination`: zero for the same place, else the stored driving minutes plus
    /// the overhead; the fallback's answer (or `.infinity`) for a pair never added.
    ///
    /// - Parameters:
    ///   - origin: Where the trip starts.
    ///   - destination: Where it ends.
    /// - Returns: Travel minutes.
    public func minutes(from origin: GeoPoint, to destination: GeoPoint) -> Double {
        if origin == destination { return 0 }
        if let i = index[origin], let j = index[destination], let minutes = driving[Pair(origin: i, destination: j)] {
            return minutes + overheadMinutes
        }
        return fallback?.minutes(from: origin, to: destination) ?? .infinity
    }

    private mutating func slot(_ point: GeoPoint) -> Int {
        if let known = index[point] { return known }
        index[point] = index.count
        return index.count - 1
    }
}
