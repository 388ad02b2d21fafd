import ArgumentParser
import Foundation
import UptakeCore
import UptakeStore

/// `uptake plan`: plans reps' days, slotting candidate leads around their appointments, and stores the plans.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan reps' days: suggest lead visits around their appointments, explain each, store the plan.",
        discussion: """
            Candidates are leads owned by the rep (or the team) or by no one, of the planned tiers (bronze by \
            default), not visited in the last --recent-days days and without an open appointment. A visit is \
            worth the lead's calibrated probability × its expected value when scores exist; otherwise the \
            --value-column attribute, otherwise the tier prior (the output says which). Appointments are kept \
            at their times. A team (--team) or everyone (--all, team by team) is planned jointly: each lead \
            goes to at most one rep. Planning a rep's day again supersedes the stored plan; its suggestions \
            are kept for the ledger. The search stops after --iterations rounds or --seconds per rep-day, \
            whichever comes first; the same seed gives the same plan when the iterations stop it.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Plan this rep's day.", valueName: "rep-id"))
    var rep: String?

    @Option(help: ArgumentHelp("Plan this team's reps jointly.", valueName: "team"))
    var team: String?

    @Flag(help: "Plan every rep, team by team.")
    var all = false

    @Option(help: ArgumentHelp(
        "The day to plan: YYYY-MM-DD, or next-working-day (the next Monday to Friday after today, in the "
            + "time zone of the first rep planned).",
        valueName: "date"))
    var date: String

    @Option(help: "Most suggested stops per rep-day.")
    var maxStops = 3

    @Option(help: "Most extra driving minutes per suggested stop.")
    var maxExtraMinutes = 20.0

    @Option(help: "Search time per rep-day, in seconds.")
    var seconds = 0.2

    @Option(help: "Search rounds per solve (the seed reproduces a plan when these stop the search).")
    var iterations = 2_000

    @Option(help: "Random seed of the search.")
    var seed: UInt64 = 1

    @Option(help: "Leads visited within this many days are not suggested.")
    var recentDays = 30

    @Option(help: ArgumentHelp("Tiers to plan, comma-separated.", valueName: "tiers"))
    var tiers = "bronze"

    @Option(help: ArgumentHelp(
        "Without scores: a numeric lead attribute taken as the visit's value (else the tier prior).",
        valueName: "attribute"))
    var valueColumn: String?

    @Option(help: ArgumentHelp("A deal value for every lead instead of each lead's expected value.", valueName: "amount"))
    var dealValue: Double?

    @Option(help: "Lunch break minutes, taken between 11:30 and 14:00 (0 for none).")
    var lunchMinutes = 30

    @Option(help: "Great-circle model: road ÷ straight-line distance.")
    var circuity = 1.3

    @Option(help: "Great-circle model: average speed in km/h.")
    var speed = 50.0

    @Option(help: "Minutes added to every trip (parking, walking in).")
    var overheadMinutes = 5.0

    @Option(help: ArgumentHelp("Road times from this OSRM server's table service.", valueName: "url"))
    var osrmURL: String?

    @Flag(help: "Use great-circle times when the OSRM server cannot be used (otherwise that is an error).")
    var osrmFallback = false

    @Option(help: ArgumentHelp("Keep OSRM answers in this JSON file between runs.", valueName: "file"))
    var osrmCache: String?

    @Option(help: ArgumentHelp("Write the plans as JSON to this file ('-' for standard output).", valueName: "file"))
    var json: String?

    @Flag(help: "Print only the summary line.")
    var quiet = false

    func validate() throws {
        guard [rep != nil, team != nil, all].filter({ $0 }).count == 1 else {
            throw ValidationError("give exactly one of --rep, --team or --all")
        }
        if date != Self.nextWorkingDay { _ = try parsedDay(in: TimeZone(identifier: "UTC")!) }
        guard maxStops >= 0 else { throw ValidationError("--max-stops must not be negative") }
        guard maxExtraMinutes >= 0, maxExtraMinutes.isFinite else {
            throw ValidationError("--max-extra-minutes must not be negative")
        }
        guard seconds > 0, seconds.isFinite else { throw ValidationError("--seconds must be positive") }
        guard iterations >= 0 else { throw ValidationError("--iterations must not be negative") }
        guard recentDays >= 0 else { throw ValidationError("--recent-days must not be negative") }
        guard (0...150).contains(lunchMinutes) else { throw ValidationError("--lunch-minutes must be 0...150") }
        if let dealValue, !(dealValue >= 0 && dealValue.isFinite) {
            throw ValidationError("--deal-value must be a non-negative amount")
        }
        _ = try plannedTiers()
        _ = try greatCircle()
        if osrmFallback, osrmURL == nil { throw ValidationError("--osrm-fallback needs --osrm-url") }
        if osrmCache != nil, osrmURL == nil { throw ValidationError("--osrm-cache needs --osrm-url") }
    }

    /// The `--date` value that means the next weekday.
    static let nextWorkingDay = "next-working-day"

    /// The day planned: `--date`, or the next Monday–Friday after today in `timeZone`.
    func parsedDay(in timeZone: TimeZone, now: Date = Date()) throws -> CalendarDay {
        if date == Self.nextWorkingDay {
            var day = CalendarDay.containing(now, in: timeZone).adding(days: 1)
            while day.weekday > 5 { day = day.adding(days: 1) }
            return day
        }
        do {
            return try CalendarDay(parsing: date)
        } catch {
            throw ValidationError("--date \"\(date)\" is not a date (YYYY-MM-DD) or \(Self.nextWorkingDay)")
        }
    }

    /// The `--tiers` list.
    func plannedTiers() throws -> Set<LeadTier> {
        var result = Set<LeadTier>()
        for part in tiers.split(separator: ",") {
            guard let tier = LeadTier(parsing: String(part)) else {
                throw ValidationError("--tiers: \"\(part)\" is not gold, silver or bronze")
            }
            result.insert(tier)
        }
        guard !result.isEmpty else { throw ValidationError("--tiers must name at least one tier") }
        return result
    }

    /// The great-circle model from the flags.
    func greatCircle() throws -> GreatCircleTravelTimeModel {
        do {
            return try GreatCircleTravelTimeModel(
                circuityFactor: circuity, speedKilometresPerHour: speed, overheadMinutes: overheadMinutes)
        } catch let error as PlanningError {
            throw ValidationError(error.message)
        }
    }

    /// The candidate options from the flags.
    func candidateOptions() throws -> CandidateOptions {
        CandidateOptions(
            recentVisitDays: recentDays, tiers: try plannedTiers(), valueAttribute: valueColumn, dealValue: dealValue)
    }

    func run() async throws {
        if let json, json != "-" {
            // Checked before planning, so that a bad path stores no plan.
            let directory = URL(fileURLWithPath: json).deletingLastPathComponent().path
            guard FileManager.default.isWritableFile(atPath: directory) else {
                throw PlanCommandError(.output, "cannot write --json \(json): \(directory) is not a writable directory")
            }
        }
        let outcome = try await database.withRepository { repository in try await plan(repository) }
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            encoder.dateEncodingStrategy = .iso8601
            let data = try encoder.encode(outcome.output)
            if json == "-" {
                print(String(decoding: data, as: UTF8.self))
            } else {
                do {
                    try data.write(to: URL(fileURLWithPath: json))
                } catch {
                    throw PlanCommandError(.output, "cannot write --json \(json): \(error.localizedDescription)")
                }
            }
        }
        if json != "-" {
            if !quiet { print(outcome.tables) }
            print(outcome.summary)
        }
    }
}
