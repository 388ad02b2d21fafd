/// Plans reps' days: slots candidate leads into the gaps between fixed appointments where the detour is
/// small, maximising the total value of the added visits.
///
/// The problem is an orienteering problem with time windows and mandatory stops (DESIGN.md, "Planner");
/// `OrienteeringSearch` solves it. Fixed appointments are kept at their times or the planner throws, naming
/// the ones that conflict. Team mode plans several reps jointly: each lead goes to at most one rep.
///
/// ```swift
/// let planner = DayPlanner(travel: try GreatCircleTravelTimeModel())
/// let plan = try planner.plan(day, candidates: leads, options: PlannerSearchOptions(seed: 7))
/// for stop in plan.stops { print(stop.kind, stop.start) }
/// ```
public struct DayPlanner<Travel: TravelTimeModel>: Sendable {
    /// The drive-time model.
    public var travel: Travel

    /// Makes a planner.
    ///
    /// - Parameters:
    ///   - travel: Drive-time model (e.g. `GreatCircleTravelTimeModel`).
    public init(travel: Travel) {
        self.travel = travel
    }

    /// Plans one rep's day.
    ///
    /// Every feasible place for the lunch break between appointments is tried (with the same seed) and the
    /// best plan is kept.
    ///
    /// - Parameters:
    ///   - day: The rep's day frame.
    ///   - candidates: Leads that may be added.
    ///   - options: Search budget and seed.
    /// - Returns: The plan.
    /// - Throws: `PlanningError` `.infeasibleAppointments` with `conflicts` if the appointments (with the
    ///   shift and lunch) cannot all be kept; `.invalidRequest` for duplicate candidate ids.
    public func plan(_ day: RepDay, candidates: [CandidateStop], options: PlannerSearchOptions) throws -> DayPlan {
        let positions: [Int?] = day.lunch == nil ? [nil] : Array(0...day.appointments.count)
        var best: DayPlan?
        var firstError: PlanningError?
        for position in positions {
            do {
                let plan = try solve([day], lunchPositions: [position], candidates: candidates, options: options)[0]
                if let current = best, !(plan.value > current.value + 1e-9
                    || (abs(plan.value - current.value) <= 1e-9 && plan.travelMinutes < current.travelMinutes - 1e-9))
                {
                    continue
                }
                best = plan
            } catch let error as PlanningError where error.code == .infeasibleAppointments {
                if firstError == nil || error.conflicts != ["lunch"] { firstError = firstError ?? error }
            }
        }
        if let best { return best }
        throw firstError ?? PlanningError(.infeasibleAppointments, "the day cannot be planned", conflicts: [])
    }

    /// Plans several reps' days jointly; each candidate goes to at most one rep.
    ///
    /// Each rep's lunch break is placed in the first gap between appointments where it fits.
    ///
    /// - Parameters:
    ///   - days: One frame per rep.
    ///   - candidates: Leads that may be added to any rep's day.
    ///   - options: Search budget and seed for the whole team.
    /// - Returns: One plan per day, in the order of `days`.
    /// - Throws: `PlanningError` `.infeasibleAppointments` naming the rep and the conflicting stops.
    public func planTeam(_ days: [RepDay], candidates: [CandidateStop], options: PlannerSearchOptions) throws -> [DayPlan] {
        var positions: [Int?] = []
        for day in days {
            guard day.lunch != nil else { positions.append(nil); continue }
            var chosen: Int?
            var lastError: PlanningError?
            for position in 0...day.appointments.count {
                do {
                    _ = try DayPlanningModel(days: [day], lunchPositions: [position], candidates: [], travel: travel)
                    chosen = position
                    break
                } catch let error as PlanningError { lastError = error }
            }
            guard let chosen else { throw lastError! }
            positions.append(chosen)
        }
        return try solve(days, lunchPositions: positions, candidates: candidates, options: options)
    }

    private func solve(
        _ days: [RepDay], lunchPositions: [Int?], candidates: [CandidateStop], options: PlannerSearchOptions
    ) throws -> [DayPlan] {
        let built = try DayPlanningModel(days: days, lunchPositions: lunchPositions, candidates: candidates, travel: travel)
        var search = OrienteeringSearch(model: built.model, seed: options.seed)
        guard case .success(let empty) = search.mandatoryOnly() else {
            throw PlanningError(.infeasibleAppointments, "the fixed stops cannot all be kept")
        }
        let best = search.run(from: empty, options: options)
        return days.indices.map { built.plan(for: $0, route: best.routes[$0], base: empty.routes[$0]) }
    }
}
