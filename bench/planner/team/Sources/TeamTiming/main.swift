// Team-mode timing: synthetic reps and leads placed around Ohio's real towns (GeoNames, population-weighted),
// planned jointly by DayPlanner.planTeam. Prints wall time, value and suggestions per case.
import Foundation
import UptakeCore

struct Random {
    var state: UInt64
    mutating func unit() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(1 << 53)
    }
    mutating func below(_ bound: Int) -> Int { min(bound - 1, Int(unit() * Double(bound))) }
}

struct Place { var latitude: Double; var longitude: Double; var population: Double }

func loadPlaces() throws -> [Place] {
    var directory = URL(fileURLWithPath: #filePath)
    while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("bench").path) {
        directory.deleteLastPathComponent()
    }
    let url = directory.deletingLastPathComponent().appendingPathComponent("shared/data/geography/ohio-places.csv")
    let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
    return lines.compactMap { line in
        let fields = line.split(separator: ",", omittingEmptySubsequences: false)
        guard fields.count >= 5, let lat = Double(fields[2]), let lon = Double(fields[3]), let pop = Double(fields[4])
        else { return nil }
        return Place(latitude: lat, longitude: lon, population: pop)
    }
}

func time(_ minutes: Int) -> TimeOfDay { try! TimeOfDay(minutes: minutes) }

/// A point near a population-weighted town, jittered by up to ~`kilometres`.
func point(near places: [Place], cumulative: [Double], _ random: inout Random, kilometres: Double) -> GeoPoint {
    let target = random.unit() * cumulative.last!
    var low = 0, high = cumulative.count - 1
    while low < high {
        let mid = (low + high) / 2
        if cumulative[mid] < target { low = mid + 1 } else { high = mid }
    }
    return jitter(GeoPoint(uncheckedLatitude: places[low].latitude, longitude: places[low].longitude), &random, kilometres)
}

func jitter(_ center: GeoPoint, _ random: inout Random, _ kilometres: Double) -> GeoPoint {
    let dLat = (random.unit() - 0.5) * 2 * kilometres / 111
    let dLon = (random.unit() - 0.5) * 2 * kilometres / (111 * cos(center.latitude * .pi / 180))
    return GeoPoint(uncheckedLatitude: center.latitude + dLat, longitude: center.longitude + dLon)
}

func makeCase(reps: Int, candidates: Int, seed: UInt64, places: [Place]) -> ([RepDay], [CandidateStop]) {
    var random = Random(state: seed)
    var cumulative: [Double] = []
    var total = 0.0
    for place in places { total += place.population; cumulative.append(total) }
    var days: [RepDay] = []
    var homes: [GeoPoint] = []
    for r in 0..<reps {
        let home = point(near: places, cumulative: cumulative, &random, kilometres: 5)
        homes.append(home)
        var appointments: [FixedStop] = []
        for (index, start) in [9 * 60 + random.below(30), 13 * 60 + random.below(30), 16 * 60 + random.below(30)]
            .prefix(2 + random.below(2)).enumerated()
        {
            appointments.append(try! FixedStop(
                id: "r\(r)-a\(index)", location: jitter(home, &random, 15), start: time(start),
                end: time(start + 45)))
        }
        days.append(RepDay(
            rep: RepID("rep-\(r)"), start: home, end: home, shiftStart: time(8 * 60), shiftEnd: time(18 * 60),
            lunch: try! LunchBreak(earliest: time(11 * 60 + 30), latest: time(14 * 60), minutes: 30),
            appointments: appointments))
    }
    var leads: [CandidateStop] = []
    for index in 0..<candidates {
        // With one rep, the leads are in its territory; with a team, all over Ohio.
        let location = reps == 1
            ? jitter(homes[0], &random, 40) : point(near: places, cumulative: cumulative, &random, kilometres: 8)
        var windows: [ClosedRange<TimeOfDay>] = []
        if random.unit() < 0.3 {
            let open = 8 * 60 + random.below(5) * 60
            windows = [time(open)...time(open + 180)]
        }
        leads.append(try! CandidateStop(
            id: LeadID("lead-\(index)"), location: location, value: (0.05 + random.unit() * 0.4) * 10_000,
            visitMinutes: 30, windows: windows))
    }
    return (days, leads)
}

/// CPU time of this process in nanoseconds (the machine is shared: wall time alone overstates).
func processCPUNanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

let places = try loadPlaces()
let planner = DayPlanner(travel: try GreatCircleTravelTimeModel())
print("Team-mode timing (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
print("case                 iterations  time limit   wall s   CPU s    value      suggestions  reps with ≥1")
for (reps, candidates, iterations, limit) in [
    (1, 500, 2_000, Duration.milliseconds(200)),
    (50, 5_000, 2_500, Duration.seconds(8)),
    (50, 5_000, 10_000, Duration.seconds(30)),
] {
    let (days, leads) = makeCase(reps: reps, candidates: candidates, seed: 2_026, places: places)
    let clock = ContinuousClock()
    let began = clock.now
    let cpuBegan = processCPUNanoseconds()
    let plans = try planner.planTeam(days, candidates: leads, options: PlannerSearchOptions(
        iterations: iterations, timeLimit: limit, seed: 1))
    let elapsed = clock.now - began
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let cpuSeconds = Double(processCPUNanoseconds() - cpuBegan) * 1e-9
    let value = plans.reduce(0) { $0 + $1.value }
    let suggestions = plans.reduce(0) { $0 + $1.suggestions.count }
    let served = plans.filter { !$0.suggestions.isEmpty }.count
    let name = "\(reps) rep\(reps == 1 ? "" : "s") × \(candidates)"
    print(name.padding(toLength: 20, withPad: " ", startingAt: 0)
          + " \(String(iterations).padding(toLength: 11, withPad: " ", startingAt: 0))"
          + " \(String(describing: limit).padding(toLength: 12, withPad: " ", startingAt: 0))"
          + String(format: " %7.2f  %7.2f  %9.0f  %11d  %d/%d", seconds, cpuSeconds, value, suggestions, served, reps))
}
