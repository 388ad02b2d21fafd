// The evidence benchmark: 1,000 reps and 1,000,000 synthetic ledger events aggregated to rep metrics and
// analysed (ITT + randomization + CUPED + sequential + CACE + relative + SRM), then ROI Monte Carlo, then
// the simulation checks at scale. With `--peer PYTHON`, runs bench/evidence/peer.py on the same events in
// the same run and prints our time, the peer's, and the ratio.
import Foundation
import UptakeEvidence

// MARK: Arguments

var peerPython: String?
var workDirectory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("uptake-evidence-bench")
var simulationPilots = 10_000
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--peer": peerPython = arguments.next()
    case "--work": workDirectory = URL(fileURLWithPath: arguments.next()!)
    case "--pilots": simulationPilots = Int(arguments.next()!)!
    default: fatalError("unknown argument \(argument)")
    }
}
try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)

@MainActor func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

// MARK: Synthetic ledger

/// Event kinds as in the ledger: shown, accepted, dismissed, visited, converted.
enum Kind: UInt8 { case shown = 0, accepted, dismissed, visited, converted }

let repCount = 1_000, eventCount = 1_000_000
let preWeeks = 8, pilotWeeks = 12
var generator = ExperimentRandom(seed: 2026)
var arms = [UInt8](repeating: 0, count: repCount)  // 1 = treatment
for index in 0..<(repCount / 2) { arms[index] = 1 }
arms.shuffle(using: &generator)
let propensity = (0..<repCount).map { _ in max(0.01, 0.05 + 0.015 * NormalDistribution.standard.sample(using: &generator)) }
let acceptRate = (0..<repCount).map { _ in Double.random(in: 0.2..<0.9, using: &generator) }
var eventRep = [Int32](), eventWeek = [Int8](), eventKind = [UInt8]()
eventRep.reserveCapacity(eventCount + 4); eventWeek.reserveCapacity(eventCount + 4); eventKind.reserveCapacity(eventCount + 4)
@MainActor func record(_ rep: Int, _ week: Int, _ kind: Kind) {
    eventRep.append(Int32(rep)); eventWeek.append(Int8(week)); eventKind.append(kind.rawValue)
}
while eventRep.count < eventCount {
    let rep = Int.random(in: 0..<repCount, using: &generator)
    let week = Int.random(in: -preWeeks..<pilotWeeks, using: &generator)
    // Every rep visits their own leads; some convert.
    record(rep, week, Double.random(in: 0..<1, using: &generator) < propensity[rep] ? .converted : .visited)
    // Treated reps in the pilot also see suggested bronze leads: shown, then accepted (a visit) or dismissed.
    if arms[rep] == 1 && week >= 0 && Double.random(in: 0..<1, using: &generator) < 0.3 {
        record(rep, week, .shown)
        if Double.random(in: 0..<1, using: &generator) < acceptRate[rep] {
            record(rep, week, .accepted)
            record(rep, week, Double.random(in: 0..<1, using: &generator) < 0.1 ? .converted : .visited)
        } else {
            record(rep, week, .dismissed)
        }
    }
}
eventRep.removeLast(eventRep.count - eventCount)
eventWeek.removeLast(eventWeek.count - eventCount)
eventKind.removeLast(eventKind.count - eventCount)

@MainActor func write<T>(_ values: [T], _ name: String) throws {
    try values.withUnsafeBytes { try Data($0).write(to: workDirectory.appendingPathComponent(name)) }
}
try write(eventRep, "event_rep.i32")
try write(eventWeek, "event_week.i8")
try write(eventKind, "event_kind.u8")
try write(arms, "arms.u8")

// MARK: The same events as ledger values, and the adoption funnel over them (timed)

// A shown event opens a suggestion; its accepted/dismissed answer and the visit or conversion right after an
// acceptance belong to it; every other visit or conversion is a suggestion of its own.
var eventSuggestion = [Int32](repeating: 0, count: eventCount)
do {
    var next: Int32 = 0, current: Int32 = 0, afterAcceptance = false
    for index in 0..<eventCount {
        switch eventKind[index] {
        case Kind.shown.rawValue: next += 1; current = next; afterAcceptance = false
        case Kind.accepted.rawValue: afterAcceptance = true
        case Kind.dismissed.rawValue: afterAcceptance = false
        default:
            if afterAcceptance { afterAcceptance = false } else { next += 1; current = next }
        }
        eventSuggestion[index] = current
    }
}
try write(eventSuggestion, "event_suggestion.i32")
let ledgerEpoch = Date(timeIntervalSince1970: 1_767_571_200)
let repIDs = (0..<repCount).map { RepID("rep-\($0)") }
let ledgerKinds: [LedgerEventKind] = [.shown, .accepted, .dismissed, .visited, .converted]
let ledger = try (0..<eventCount).map { index -> LedgerEvent in
    let kind = ledgerKinds[Int(eventKind[index])]
    let suggestion = "s\(eventSuggestion[index])"
    return try LedgerEvent(
        id: "e\(index)", suggestion: suggestion, rep: repIDs[Int(eventRep[index])], lead: LeadID(suggestion),
        kind: kind, time: ledgerEpoch.addingTimeInterval(Double(eventWeek[index]) * 604_800 + Double(index)),
        reason: kind == .dismissed ? "too_far" : nil, value: kind == .converted ? 1_000 : nil)
}
var funnel: AdoptionFunnel?
let funnelSeconds = try seconds {
    funnel = AdoptionFunnel(outcomes: try LedgerHistory(ledger).outcomes, grouping: .rep)
}

