import Foundation
import Testing
import UptakeCore

@Suite("Day planner: fixed appointments, limits, optimality on small days, team mode")
struct DayPlannerTests {
    static let travel = try! GreatCircleTravelTimeModel()
    static let planner = DayPlanner(travel: travel)

    static func time(_ hour: Int, _ minute: Int = 0) -> TimeOfDay { try! TimeOfDay(hour: hour, minute: minute) }

    /// A small LCG so that the test data does not depend on the planner's own generator.
    struct TestRandom {
        var state: UInt64
        mutating func unit() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        mutating func below(_ bound: Int) -> Int { min(bound - 1, Int(unit() * Double(bound))) }
    }

    /// A rep's day around Columbus, Ohio: two or three appointments, a lunch, and `count` candidates
    /// within ~25 km, some with opening windows.
    static func randomDay(seed: UInt64, count: Int, maxStops: Int = 3) -> (RepDay, [CandidateStop]) {
        var random = TestRandom(state: seed &+ 0x9E37_79B9)
        func point() -> GeoPoint {
            GeoPoint(uncheckedLatitude: 39.96 + (random.unit() - 0.5) * 0.25, longitude: -83.0 + (random.unit() - 0.5) * 0.3)
        }
        let home = point()
        var appointments: [FixedStop] = []
        let slots = [9 * 60 + random.below(30), 13 * 60 + random.below(30), 16 * 60 + random.below(30)]
        for (index, start) in slots.prefix(2 + random.below(2)).enumerated() {
            let location: GeoPoint? = random.unit() < 0.15 ? nil : point()
            appointments.append(try! FixedStop(
                id: "a\(index)", location: location, start: try! TimeOfDay(minutes: start),
                end: try! TimeOfDay(minutes: start + 30 + random.below(4) * 15)))
        }
        let lunch = try! LunchBreak(earliest: time(11, 30), latest: time(14), minutes: 30)
        let day = RepDay(
            rep: RepID("rep-\(seed)"), start: home, end: home, shiftStart: time(7, 30), shiftEnd: time(18, 30), lunch: lunch,
            appointments: appointments, limits: PlanLimits(maxAddedStops: maxStops, maxExtraMinutesPerStop: 20))
        var candidates: [CandidateStop] = []
        for index in 0..<count {
            var windows: [ClosedRange<TimeOfDay>] = []
            if random.unit() < 0.4 {
                let open = 8 * 60 + random.below(6) * 60
                windows = [try! TimeOfDay(minutes: open)...(try! TimeOfDay(minutes: open + 120 + random.below(4) * 60))]
            }
            candidates.append(try! CandidateStop(
                id: LeadID("lead-\(index)"), location: point(), value: Double(1 + random.below(100)),
                visitMinutes: Double(20 + random.below(3) * 10), windows: windows))
        }
        return (day, candidates)
    }

    @Test("plans keep every appointment at its time and pass the independent check", arguments: 0..<12)
    func feasibleAndFixed(seed: Int) throws {
        let (day, candidates) = Self.randomDay(seed: UInt64(seed), count: 40)
        let plan = try Self.planner.plan(day, candidates: candidates, options: PlannerSearchOptions(iterations: 300, timeLimit: nil, seed: 5))
        let value = try IndependentPlanChecker.dayValue(plan, day: day, candidates: candidates, travel: Self.travel)
        #expect(abs(value - plan.value) < 1e-9)
        for appointment in day.appointments {
            let stop = plan.stops.first { $0.kind == .appointment(appointment.id) }
            #expect(stop?.start == Double(appointment.start.minutes))
            #expect(stop?.end == Double(appointment.end.minutes))
        }
        #expect(plan.suggestions.count <= 3)
        #expect(plan.travelMinutes >= plan.baseTravelMinutes - 1e-9)
    }

    @Test("the same seed gives the same plan")
    func deterministic() throws {
        let (day, candidates) = Self.randomDay(seed: 77, count: 60)
        let options = PlannerSearchOptions(iterations: 400, timeLimit: nil, seed: 11)
        let first = try Self.planner.plan(day, candidates: candidates, options: options)
        let second = try Self.planner.plan(day, candidates: candidates, options: options)
        #expect(first == second)
    }

