import Foundation
import UptakeCore

/// The ROI of rolling Uptake out, priced from a measured uplift: the cash flows at the point estimate and
/// the NPV's distribution over the uplift's sampling uncertainty (``ROIDistribution``).
///
/// `uptake roi --uplift`, `uptake demo pilot`, the digest and the pages all price through this type, so
/// they show the same P10, P50, P90 and P(NPV > 0) for the same uplift and assumptions.
///
/// ```swift
/// let analysis = try await PilotStoreAnalysis.analyze("demo-pilot", in: repository, asOf: .now)
/// let roi = try RolloutROI(model: RolloutROI.demoModel, uplift: analysis.analysis.itt)
/// roi.summary.npvP50
/// ```
public struct RolloutROI: Hashable, Sendable {
    /// The rollout assumptions of the demo (and the digest's default): 50 reps, a margin of 400 per bronze
    /// conversion, build 25,000, licence 100 and running 50 a week, 4 training hours at 60 per rep, 104
    /// weekly periods at 0.15% a week. The pilot's metric is per rep-week, so a period is a week.
    public static let demoModel = RolloutModel(
        buildCost: 25_000, licenceCostPerPeriod: 100, runningCostPerPeriod: 50, reps: 50, trainingHoursPerRep: 4,
        trainingHourlyRate: 60, marginPerUnit: 400, horizon: 104, discountRatePerPeriod: 0.0015)
    /// Monte Carlo draws unless told otherwise.
    public static let defaultDraws = 10_000

    /// The rollout priced.
    public var model: RolloutModel
    /// The measured uplift per rep per period, with its standard error.
    public var uplift: EffectEstimate
    /// The cash flows at the point estimate (c0 at t = 0).
    public var flows: CashFlows
    /// NPV over the uplift's uncertainty.
    public var distribution: ROIDistribution

    /// Prices a rollout from a measured uplift.
    ///
    /// - Parameters:
    ///   - model: Costs, reps, margin, horizon and discount rate.
    ///   - uplift: The uplift per rep per period (e.g. a pilot's ITT) with its standard error.
    ///   - draws: Monte Carlo draws (at least 2).
    ///   - seed: The Monte Carlo's seed.
    /// - Throws: The ``ROIDistribution`` error for too few draws or a non-finite uplift.
    public init(model: RolloutModel, uplift: EffectEstimate, draws: Int = RolloutROI.defaultDraws, seed: UInt64 = 1)
        throws
    {
        var generator = SeededGenerator(seed: seed)
        self.model = model
        self.uplift = uplift
        self.flows = model.cashFlows(uplift: uplift.estimate)
        self.distribution = try ROIDistribution(model: model, uplift: uplift, draws: draws, using: &generator)
    }

    /// The summary the KPIs read (P10, P50, P90, P(NPV > 0)).
    public var summary: ROISummary { ROISummary(distribution) }

    /// The upfront cost (minus the cash flow at t = 0).
    public var upfrontCost: Double { -(flows.values.first ?? 0) }

    /// The net cash flow of each later period.
    public var cashFlowPerPeriod: Double { flows.values.count > 1 ? flows.values[1] : 0 }
}
