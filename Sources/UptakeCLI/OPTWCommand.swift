import ArgumentParser
import Foundation
import UptakeCore

/// `uptake optw`: the planner's solver on orienteering-with-time-windows benchmark instances.
public struct OPTWCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "optw",
        abstract: "Solve orienteering problems with time windows (KU Leuven benchmark format).",
        subcommands: [Solve.self]
    )

    /// Makes the command (argument parser).
    public init() {}

    /// `uptake optw solve FILE --routes M --seconds S [--seed N] [--iterations K] [--json]`.
    public struct Solve: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "solve",
            abstract: "Solve one instance and print the total score and the routes.",
            discussion: """
                Travel time is the Euclidean distance truncated to one decimal; service may start anywhere in
                a customer's window; every route must be back at the depot by the depot's closing time.
                The search stops after --iterations rounds or --seconds, whichever comes first; a seed gives
                the same result only when the iteration count is what stops it.
                """
        )

        @Argument(help: "Instance file in the KU Leuven OPTW format.")
        var file: String

        @Option(help: "Number of routes (vehicles).")
        var routes: Int = 1

        @Option(help: "Time budget in seconds.")
        var seconds: Double = 1

        @Option(help: "Random seed.")
        var seed: UInt64 = 1

        @Option(help: "Iteration budget (default: unlimited, the time budget decides).")
        var iterations: Int?

        @Flag(help: "Print {\"score\": ..., \"routes\": [[ids...], ...]} as JSON.")
        var json = false

        /// Makes the command (argument parser).
        public init() {}

        public func validate() throws {
            guard routes >= 1 else { throw ValidationError("--routes must be at least 1") }
            guard seconds > 0, seconds.isFinite else { throw ValidationError("--seconds must be positive") }
            if let iterations, iterations < 0 { throw ValidationError("--iterations must not be negative") }
        }

        public func run() throws {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let instance = try OPTWInstance(parsing: text)
            let options = PlannerSearchOptions(
                iterations: iterations ?? Int.max, timeLimit: .milliseconds(Int64(seconds * 1_000)), seed: seed)
            let clock = ContinuousClock()
            let began = clock.now
            let solution = instance.solve(routes: routes, options: options)
            let elapsed = clock.now - began
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            if json {
                let routes = solution.routes.map { "[" + $0.map(String.init).joined(separator: ", ") + "]" }
                let score = solution.score.rounded() == solution.score ? String(Int(solution.score)) : "\(solution.score)"
                print("{\"score\": \(score), \"routes\": [\(routes.joined(separator: ", "))], \"seconds\": \(seconds)}")
            } else {
                print("score \(solution.score) in \(String(format: "%.3f", seconds)) s")
                for (index, route) in solution.routes.enumerated() {
                    print("route \(index + 1): " + route.map(String.init).joined(separator: " "))
                }
            }
        }
    }
}
