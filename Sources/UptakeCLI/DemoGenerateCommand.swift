import ArgumentParser
import Foundation
import UptakeCore
import UptakeDemo
import UptakeStore

/// `uptake demo generate`: writes a deterministic synthetic insurance territory into the database.
struct DemoGenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic insurance field-sales territory into the database.",
        discussion: """
            Agencies are placed around the real towns of Ohio (GeoNames, CC BY 4.0) in proportion to \
            their population; reps get two years of calendar, visits and conversions drawn from a \
            documented ground-truth propensity, plus two weeks of calendar ahead. Every id starts with \
            "demo-" and every lead has the attribute demo = true. The same seed and date give the same \
            territory; running it again updates the rows in place.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 1

    @Option(help: "Number of reps.")
    var reps = 8

    @Option(help: "Number of teams the reps are split into.")
    var teams = 2

    @Option(help: "Number of agencies (leads).")
    var agencies = 3_000

    @Option(help: ArgumentHelp(
        "The day the history runs up to, YYYY-MM-DD (New York time).",
        discussion: "Defaults to today, so that tomorrow can be planned.",
        valueName: "date"
    ))
    var today: String?

    @Flag(help: "Print a JSON summary instead of text.")
    var json = false

    func validate() throws {
        try configuration().validate()
    }

    /// The generator's configuration from the flags.
    func configuration() throws -> DemoTerritoryConfiguration {
        DemoTerritoryConfiguration(
            seed: seed, reps: reps, teams: teams, agencies: agencies, today: try Self.parseDay(today) ?? Date()
        )
    }

    /// Noon of a `YYYY-MM-DD` day in New York, or nil for nil.
    static func parseDay(_ text: String?) throws -> Date? {
        guard let text else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: DemoTerritoryConfiguration.timeZoneIdentifier)!
        guard parts.count == 3, text.count == 10,
              let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12)),
              calendar.component(.day, from: date) == parts[2]
        else {
            throw ValidationError("--today \"\(text)\" is not a date (YYYY-MM-DD)")
        }
        return date
    }

    func run() async throws {
        let started = Date()
        let territory = try DemoTerritoryGenerator(try configuration()).generate()
        let progress = ProgressReporter(title: "Writing demo territory")
        let summary = try await database.withRepository { repository in
            try await repository.transaction { tx in
                var total = UpsertSummary()
                total = total + (try await tx.upsert(reps: territory.reps))
                progress.update(0.1)
                total = total + (try await tx.upsert(leads: territory.leads))
                progress.update(0.4)
                total = total + (try await tx.upsert(appointments: territory.appointments))
                progress.update(0.7)
                total = total + (try await tx.upsert(visits: territory.visits))
                progress.update(0.9)
                total = total + (try await tx.upsert(conversions: territory.conversions))
                try await tx.record(ImportRecord(
                    entity: "demo", source: "demo generate --seed \(seed)", finishedAt: Date(),
                    summary: total, rejected: 0
                ))
                return total
            }
        }
        progress.succeed()
        let seconds = Date().timeIntervalSince(started)
        if json {
            let object: [String: Int] = [
                "reps": territory.reps.count, "leads": territory.leads.count,
                "appointments": territory.appointments.count, "visits": territory.visits.count,
                "conversions": territory.conversions.count, "inserted": summary.inserted,
                "updated": summary.updated, "unchanged": summary.unchanged,
            ]
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(object), as: UTF8.self))
            return
        }
        let tiers = Dictionary(grouping: territory.leads, by: \.tier).mapValues(\.count)
        print("""
            Demo territory (synthetic data, seed \(seed), history to \(Self.format(territory.asOf))):
              \(territory.reps.count) reps in \(teams) teams, \(territory.leads.count) agencies \
            (\(tiers[.gold, default: 0]) gold, \(tiers[.silver, default: 0]) silver, \(tiers[.bronze, default: 0]) bronze)
              \(territory.appointments.count) appointments, \(territory.visits.count) visits, \
            \(territory.conversions.count) conversions
              written in \(String(format: "%.1f", seconds)) s: \(summary.inserted) inserted, \
            \(summary.updated) updated, \(summary.unchanged) unchanged
            """)
    }

    static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: DemoTerritoryConfiguration.timeZoneIdentifier)
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