// MARK: Aggregation + analysis (timed)

var analysis: PilotAnalysis?
var observations = [PilotObservation]()
let aggregateSeconds = seconds {
    var preConversions = [Int](repeating: 0, count: repCount)
    var pilotConversions = [Int](repeating: 0, count: repCount)
    var shown = [Int](repeating: 0, count: repCount)
    var accepted = [Int](repeating: 0, count: repCount)
    for index in 0..<eventCount {
        let rep = Int(eventRep[index])
        let pilot = eventWeek[index] >= 0
        switch eventKind[index] {
        case Kind.converted.rawValue:
            if pilot { pilotConversions[rep] += 1 } else { preConversions[rep] += 1 }
        case Kind.shown.rawValue where pilot: shown[rep] += 1
        case Kind.accepted.rawValue where pilot: accepted[rep] += 1
        default: break
        }
    }
    observations = (0..<repCount).map { rep in
        PilotObservation(
            arm: arms[rep] == 1 ? .treatment : .control,
            metric: Double(pilotConversions[rep]) / Double(pilotWeeks),
            preMetric: Double(preConversions[rep]) / Double(preWeeks),
            compliance: shown[rep] > 0 ? Double(accepted[rep]) / Double(shown[rep]) : 0
        )
    }
}
let analyseSeconds = try seconds {
    analysis = try PilotAnalysis(observations: observations,
                                 options: .init(permutations: 10_000, metricDescription: "bronze leads converted a week"))
}
let model = RolloutModel(buildCost: 60_000, licenceCostPerPeriod: 2_000, runningCostPerPeriod: 1_500, reps: 40,
                         trainingHoursPerRep: 6, trainingHourlyRate: 55, marginPerUnit: 900, horizon: 24,
                         discountRatePerPeriod: 0.008)
var roi: ROIDistribution?
let roiSeconds = try seconds {
    // Uplift per rep per week → per month (× 52/12) for a monthly rollout model.
    let weekly = analysis!.cuped ?? analysis!.itt
    let monthly = EffectEstimate(estimate: weekly.estimate * 52 / 12, ciLow: weekly.ciLow * 52 / 12,
                                 ciHigh: weekly.ciHigh * 52 / 12, standardError: weekly.standardError * 52 / 12)
    var roiGenerator = ExperimentRandom(seed: 7)
    roi = try ROIDistribution(model: model, uplift: monthly, draws: 10_000, using: &roiGenerator)
}

// MARK: Peer

struct PeerTimes: Decodable {
    var aggregate_seconds: Double
    var analyse_seconds: Double
    var roi_seconds: Double
    var itt: [Double]
    var cuped: [Double]
    var sequential: [Double]
    var randomization_p_value: Double
    var funnel_seconds: Double
    var funnel_total: [Int]
    var versions: [String: String]
}
var peer: PeerTimes?
if let python = peerPython {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../peer.py")
    process.arguments = [script.standardized.path, workDirectory.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    peer = try JSONDecoder().decode(PeerTimes.self, from: output)
}

// MARK: Report

func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }
let a = analysis!
print("## Evidence benchmark: \(repCount) reps, \(eventCount) ledger events (release build)\n")
print("| step | Uptake (Swift) | peer (Python) | ratio peer/ours |")
print("|---|---|---|---|")
let rows: [(String, Double, Double?)] = [
    ("aggregate 1M events → 1,000 rep metrics", aggregateSeconds, peer?.aggregate_seconds),
    ("analyse: Welch + 10k relabellings + CUPED HC2 + sequential + CACE + relative + SRM", analyseSeconds,
     peer?.analyse_seconds),
    ("aggregation + analysis", aggregateSeconds + analyseSeconds,
     peer.map { $0.aggregate_seconds + $0.analyse_seconds }),
    ("ROI Monte Carlo, 10k draws × 25 periods", roiSeconds, peer?.roi_seconds),
    ("adoption funnel per rep over the 1M events (checks, corrections, outcomes, counts)", funnelSeconds,
     peer?.funnel_seconds),
]
for (name, ours, theirs) in rows {
    let ratio = theirs.map { String(format: "%.1f×", $0 / ours) } ?? "—"
    print("| \(name) | \(ms(ours)) | \(theirs.map(ms) ?? "—") | \(ratio) |")
}
if let peer {
    print("\nPeer: numpy/pandas aggregation; statsmodels Welch and OLS HC2; scipy permutation_test (10k); gbstats "
        + "sequential; \(peer.versions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")).")
    print(String(format: "Same numbers: ITT %.6f vs %.6f; CUPED %.6f vs %.6f; sequential low %.6f vs %.6f; "
        + "randomization p %.4f vs %.4f", a.itt.estimate, peer.itt[0], a.cuped?.estimate ?? .nan, peer.cuped[0],
        a.sequential.ciLow, peer.sequential[1], a.randomizationPValue, peer.randomization_p_value))
}
let total = funnel!.total
print("\nFunnel total (shown, accepted, dismissed, visited, converted): "
    + "\([total.shown, total.accepted, total.dismissed, total.visited, total.converted])"
    + (peer.map { "; peer (pandas groupby): \($0.funnel_total)" } ?? ""))