    @Test("days with at most 8 candidates are solved to the optimum of exhaustive enumeration", arguments: 0..<30)
    func matchesBruteForce(seed: Int) throws {
        let (day, candidates) = Self.randomDay(seed: UInt64(1_000 + seed), count: 8)
        let plan = try Self.planner.plan(day, candidates: candidates, options: PlannerSearchOptions(iterations: 300, timeLimit: nil, seed: UInt64(seed)))
        let checked = try IndependentPlanChecker.dayValue(plan, day: day, candidates: candidates, travel: Self.travel)
        let optimum = Self.bruteForce(day, candidates)
        #expect(abs(checked - optimum.value) < 1e-9, "seed \(seed): planner \(plan.stops.map(\.kind)) \(checked), optimum \(optimum)")
    }

    @Test("conflicting appointments are reported by id")
    func reportsConflicts() throws {
        let columbus = GeoPoint(uncheckedLatitude: 39.9612, longitude: -82.9988)
        let cleveland = GeoPoint(uncheckedLatitude: 41.4993, longitude: -81.6944)
        let day = RepDay(
            rep: "r", start: columbus, end: cleveland, shiftStart: Self.time(8), shiftEnd: Self.time(17),
            appointments: [
                try FixedStop(id: "near", location: columbus, start: Self.time(9), end: Self.time(10)),
                try FixedStop(id: "far", location: cleveland, start: Self.time(10, 30), end: Self.time(11)),
                try FixedStop(id: "call", location: nil, start: Self.time(15), end: Self.time(15, 30)),
            ])
        do {
            _ = try Self.planner.plan(day, candidates: [], options: PlannerSearchOptions(iterations: 10, timeLimit: nil))
            Issue.record("expected a conflict")
        } catch let error as PlanningError {
            #expect(error.code == .infeasibleAppointments)
            #expect(error.conflicts == ["near", "far"])
        }
    }

