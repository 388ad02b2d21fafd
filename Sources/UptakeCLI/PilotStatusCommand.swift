import ArgumentParser
import Foundation
import UptakeCore
import UptakeReports
import UptakeStore

/// `uptake pilot status`: where a pilot stands.
struct PilotStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show a pilot: status, period, plan hash, arms, power, balance and adoption so far.",
        discussion: "Without a name, lists every pilot."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The pilot's name (omit to list all).")
    var pilot: String?

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        let output = try await database.withRepository { repository -> String in
            guard let pilot else {
                let pilots = try await repository.pilots()
                if json { return try PilotReport.encode(pilots.map(PilotReport.Summary.init)) }
                if pilots.isEmpty { return "No pilots (see `uptake pilot create`)." }
                return pilots.map { PilotReport.headline($0) }.joined(separator: "\n")
            }
            guard let stored = try await repository.pilot(pilot) else {
                throw ValidationError("no pilot named \(pilot) (see `uptake pilot create`)")
            }
            let data = try await PilotData.load(from: repository, from: stored.startsAt, to: stored.endsAt)
            let arms = stored.design.assignment.arms
            let outcomes = data.ledger.filter { arms[$0.rep.rawValue] != nil }
            let teams = Dictionary(uniqueKeysWithValues: arms.map { (RepID($0.key), $0.value.rawValue) })
            let funnel = AdoptionFunnel(outcomes: outcomes, grouping: .team, teams: teams, from: stored.startsAt,
                                        to: stored.endsAt)
            if json { return try PilotReport.json(stored, funnelByArm: funnel) }
            return PilotReport.design(stored) + "\n\nAdoption by arm (ledger, pilot period):\n"
                + FunnelCommand.table(funnel)
        }
        print(output)
    }
}
