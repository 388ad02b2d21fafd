extension RepDay {
    /// The places the day must pass through, in order: the start, the located appointments by start time,
    /// the end.
    public var fixedPlaces: [GeoPoint] {
        let located = appointments.sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
            .compactMap(\.location)
        return [start] + located + [end]
    }

    /// Which candidates the planner could give this rep: visited alone between two consecutive fixed places,
    /// each adds at most `limits.maxExtraMinutesPerStop` of driving (the planner's own rule, `PlanLimits`).
    ///
    /// Callers with costly travel times (a routing server) use it to ask for the full matrix of only these.
    ///
    /// - Parameters:
    ///   - candidates: Leads that may be added.
    ///   - travel: Drive times; only fixed × candidate and candidate × fixed pairs are asked.
    /// - Returns: One flag per candidate.
    public func reachable<Travel: TravelTimeModel>(_ candidates: [CandidateStop], travel: Travel) -> [Bool] {
        let places = fixedPlaces
        let points = candidates.map(\.location)
        let toCandidates = travel.matrix(from: places, to: points)
        let fromCandidates = travel.matrix(from: points, to: places)
        let bound = limits.maxExtraMinutesPerStop + 1e-9
        return candidates.indices.map { c in
            (1..<places.count).contains { k in
                let direct = travel.minutes(from: places[k - 1], to: places[k])
                return toCandidates[(k - 1) * points.count + c] + fromCandidates[c * places.count + k] - direct <= bound
            }
        }
    }
}
