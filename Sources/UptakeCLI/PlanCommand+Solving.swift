import ArgumentParser
import Foundation
import UptakeCore
import UptakeRouting

extension PlanCommand {
    /// The plans of one group of reps solved jointly, with the reps that could not be planned.
    struct Solved {
        var plans: [(Frame, DayPlan)]
        var skipped: [Skipped]
        var travelName: String
    }

    /// Solves a group jointly with the chosen drive-time model: OSRM's road times when `--osrm-url` is given
    /// (great-circle instead only with `--osrm-fallback`), else the great-circle model.
    func solve(_ group: [Frame], selection: CandidateSelection) async throws -> Solved {
        let greatCircle = try greatCircle()
        let greatCircleName = "great-circle ×\(circuity) at \(speed) km/h + \(overheadMinutes) min"
        guard let osrmURL else {
            return try solve(group, candidates: selection.candidates, travel: greatCircle, name: greatCircleName)
        }
        let cache = OSRMMatrixCache()
        let cacheURL = osrmCache.map { URL(fileURLWithPath: $0) }
        do {
            if let cacheURL { try await cache.load(from: cacheURL) }
            let client = try OSRMTableClient(baseURL: osrmURL, cache: cache)
            let built = try await client.travelModel(
                days: group.map(\.day), candidates: selection.candidates, overheadMinutes: overheadMinutes)
            if let cacheURL { try await cache.save(to: cacheURL) }
            return try solve(
                group, candidates: built.reachable, travel: built.model,
                name: "OSRM \(osrmURL) + \(overheadMinutes) min")
        } catch let error as RoutingError where osrmFallback {
            FileHandle.standardError.write(Data("warning: \(error.message); using great-circle times\n".utf8))
            return try solve(group, candidates: selection.candidates, travel: greatCircle, name: greatCircleName)
        } catch let error as RoutingError {
            throw PlanCommandError(.routing, error.message)
        }
    }

    /// Plans the group jointly; reps whose appointments cannot all be kept are reported and left out.
    private func solve<Travel: TravelTimeModel>(
        _ group: [Frame], candidates: [CandidateStop], travel: Travel, name: String
    ) throws -> Solved {
        let planner = DayPlanner(travel: travel)
        var kept: [Frame] = []
        var skipped: [Skipped] = []
        for var frame in group {
            do {
                do {
                    _ = try planner.plan(frame.day, candidates: [], options: PlannerSearchOptions(iterations: 0, seed: seed))
                } catch let error as PlanningError where error.conflicts == ["lunch"] {
                    // Appointments leave no room for lunch: plan the day without a break rather than not at all.
                    frame.day.lunch = nil
                    frame.notes.append("no room for a \(lunchMinutes)-minute lunch between the appointments")
                    _ = try planner.plan(frame.day, candidates: [], options: PlannerSearchOptions(iterations: 0, seed: seed))
                }
                kept.append(frame)
            } catch let error as PlanningError where error.code == .infeasibleAppointments {
                if rep != nil {
                    throw PlanCommandError(
                        .appointmentConflicts, error.message + " (conflicts: \(error.conflicts.joined(separator: ", ")))")
                }
                skipped.append(Skipped(rep: frame.rep.id, reason: error.message, conflicts: error.conflicts))
            }
        }
        if kept.isEmpty { return Solved(plans: [], skipped: skipped, travelName: name) }
        let budget = Duration.milliseconds(Int64((seconds * Double(kept.count) * 1_000).rounded()))
        let options = PlannerSearchOptions(iterations: iterations, timeLimit: budget, seed: seed)
        let plans = kept.count == 1
            ? [try planner.plan(kept[0].day, candidates: candidates, options: options)]
            : try planner.planTeam(kept.map(\.day), candidates: candidates, options: options)
        return Solved(plans: Array(zip(kept, plans)), skipped: skipped, travelName: name)
    }
}
