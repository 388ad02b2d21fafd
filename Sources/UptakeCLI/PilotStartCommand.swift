import ArgumentParser
import Foundation
import UptakeCore
import UptakeStore

/// `uptake pilot start`: freezes a draft pilot's plan.
struct PilotStartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a pilot: freeze its analysis plan and store the plan's SHA-256 hash.",
        discussion: """
            From now on the pilot cannot change: its metric, horizon, alpha, seed and assignment are fixed, \
            and every status and analysis prints the hash so that anyone can check the plan was fixed first. \
            While it runs, `uptake plan` logs control reps' suggestions as not shown.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The pilot's name.")
    var pilot: String

    func run() async throws {
        let started = try await database.withRepository { repository in
            guard let draft = try await repository.pilot(pilot) else {
                throw ValidationError("no pilot named \(pilot) (see `uptake pilot create`)")
            }
            return try await repository.startPilot(pilot, planHash: try draft.design.plan.planHash(), at: Date())
        }
        print("Pilot \(started.id) started; plan frozen.\nPlan hash: \(started.planHash ?? "")")
    }
}
