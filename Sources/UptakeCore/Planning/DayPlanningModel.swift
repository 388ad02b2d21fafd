/// The translation of reps' days and candidate leads into an `OrienteeringModel`, and back into plans.
///
/// Node layout: for each rep its start, end, appointments and lunch; then the candidates that at least one
/// rep can reach. A candidate is offered to a rep only if, inserted alone between two consecutive fixed
/// places of that rep, it adds at most `maxExtraMinutesPerStop` minutes (the per-stop rule of `PlanLimits`).
struct DayPlanningModel {
    enum NodeKind {
        case start(Int), end(Int), appointment(Int, Int), lunch(Int), candidate(Int)
    }

    let model: OrienteeringModel
    let kinds: [NodeKind]
    let days: [RepDay]
    let candidates: [CandidateStop]
    let locations: [GeoPoint?]

    init<Travel: TravelTimeModel>(
        days: [RepDay], lunchPositions: [Int?], candidates: [CandidateStop], travel: Travel
    ) throws {
        var seen = Set<LeadID>()
        for candidate in candidates where !seen.insert(candidate.id).inserted {
            throw PlanningError(.invalidRequest, "lead \(candidate.id) is a candidate twice")
        }
        var kinds: [NodeKind] = []
        var locations: [GeoPoint?] = []
        var service: [Double] = [], open: [Double] = [], close: [Double] = []
        var fixedOrder: [[Int]] = []  // per rep: start, mandatory..., end (node ids)
        for (r, day) in days.enumerated() {
            try Self.checkFixedStops(day, travel: travel, rep: r)
            let shift = (Double(day.shiftStart.minutes), Double(day.shiftEnd.minutes))
            func add(_ kind: NodeKind, _ location: GeoPoint?, _ duration: Double, _ from: Double, _ to: Double) -> Int {
                kinds.append(kind)
                locations.append(location)
                service.append(duration)
                open.append(from)
                close.append(to)
                return kinds.count - 1
            }
            let start = add(.start(r), day.start, 0, shift.0, shift.1)
            let end = add(.end(r), day.end, 0, shift.0, shift.1)
            var mandatory: [Int] = []
            let sorted = day.appointments.indices.sorted {
                (day.appointments[$0].start, day.appointments[$0].end, $0)
                    < (day.appointments[$1].start, day.appointments[$1].end, $1)
            }
            for (rank, index) in sorted.enumerated() {
                if let lunch = day.lunch, lunchPositions[r] == rank {
                    mandatory.append(Self.addLunch(lunch, rep: r, add))
                }
                let appointment = day.appointments[index]
                let at = Double(appointment.start.minutes)
                mandatory.append(add(
                    .appointment(r, index), appointment.location, Double(appointment.end.minutes) - at, at, at))
            }
            if let lunch = day.lunch, (lunchPositions[r] ?? 0) >= sorted.count {
                mandatory.append(Self.addLunch(lunch, rep: r, add))
            }
            fixedOrder.append([start] + mandatory + [end])
        }
        let fixedCount = kinds.count
        // Candidate windows: the whole visit inside one opening window, and inside the widest shift.
        var candidateWindows: [[ClosedRange<Double>]] = []
        for candidate in candidates {
            let raw = candidate.windows.isEmpty
                ? [0.0...1_440.0] : candidate.windows.map { Double($0.lowerBound.minutes)...Double($0.upperBound.minutes) }
            let windows = raw.compactMap { window -> ClosedRange<Double>? in
                let latest = window.upperBound - candidate.visitMinutes
                return latest >= window.lowerBound ? window.lowerBound...latest : nil
            }.sorted { $0.lowerBound < $1.lowerBound }
            candidateWindows.append(windows)
        }
        // Reachability filter from the fixed places (small matrix: fixed × candidates).
        let fixedPoints = locations.map { $0 ?? days[0].start }
        let toCandidates = travel.matrix(from: fixedPoints, to: candidates.map(\.location))
        let fromCandidates = travel.matrix(from: candidates.map(\.location), to: fixedPoints)
        var eligibleByRep: [[Int]] = Array(repeating: [], count: days.count)  // candidate indices
        var used = Array(repeating: false, count: candidates.count)
        for (r, day) in days.enumerated() where day.limits.maxAddedStops > 0 {
            let located = fixedOrder[r].filter { locations[$0] != nil }
            let bound = day.limits.maxExtraMinutesPerStop + 1e-9
            let shiftStart = Double(day.shiftStart.minutes), shiftEnd = Double(day.shiftEnd.minutes)
            for (c, candidate) in candidates.enumerated() where candidate.value > 0 {
                guard candidateWindows[c].contains(where: { $0.upperBound >= shiftStart && $0.lowerBound <= shiftEnd })
                else { continue }
                var reachable = false
                for k in 1..<located.count {
                    let a = located[k - 1], b = located[k]
                    let detour = toCandidates[a * candidates.count + c] + fromCandidates[c * fixedCount + b]
                        - travel.minutes(from: locations[a]!, to: locations[b]!)
                    if detour <= bound { reachable = true; break }
                }
                if reachable { eligibleByRep[r].append(c); used[c] = true }
            }
        }
        var candidateNode = Array(repeating: -1, count: candidates.count)
        var extraWindows: [[ClosedRange<Double>]] = Array(repeating: [], count: fixedCount)
        for (c, candidate) in candidates.enumerated() where used[c] {
            let windows = candidateWindows[c]
            candidateNode[c] = kinds.count
            kinds.append(.candidate(c))
            locations.append(candidate.location)
            service.append(candidate.visitMinutes)
            open.append(windows[0].lowerBound)
            close.append(windows[0].upperBound)
            extraWindows.append(Array(windows.dropFirst()))
        }
        let points = locations.map { $0 ?? days[0].start }
        let matrix = travel.matrix(from: points, to: points)
        let score = kinds.map { kind -> Double in
            if case .candidate(let c) = kind { return candidates[c].value } else { return 0 }
        }
        let vehicles = days.indices.map { r in
            OrienteeringModel.Vehicle(
                start: fixedOrder[r].first!, end: fixedOrder[r].last!,
                mandatory: Array(fixedOrder[r].dropFirst().dropLast()),
                eligible: eligibleByRep[r].map { candidateNode[$0] },
                maxOptional: max(0, days[r].limits.maxAddedStops),
                detourLimit: days[r].limits.maxExtraMinutesPerStop)
        }
        model = OrienteeringModel(
            travel: matrix, service: service, score: score, open: open, close: close, extraWindows: extraWindows,
            isLocationless: locations.map { $0 == nil }, vehicles: vehicles)
        self.kinds = kinds
        self.days = days
        self.candidates = candidates
        self.locations = locations
        // The mandatory-only routes must be feasible (this catches a lunch that fits nowhere).
        for (r, vehicle) in vehicles.enumerated() {
            var route = OrienteeringRoute(nodes: [vehicle.start] + vehicle.mandatory + [vehicle.end])
            if !route.evaluate(model, vehicle) {
                throw PlanningError(
                    .infeasibleAppointments, "rep \(days[r].rep): the lunch break does not fit between the appointments",
                    conflicts: ["lunch"])
            }
        }
    }