    @Test("a lunch that fits nowhere is reported")
    func reportsLunch() throws {
        let place = GeoPoint(uncheckedLatitude: 39.9612, longitude: -82.9988)
        let day = RepDay(
            rep: "r", start: place, end: place, shiftStart: Self.time(8), shiftEnd: Self.time(17),
            lunch: try LunchBreak(earliest: Self.time(12), latest: Self.time(13), minutes: 45),
            appointments: [try FixedStop(id: "a", location: place, start: Self.time(12, 15), end: Self.time(12, 45))])
        #expect {
            _ = try Self.planner.plan(day, candidates: [], options: PlannerSearchOptions(iterations: 10, timeLimit: nil))
        } throws: { ($0 as? PlanningError)?.conflicts == ["lunch"] }
    }

    @Test("the detour limit decides whether an off-route lead is added")
    func detourLimit() throws {
        let start = GeoPoint(uncheckedLatitude: 39.9612, longitude: -82.9988)
        let appointment = GeoPoint(uncheckedLatitude: 40.0612, longitude: -82.9988)  // ~11 km north
        let lead = GeoPoint(uncheckedLatitude: 40.0112, longitude: -82.93)  // ~6 km east of the line
        let candidate = try CandidateStop(id: "l", location: lead, value: 10, visitMinutes: 30)
        func day(_ limit: Double) -> RepDay {
            RepDay(
                rep: "r", start: start, end: start, shiftStart: Self.time(8), shiftEnd: Self.time(17),
                appointments: [try! FixedStop(id: "a", location: appointment, start: Self.time(11), end: Self.time(12))],
                limits: PlanLimits(maxAddedStops: 3, maxExtraMinutesPerStop: limit))
        }
        let direct = Self.travel.minutes(from: start, to: appointment)
        let detour = Self.travel.minutes(from: start, to: lead) + Self.travel.minutes(from: lead, to: appointment) - direct
        let options = PlannerSearchOptions(iterations: 50, timeLimit: nil)
        #expect(try Self.planner.plan(day(detour + 0.5), candidates: [candidate], options: options).suggestions == ["l"])
        #expect(try Self.planner.plan(day(detour - 0.5), candidates: [candidate], options: options).suggestions.isEmpty)
    }

    @Test("an empty day (no appointments, no lunch) with one candidate is planned")
    func emptyDayWithOneCandidate() throws {
        // The improvement step once indexed 1..<(count - 2) on a route of start and end alone, and trapped.
        let home = GeoPoint(uncheckedLatitude: 39.96, longitude: -83.0)
        let day = RepDay(rep: "r", start: home, end: home, shiftStart: Self.time(8), shiftEnd: Self.time(17))
        let candidate = try CandidateStop(
            id: "l", location: GeoPoint(uncheckedLatitude: 39.97, longitude: -83.0), value: 5, visitMinutes: 20)
        let plan = try Self.planner.plan(
            day, candidates: [candidate], options: PlannerSearchOptions(iterations: 200, timeLimit: nil))
        #expect(plan.suggestions == ["l"])
        #expect(try IndependentPlanChecker.dayValue(plan, day: day, candidates: [candidate], travel: Self.travel) == 5)
        #expect(try Self.planner.plan(day, candidates: [], options: PlannerSearchOptions(iterations: 50)).stops.count == 2)
    }

    @Test("team mode: each lead to at most one rep, every plan feasible, deterministic")
    func team() throws {
        var days: [RepDay] = []
        var candidates: [CandidateStop] = []
        for r in 0..<4 {
            let (day, own) = Self.randomDay(seed: UInt64(500 + r), count: 15)
            days.append(day)
            candidates += own.map { c in
                try! CandidateStop(id: LeadID("\(r)-\(c.id)"), location: c.location, value: c.value,
                                   visitMinutes: c.visitMinutes, windows: c.windows)
            }
        }
        let options = PlannerSearchOptions(iterations: 300, timeLimit: nil, seed: 2)
        let plans = try Self.planner.planTeam(days, candidates: candidates, options: options)
        #expect(plans.count == 4)
        var seen = Set<LeadID>()
        for (plan, day) in zip(plans, days) {
            #expect(plan.rep == day.rep)
            _ = try IndependentPlanChecker.dayValue(plan, day: day, candidates: candidates, travel: Self.travel)
            for lead in plan.suggestions { #expect(seen.insert(lead).inserted, "\(lead) planned twice") }
        }
        #expect(!seen.isEmpty)
        #expect(try Self.planner.planTeam(days, candidates: candidates, options: options) == plans)
    }

    /// Best value over every choice of at most K candidates and every order of them, the lunch and the
    /// appointments (appointments in time order), each simulated by the independent checker's rules.
    static func bruteForce(_ day: RepDay, _ candidates: [CandidateStop]) -> (value: Double, order: [PlannedStop.Kind]) {
        let appointments = day.appointments.sorted { $0.start < $1.start }
        var best = 0.0
        var bestOrder: [PlannedStop.Kind] = []
        func permutations(_ items: [PlannedStop.Kind]) -> [[PlannedStop.Kind]] {
            if items.count <= 1 { return [items] }
            var result: [[PlannedStop.Kind]] = []
            for (index, item) in items.enumerated() {
                var rest = items
                rest.remove(at: index)
                for tail in permutations(rest) { result.append([item] + tail) }
            }
            return result
        }
        func subsets(_ from: Int, _ chosen: [Int]) {
            var items: [PlannedStop.Kind] = chosen.map { .suggestion(candidates[$0].id) }
            if day.lunch != nil { items.append(.lunch) }
            let fixed = appointments.map { PlannedStop.Kind.appointment($0.id) }
            for order in permutations(items + fixed) {
                let appointmentOrder = order.filter { if case .appointment = $0 { true } else { false } }
                if appointmentOrder != fixed { continue }
                if let value = simulate([.start] + order + [.end], day, candidates), value > best {
                    best = value
                    bestOrder = order
                }
            }
            if chosen.count == day.limits.maxAddedStops { return }
            for next in from..<candidates.count { subsets(next + 1, chosen + [next]) }
        }
        subsets(0, [])
        return (best, bestOrder)
    }

    /// The independent checker's rules on a sequence of stop kinds (times are recomputed).
    static func simulate(_ kinds: [PlannedStop.Kind], _ day: RepDay, _ candidates: [CandidateStop]) -> Double? {
        try? IndependentPlanChecker.dayValue(kinds: kinds, day: day, candidates: candidates, travel: travel)
    }
}
