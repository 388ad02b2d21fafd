import ArgumentParser
import Foundation
import UptakeCore
import UptakeReports
import UptakeStore

/// `uptake model health`: the champion's drift since training and realized performance, with a status.
struct ModelHealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health",
        abstract: "The champion model's health: drift since training, realized AUC and calibration, a status.",
        discussion: """
            Drift: the population stability index (PSI) of the score and of each input between the model's \
            training profile (its validation and holdout rows) and the leads it scored in the last --days days; \
            a feature is flagged at PSI > 0.2, the score watched at > 0.1 and alerted at > 0.2. Realized \
            performance: ROC AUC and calibration error (ECE, 10 bins) on the leads whose 90-day outcome window \
            closed since training, each with the first probability the model gave it; watched when the AUC is \
            0.03 below the holdout's or the ECE above 0.05, alerted at 0.05 and 0.10. Status: ok, watch or \
            alert, with the reasons. Models trained before profiles existed, or imported, have no drift.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Days of recent scores to compare with the training profile.")
    var days = ModelHealthLoader.defaultWindowDays

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Read health at this day, YYYY-MM-DD (default: now).",
                                                          valueName: "day"))
    var asOf: DayArgument?

    @Option(help: ArgumentHelp("The model version (default: the champion).", valueName: "version"))
    var version: String?

    @Flag(help: "Print JSON: model_version, as_of, window_days, trained_as_of, has_profile, report.")
    var json = false

    func validate() throws {
        guard (1...3_650).contains(days) else { throw ValidationError("--days must be between 1 and 3650") }
    }

    func run() async throws {
        let loader = ModelHealthLoader(windowDays: days)
        let date = asOf?.end ?? Date(), version = version
        let health = try await database.withRepository { repository in
            do {
                return try await loader.load(asOf: date, repository: repository, version: version)
            } catch let error as ReportError {
                throw ModelCommandError(.notFound, error.message)
            }
        }
        guard let health else {
            throw ValidationError("there is no champion model yet: run `uptake train` (or `uptake model import`)")
        }
        print(json ? try PilotReport.encode(health) : Self.render(health))
    }

    /// The text: status, reasons, score drift, the per-feature PSI table and realized performance.
    static func render(_ health: ModelHealth) -> String {
        let report = health.report
        var lines = [
            "Model \(health.modelVersion) at \(AsOfDay.text(health.asOf)): \(report.status.rawValue.uppercased())",
            "trained as of \(AsOfDay.text(health.trainedAsOf)); drift over the \(health.windowDays) days before",
        ]
        lines += report.findings.map { "  [\($0.severity.rawValue)] \($0.message)" }
        if let drift = report.drift {
            lines.append("")
            lines.append("Drift on \(drift.currentRowCount) recently scored leads (PSI; > 0.2 flagged):")
            lines.append("column".padding(toLength: 28, withPad: " ", startingAt: 0) + "      PSI  flag")
            for feature in [drift.score] + drift.features.sorted(by: { $0.psi > $1.psi }) {
                lines.append(feature.name.padding(toLength: 28, withPad: " ", startingAt: 0)
                    + String(format: "%9.4f", feature.psi) + (feature.isDrifted ? "  DRIFTED" : ""))
            }
        } else if !health.hasProfile {
            lines.append("No training profile in this model (trained before profiles, or imported): retrain to "
                + "measure drift.")
        }
        if let realized = report.realized {
            lines.append("")
            lines.append("Realized on \(realized.count) leads closed since training (\(realized.positives) converted): "
                + "ROC AUC " + (realized.rocAUC.map { String(format: "%.3f", $0) } ?? "n/a")
                + (report.holdoutAUC.map { String(format: " (holdout %.3f)", $0) } ?? "")
                + String(format: ", calibration error %.3f", realized.expectedCalibrationError))
        }
        return lines.joined(separator: "\n")
    }
}
