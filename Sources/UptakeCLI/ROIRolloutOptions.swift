import ArgumentParser
import Foundation
import UptakeCore
import UptakeReports

/// `uptake roi --uplift ...`: the rollout model and the measured uplift it is priced from.
struct ROIRolloutOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Measured uplift per rep per period (e.g. a pilot's ITT estimate).")
    var uplift: Double?

    @Option(name: .customLong("uplift-se"), help: "Standard error of the uplift.")
    var upliftSE: Double?

    @Option(name: .customLong("uplift-ci-low"), parsing: .unconditional,
            help: "Lower end of the uplift's 95% interval (instead of --uplift-se).")
    var upliftCILow: Double?

    @Option(name: .customLong("uplift-ci-high"), parsing: .unconditional,
            help: "Upper end of the uplift's 95% interval (instead of --uplift-se).")
    var upliftCIHigh: Double?

    @Option(help: "Reps at rollout.")
    var reps = 50

    @Option(help: "Margin per unit of uplift (e.g. per conversion).")
    var margin = 400.0

    @Option(name: .customLong("build-cost"), help: "One-off build cost at t = 0.")
    var buildCost = 25_000.0

    @Option(help: "Licence cost per period.")
    var licence = 100.0

    @Option(help: "Running cost per period.")
    var running = 50.0

    @Option(name: .customLong("training-hours"), help: "Training hours per rep, at t = 0.")
    var trainingHours = 4.0

    @Option(name: .customLong("training-rate"), help: "Cost of a training hour.")
    var trainingRate = 60.0

    @Option(help: "Periods after t = 0.")
    var horizon = 104

    @Option(help: "Monte Carlo draws.")
    var draws = 10_000

    @Option(help: "Seed of the Monte Carlo.")
    var seed: UInt64 = 1

    /// The uplift with its standard error.
    ///
    /// - Throws: `ValidationError` when the standard error is missing, negative or given twice.
    func upliftEstimate() throws -> EffectEstimate {
        guard let uplift else { throw ValidationError("--uplift is missing") }
        // The 0.975 standard normal quantile: a 95% interval is the estimate ± z × SE.
        let z = 1.959963984540054
        let se: Double
        switch (upliftSE, upliftCILow, upliftCIHigh) {
        case let (given?, nil, nil): se = max(0, given)
        case let (nil, low?, high?) where high >= low: se = (high - low) / (2 * z)
        default:
            throw ValidationError("give --uplift-se, or --uplift-ci-low and --uplift-ci-high (low <= high)")
        }
        guard se.isFinite, upliftSE.map({ $0 >= 0 }) ?? true else {
            throw ValidationError("--uplift-se must be a non-negative number")
        }
        guard reps >= 1, horizon >= 1, draws >= 2 else {
            throw ValidationError("--reps and --horizon must be at least 1 and --draws at least 2")
        }
        return EffectEstimate(estimate: uplift, ciLow: uplift - z * se, ciHigh: uplift + z * se, standardError: se)
    }

    /// The rollout model.
    func model(rate: Double) -> RolloutModel {
        RolloutModel(
            buildCost: buildCost, licenceCostPerPeriod: licence, runningCostPerPeriod: running, reps: reps,
            trainingHoursPerRep: trainingHours, trainingHourlyRate: trainingRate, marginPerUnit: margin,
            horizon: horizon, discountRatePerPeriod: rate)
    }

    /// The report: NPV, IRR, paybacks at the point estimate, and the NPV distribution.
    func report(rate: Double, json: Bool) throws -> String {
        let roi = try RolloutROI(model: model(rate: rate), uplift: upliftEstimate(), draws: draws, seed: seed)
        return try Self.render(roi, json: json)
    }

    /// Renders a rollout's ROI (also used by `uptake demo pilot`).
    static func render(_ roi: RolloutROI, json: Bool) throws -> String {
        let model = roi.model, uplift = roi.uplift, distribution = roi.distribution, flows = roi.flows
        let rate = model.discountRatePerPeriod
        let point = try ROICommand.report(flows: flows, rate: rate, json: json)
        if json {
            var object = try JSONSerialization.jsonObject(with: Data(point.utf8)) as? [String: Any] ?? [:]
            let encoder = JSONEncoder()
            object["npv_distribution"] = try JSONSerialization.jsonObject(with: encoder.encode(distribution))
            object["uplift"] = try JSONSerialization.jsonObject(with: encoder.encode(uplift))
            object["cash_flow_per_period"] = roi.cashFlowPerPeriod
            object["upfront_cost"] = roi.upfrontCost
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        let money = { (value: Double) in String(format: "%.0f", value) }
        return """
            Rollout: \(model.reps) reps, uplift \(String(format: "%.3f", uplift.estimate)) per rep per period \
            (95% CI \(String(format: "%.3f", uplift.ciLow)) to \(String(format: "%.3f", uplift.ciHigh))) x margin \
            \(money(model.marginPerUnit)); upfront cost \(money(roi.upfrontCost)), net \
            \(money(roi.cashFlowPerPeriod)) a period over \(model.horizon) periods at \
            \(String(format: "%.4f", rate)) a period
            At the point estimate:
            \(point)
            Over the uplift's uncertainty (\(distribution.draws) draws): NPV P10 \(money(distribution.p10)), \
            P50 \(money(distribution.p50)), P90 \(money(distribution.p90)); P(NPV > 0) = \
            \(String(format: "%.1f%%", distribution.probabilityPositive * 100))
            """
    }
}