print("\nSummary: \(a.summary)")
print(String(format: "ROI (CUPED uplift, monthly): P10 %.0f, P50 %.0f, P90 %.0f, P(NPV > 0) = %.3f",
             roi!.p10, roi!.p50, roi!.p90, roi!.probabilityPositive))

// MARK: Simulation checks at scale

print("\n## Simulation checks (\(simulationPilots) pilots each, seeded)\n")
print("| check | figure | target |")
print("|---|---|---|")
let simSE = (0.05 * 0.95 / Double(simulationPilots)).squareRoot()
let welchSimulator = PilotSimulator(reps: 50, treatmentShare: 0.4, treatmentNoiseScale: 1.6, effect: 0.4)
var simGenerator = ExperimentRandom(seed: 101)
var covered = 0
let welchSeconds = try seconds {
    for _ in 0..<simulationPilots {
        let rows = welchSimulator.simulate(using: &simGenerator)
        let welch = try WelchTest(treatment: rows.filter { $0.arm == .treatment }.map(\.metric),
                                  control: rows.filter { $0.arm == .control }.map(\.metric))
        if welch.effect.covers(welchSimulator.plantedITT) { covered += 1 }
    }
}
print(String(format: "| Welch 95%% CI covers planted effect (50 reps, 40%% treated, SD ratio 1.6) | %.2f%% ± %.2f | 93–97%% |",
             100 * Double(covered) / Double(simulationPilots), 100 * simSE))
var peeking: SequentialPeekingSimulation.Result?
let peekSeconds = try seconds {
    peeking = try SequentialPeekingSimulation(pilots: simulationPilots, looks: 12, repsPerLook: 10, seed: 202).run()
}
print(String(format: "| no effect, 12 weekly looks: sequential interval excludes 0 at some look | %.2f%% | ≤ 5%% + %.2f |",
             100 * peeking!.sequentialFalsePositiveRate, 200 * simSE))
print(String(format: "| same pilots, naive Welch interval at every look | %.2f%% | (shows why peeking needs it) |",
             100 * peeking!.naiveFalsePositiveRate))
print(String(format: "| same pilots, naive Welch at the final look only | %.2f%% | ≈ 5%% |",
             100 * peeking!.finalLookFalsePositiveRate))
var fixedPeeking: SequentialPeekingSimulation.Result?
let fixedPeekSeconds = try seconds {
    fixedPeeking = try SequentialPeekingSimulation(pilots: simulationPilots, looks: 12, repsPerLook: 10, seed: 404,
                                                   enrolment: .allAtStart).run()
}
print(String(format: "| no effect, 120 reps from the start, cumulative weekly mean, 12 looks: sequential | %.2f%% | ≤ 5%% + %.2f |",
             100 * fixedPeeking!.sequentialFalsePositiveRate, 200 * simSE))
print(String(format: "| same pilots, naive Welch at every look | %.2f%% | (shows why peeking needs it) |",
             100 * fixedPeeking!.naiveFalsePositiveRate))
let caceSimulator = PilotSimulator(reps: 120, effect: 0.8, complierShare: 0.6, complierBaselineShift: 0.5)
var caceSum = 0.0, caceCovered = 0, naiveTakerSum = 0.0
let caceSeconds = try seconds {
    for _ in 0..<simulationPilots {
        let rows = caceSimulator.simulate(using: &simGenerator)
        let cace = try ComplianceAdjustedEffect(observations: rows)
        caceSum += cace.effect.estimate
        if cace.effect.covers(caceSimulator.effect) { caceCovered += 1 }
        // "As treated": takers vs everyone else, biased by the compliers' higher baseline.
        let takers = rows.filter { $0.compliance == 1 }.map(\.metric), rest = rows.filter { $0.compliance == 0 }.map(\.metric)
        naiveTakerSum += SampleMoments(takers).mean - SampleMoments(rest).mean
    }
}
let n = Double(simulationPilots)
print(String(format: "| CACE mean estimate (planted 0.80 among 60%% compliers) | %.3f | 0.80 |", caceSum / n))
print(String(format: "| CACE 95%% CI coverage | %.2f%% | 93–97%% |", 100 * Double(caceCovered) / n))
print(String(format: "| as-treated comparison (takers vs rest), for contrast | %.3f | biased |", naiveTakerSum / n))
print(String(format: "\nSimulation time: Welch %.2f s, peeking (cohorts) %.2f s, peeking (all at start) %.2f s, CACE %.2f s.",
             welchSeconds, peekSeconds, fixedPeekSeconds, caceSeconds))
