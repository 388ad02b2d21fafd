import UptakeCore

extension OSRMTableClient {
    /// Adds the road times from every origin to every destination to a matrix model.
    ///
    /// - Parameters:
    ///   - model: The model to fill.
    ///   - origins: Trip starts.
    ///   - destinations: Trip ends.
    /// - Throws: ``RoutingError`` as ``drivingMinutes(from:to:)``.
    public func add(to model: inout MatrixTravelTimeModel, from origins: [GeoPoint], to destinations: [GeoPoint])
        async throws
    {
        let minutes = try await drivingMinutes(from: origins, to: destinations)
        model.add(origins: origins, destinations: destinations, minutes: minutes)
    }

    /// The planner's drive-time model for some reps' days: road times between the fixed places and the
    /// candidates any rep can reach, asked in two steps so that far-away candidates cost no request.
    ///
    /// First fixed × fixed, fixed × candidates and candidates × fixed are asked, and each day keeps the
    /// candidates it can reach within its detour limit (``RepDay/reachable(_:travel:)``); then the matrix
    /// among the kept candidates is asked.
    ///
    /// - Parameters:
    ///   - days: The days to plan.
    ///   - candidates: Every candidate.
    ///   - overheadMinutes: Per-stop overhead added to every trip.
    /// - Returns: The model and the candidates some rep can reach (in the order given).
    /// - Throws: ``RoutingError`` as ``drivingMinutes(from:to:)``.
    public func travelModel(
        days: [RepDay], candidates: [CandidateStop], overheadMinutes: Double
    ) async throws -> (model: MatrixTravelTimeModel, reachable: [CandidateStop]) {
        var model = try MatrixTravelTimeModel(overheadMinutes: overheadMinutes)
        var fixed: [GeoPoint] = []
        var seen = Set<GeoPoint>()
        for day in days { for place in day.fixedPlaces where seen.insert(place).inserted { fixed.append(place) } }
        let points = candidates.map(\.location)
        try await add(to: &model, from: fixed, to: fixed)
        if !points.isEmpty {
            try await add(to: &model, from: fixed, to: points)
            try await add(to: &model, from: points, to: fixed)
        }
        var keep = Array(repeating: false, count: candidates.count)
        for day in days {
            for (index, flag) in day.reachable(candidates, travel: model).enumerated() where flag { keep[index] = true }
        }
        let reachable = candidates.indices.filter { keep[$0] }.map { candidates[$0] }
        let kept = reachable.map(\.location)
        if !kept.isEmpty { try await add(to: &model, from: kept, to: kept) }
        return (model, reachable)
    }
}