    private static func addLunch(
        _ lunch: LunchBreak, rep: Int, _ add: (NodeKind, GeoPoint?, Double, Double, Double) -> Int
    ) -> Int {
        let minutes = Double(lunch.minutes)
        return add(.lunch(rep), nil, minutes, Double(lunch.earliest.minutes), Double(lunch.latest.minutes) - minutes)
    }

    /// Names the appointments that cannot be kept: outside the shift, or not reachable in time from the
    /// previous fixed stop, or leaving no time to reach the end of the shift.
    private static func checkFixedStops<Travel: TravelTimeModel>(_ day: RepDay, travel: Travel, rep: Int) throws {
        let sorted = day.appointments.sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
        var conflicts: [String] = []
        var reasons: [String] = []
        func flag(_ ids: [String], _ reason: String) {
            for id in ids where !conflicts.contains(id) { conflicts.append(id) }
            reasons.append(reason)
        }
        var previousID = "start"
        var previousPlace = day.start
        var previousEnd = Double(day.shiftStart.minutes)
        for appointment in sorted {
            if appointment.start < day.shiftStart || appointment.end > day.shiftEnd {
                flag([appointment.id], "\(appointment.id) is outside the shift \(day.shiftStart)-\(day.shiftEnd)")
            }
            let leg = appointment.location.map { travel.minutes(from: previousPlace, to: $0) } ?? 0
            if previousEnd + leg > Double(appointment.start.minutes) + 1e-9 {
                flag([previousID, appointment.id], "\(appointment.id) at \(appointment.start) cannot be reached after \(previousID)")
            }
            previousID = appointment.id
            previousPlace = appointment.location ?? previousPlace
            previousEnd = max(previousEnd, Double(appointment.end.minutes))
        }
        if previousEnd + travel.minutes(from: previousPlace, to: day.end) > Double(day.shiftEnd.minutes) + 1e-9 {
            flag([previousID, "end"], "the end of the shift (\(day.shiftEnd)) cannot be reached after \(previousID)")
        }
        if !conflicts.isEmpty {
            throw PlanningError(
                .infeasibleAppointments, "rep \(day.rep): " + reasons.joined(separator: "; "), conflicts: conflicts)
        }
    }

    /// Turns a solved route back into a plan.
    func plan(for r: Int, route: OrienteeringRoute, base: OrienteeringRoute) -> DayPlan {
        var stops: [PlannedStop] = []
        // Fixed places that bound each detour segment, in route order.
        var boundaries: [String] = []
        for node in route.nodes where model.isMandatory[node] && !model.isLocationless[node] {
            boundaries.append(fixedID(node))
        }
        for (p, node) in route.nodes.enumerated() {
            let kind: PlannedStop.Kind
            var detour: PlannedStop.Detour?
            switch kinds[node] {
            case .start: kind = .start
            case .end: kind = .end
            case .lunch: kind = .lunch
            case .appointment(let rep, let index): kind = .appointment(days[rep].appointments[index].id)
            case .candidate(let c):
                kind = .suggestion(candidates[c].id)
                let s = route.segment[p]
                detour = PlannedStop.Detour(
                    after: boundaries[s], before: boundaries[s + 1], soloMinutes: route.soloDetour(node, s, model),
                    extraMinutes: route.segmentExtra[s])
            }
            stops.append(PlannedStop(
                kind: kind, location: locations[node], arrival: route.arrival[p], start: route.begin[p],
                end: route.begin[p] + model.service[node], detour: detour))
        }
        return DayPlan(
            rep: days[r].rep, stops: stops, value: route.score, travelMinutes: route.travelTime,
            baseTravelMinutes: base.travelTime)
    }

    private func fixedID(_ node: Int) -> String {
        switch kinds[node] {
        case .start: "start"
        case .end: "end"
        case .lunch: "lunch"
        case .appointment(let rep, let index): days[rep].appointments[index].id
        case .candidate(let c): candidates[c].id.rawValue
        }
    }
}
