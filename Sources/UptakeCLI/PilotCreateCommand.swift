import ArgumentParser
import Foundation
import UptakeCore
import UptakeReports
import UptakeStore

/// `uptake pilot create`: designs a rep-randomized pilot from the history in the store.
struct PilotCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Design a pilot: stratified randomization of reps, balance table, power and MDE.",
        discussion: """
            Reps are stratified by team and by tercile of their baseline (the metric over the --weeks weeks \
            before --start) and randomized within strata with the seed. The minimum detectable effect (80% \
            power) accounts for clustering by rep through the design effect 1 + (m - 1) x ICC, with m the \
            weeks and the ICC estimated from the reps' weekly history. The pilot is a draft: create it again \
            to re-design; `uptake pilot start` freezes it. Days are UTC days.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The pilot's name (letters, digits, '.', '_', '-'), used to refer to it.")
    var name: String

    @Option(help: ArgumentHelp("The reps: all, or comma-separated rep ids.", valueName: "all|ids"))
    var reps = "all"

    @Option(help: ArgumentHelp("The primary metric.", valueName: PilotMetric.allCases.map(\.rawValue).joined(separator: "|")))
    var metric = PilotMetric.bronzeConversionsPerRepWeek

    @Option(help: "Length in weeks (the pre-period for the baseline and CUPED is as long).")
    var weeks = 8

    @Option(help: "Two-sided significance level.")
    var alpha = 0.05

    @Option(help: "Seed of the randomization.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("First day, YYYY-MM-DD (default: the next Monday).", valueName: "day"))
    var start: DayArgument?

    @Flag(help: "Print the stored pilot as JSON.")
    var json = false

    func validate() throws {
        guard name.range(of: "^[A-Za-z0-9._-]{1,64}$", options: .regularExpression) != nil else {
            throw ValidationError("--name \"\(name)\" must be 1-64 letters, digits, '.', '_' or '-'")
        }
        guard (1...104).contains(weeks) else { throw ValidationError("--weeks must be between 1 and 104") }
        guard alpha > 0, alpha < 0.5 else { throw ValidationError("--alpha must lie in (0, 0.5)") }
    }

    /// The first day: `--start`, or the Monday after `now`.
    func startDay(now: Date) -> Date {
        if let start { return start.start }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let today = calendar.startOfDay(for: now)
        let weekday = calendar.component(.weekday, from: today)  // 1 = Sunday, 2 = Monday
        return today.addingTimeInterval(Double((9 - weekday) % 7 == 0 ? 7 : (9 - weekday) % 7) * 86_400)
    }

    func run() async throws {
        let pilot = try await database.withRepository { repository in
            try await Self.design(
                repository: repository, name: name, reps: reps, metric: metric, weeks: weeks, alpha: alpha,
                seed: seed, start: startDay(now: Date()), now: Date())
        }
        print(json ? try PilotReport.json(pilot) : PilotReport.design(pilot))
    }

    /// Designs and stores a draft pilot (also used by `uptake demo pilot`).
    ///
    /// - Returns: The stored draft.
    /// - Throws: `ValidationError` for unknown reps or too few; ``LedgerError`` `.conflict` when a started
    ///   pilot has the name.
    static func design(
        repository: any UptakeRepository, name: String, reps: String, metric: PilotMetric, weeks: Int, alpha: Double,
        seed: UInt64, start: Date, now: Date
    ) async throws -> StoredPilot {
        let stored = try await repository.reps()
        let chosen: [Rep]
        if reps == "all" {
            chosen = stored
        } else {
            let ids = reps.split(separator: ",").map { RepID($0.trimmingCharacters(in: .whitespaces)) }
            let byID = Dictionary(stored.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            if let unknown = ids.first(where: { byID[$0] == nil }) {
                throw ValidationError("--reps: \(unknown) is not a stored rep")
            }
            chosen = Array(Set(ids)).sorted().compactMap { byID[$0] }
        }
        guard chosen.count >= 4 else {
            throw ValidationError("a pilot needs at least four reps (two per arm); \(chosen.count) chosen")
        }
        let preStart = start.addingTimeInterval(-Double(weeks) * PilotData.week)
        let data = try await PilotData.load(from: repository, from: preStart, to: start)
        let weekly = data.weekly(metric, reps: Set(chosen.map(\.id)), from: preStart, weeks: weeks)
        let history = chosen.map { RepHistory(id: $0.id.rawValue, team: $0.team, weekly: weekly[$0.id] ?? []) }
        let design = try PilotDesign(
            name: name, metric: metric, startDate: DayArgument.format(start), weeks: weeks, alpha: alpha, seed: seed,
            history: history)
        let pilot = StoredPilot(
            id: name, design: design, startsAt: start, endsAt: start.addingTimeInterval(Double(weeks) * PilotData.week),
            createdAt: now)
        try await repository.savePilotDraft(pilot)
        return pilot
    }
}

extension PilotMetric: ExpressibleByArgument {}
