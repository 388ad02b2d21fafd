/// The money side of rolling Uptake out: what it costs, and what a measured uplift is worth.
///
/// Period 0 carries the one-off costs (build, training); each of the `horizon` periods after it
/// carries the benefit (uplift per rep per period × margin per unit × reps) less the recurring costs
/// (licences, running). Periods are whatever the uplift is measured in (usually months).
///
/// ```swift
/// let model = RolloutModel(buildCost: 60_000, licenceCostPerPeriod: 2_000, runningCostPerPeriod: 1_500,
///                          reps: 40, trainingHoursPerRep: 6, trainingHourlyRate: 55,
///                          marginPerUnit: 900, horizon: 24, discountRatePerPeriod: 0.008)
/// let npv = model.cashFlows(uplift: 0.42).npv(rate: model.discountRatePerPeriod)
/// ```
public struct RolloutModel: Hashable, Sendable, Codable {
    /// One-off cost to build and integrate, at t = 0.
    public var buildCost: Double
    /// Licence cost per period, all reps together.
    public var licenceCostPerPeriod: Double
    /// Running (hosting, support) cost per period.
    public var runningCostPerPeriod: Double
    /// Reps rolled out to.
    public var reps: Int
    /// Training hours per rep, at t = 0.
    public var trainingHoursPerRep: Double
    /// Cost of one training hour.
    public var trainingHourlyRate: Double
    /// Margin earned per unit of the uplift metric (per extra converted lead, say).
    public var marginPerUnit: Double
    /// Periods of benefit after t = 0.
    public var horizon: Int
    /// Discount rate per period.
    public var discountRatePerPeriod: Double

    /// Makes a rollout model.
    ///
    /// - Parameters:
    ///   - buildCost: One-off build cost.
    ///   - licenceCostPerPeriod: Licences per period.
    ///   - runningCostPerPeriod: Running cost per period.
    ///   - reps: Reps rolled out to.
    ///   - trainingHoursPerRep: Training hours per rep.
    ///   - trainingHourlyRate: Cost per training hour.
    ///   - marginPerUnit: Margin per unit of uplift.
    ///   - horizon: Periods of benefit.
    ///   - discountRatePerPeriod: Discount rate per period.
    public init(
        buildCost: Double, licenceCostPerPeriod: Double, runningCostPerPeriod: Double, reps: Int,
        trainingHoursPerRep: Double, trainingHourlyRate: Double, marginPerUnit: Double, horizon: Int,
        discountRatePerPeriod: Double
    ) {
        self.buildCost = buildCost
        self.licenceCostPerPeriod = licenceCostPerPeriod
        self.runningCostPerPeriod = runningCostPerPeriod
        self.reps = reps
        self.trainingHoursPerRep = trainingHoursPerRep
        self.trainingHourlyRate = trainingHourlyRate
        self.marginPerUnit = marginPerUnit
        self.horizon = horizon
        self.discountRatePerPeriod = discountRatePerPeriod
    }

    /// The cash flows for a given uplift: c₀ = −(build + training), cₜ = benefit − recurring costs.
    ///
    /// - Parameter uplift: Extra units per rep per period (the pilot's ITT or CUPED estimate).
    /// - Returns: `horizon + 1` cash flows.
    public func cashFlows(uplift: Double) -> CashFlows {
        let upfront = buildCost + Double(reps) * trainingHoursPerRep * trainingHourlyRate
        let perPeriod = uplift * marginPerUnit * Double(reps) - licenceCostPerPeriod - runningCostPerPeriod
        return CashFlows([-upfront] + Array(repeating: perPeriod, count: max(0, horizon)))
    }

    /// The NPV for a given uplift at the model's discount rate.
    ///
    /// - Parameter uplift: Extra units per rep per period.
    /// - Returns: The net present value.
    public func npv(uplift: Double) -> Double {
        cashFlows(uplift: uplift).npv(rate: discountRatePerPeriod)
    }
}
