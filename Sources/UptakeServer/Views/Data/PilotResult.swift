import Foundation
import UptakeCore
import UptakeReports
import UptakeStore

/// The latest started pilot's result and the ROI priced from it, as UptakeReports computes them for
/// `uptake pilot analyze` and `uptake roi`: the same sentence and interval for every role.
struct PilotResult: Codable, Sendable {
    /// One interval of the chart.
    struct Interval: Codable, Sendable, Equatable {
        var label: String
        var estimate: Double
        var low: Double
        var high: Double
    }

    var pilot: String
    var status: String
    var metric: String
    var planHash: String?
    /// Whether the stored design still hashes to the frozen plan's hash.
    var hashVerified: Bool
    var weeksObserved: Double
    var treatmentReps: Int
    var controlReps: Int
    var confidenceLevel: Double
    /// The analysis's summary in words.
    var sentence: String
    /// ITT, CUPED-adjusted (when computed) and the always-valid (sequential) interval.
    var intervals: [Interval]
    var srmFlagged: Bool
    /// The balance of the assignment (standardized mean differences).
    var balance: [BalanceRow]
    /// The ROI of rolling out, priced from the ITT with RolloutROI's demo assumptions.
    var roi: ROIResult?

    /// One covariate's balance.
    struct BalanceRow: Codable, Sendable, Equatable {
        var covariate: String
        var treatmentMean: Double
        var controlMean: Double
        var smd: Double
    }

    /// The NPV's distribution.
    struct ROIResult: Codable, Sendable, Equatable {
        var npvP10: Double
        var npvP50: Double
        var npvP90: Double
        var probabilityPositive: Double
        var upfrontCost: Double
        var cashFlowPerPeriod: Double
        var periods: Int
        /// The sentence under the chart.
        var sentence: String
    }

    /// Analyses the latest started pilot, or explains why there is no result.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - now: Analyse the data before this instant.
    /// - Returns: The result, or a note saying why there is none (no pilot started, too little data).
    /// - Throws: The database's error.
    static func latest(repository: any UptakeRepository, now: Date) async throws -> (PilotResult?, String?) {
        let (analysed, note) = try await analyzeLatest(repository: repository, now: now)
        guard let stored = analysed else { return (nil, note) }
        let pilot = stored.pilot
        let analysis = stored.analysis
        var intervals = [Interval(label: "ITT", estimate: analysis.itt.estimate, low: analysis.itt.ciLow,
                                  high: analysis.itt.ciHigh)]
        if let cuped = analysis.cuped {
            intervals.append(Interval(label: "CUPED", estimate: cuped.estimate, low: cuped.ciLow, high: cuped.ciHigh))
        }
        intervals.append(Interval(
            label: "Always-valid", estimate: analysis.sequential.estimate, low: analysis.sequential.ciLow,
            high: analysis.sequential.ciHigh))
        var roi: ROIResult?
        if let priced = try? RolloutROI(model: RolloutROI.demoModel, uplift: analysis.itt) {
            let summary = priced.summary
            roi = ROIResult(
                npvP10: summary.npvP10.rounded(), npvP50: summary.npvP50.rounded(), npvP90: summary.npvP90.rounded(),
                probabilityPositive: summary.probabilityPositive, upfrontCost: priced.upfrontCost.rounded(),
                cashFlowPerPeriod: (priced.cashFlowPerPeriod * 100).rounded() / 100,
                periods: RolloutROI.demoModel.horizon,
                sentence: String(
                    format: "Rolled out on the demo assumptions, the NPV is %.0f (P50), between %.0f (P10) and %.0f "
                        + "(P90); the chance it is positive is %.0f%%.",
                    summary.npvP50, summary.npvP10, summary.npvP90, summary.probabilityPositive * 100))
        }
        return (PilotResult(
            pilot: pilot.id, status: pilot.status.rawValue, metric: pilot.design.metric.description,
            planHash: pilot.planHash, hashVerified: stored.hashVerified,
            weeksObserved: (stored.weeksObserved * 10).rounded() / 10, treatmentReps: analysis.treatmentCount,
            controlReps: analysis.controlCount, confidenceLevel: analysis.confidenceLevel, sentence: analysis.summary,
            intervals: intervals, srmFlagged: analysis.srmFlagged,
            balance: balance(pilot.design.assignment.balance),
            roi: roi), nil)
    }

    /// The latest started pilot analysed by UptakeReports as `uptake pilot analyze` analyses it, or a note
    /// saying why there is no analysis.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - now: Analyse the data before this instant.
    /// - Returns: The analysis, or a note (no pilot started, too little data).
    /// - Throws: The database's error.
    static func analyzeLatest(repository: any UptakeRepository, now: Date) async throws
        -> (PilotStoreAnalysis?, String?)
    {
        guard let pilot = try await repository.pilots().last(where: { $0.status != .draft }) else {
            return (nil, "No pilot has started yet: the uplift and the ROI appear here once one has data.")
        }
        do {
            return (try await PilotStoreAnalysis.analyze(pilot.id, in: repository, asOf: now), nil)
        } catch let error as ReportError {
            return (nil, "Pilot \(pilot.id): \(error.message)")
        } catch is CancellationError {
            throw CancellationError()
        } catch let error as LedgerError {
            return (nil, "Pilot \(pilot.id): \(error.message)")
        } catch {
            // StatisticsError and the like: the data cannot be analysed yet (an arm with fewer than two reps).
            return (nil, "Pilot \(pilot.id) cannot be analysed yet: \(error)")
        }
    }

    /// A balance table's rows, rounded for reading.
    ///
    /// - Parameter table: The table.
    /// - Returns: The rows.
    static func balance(_ table: BalanceTable) -> [BalanceRow] {
        table.rows.map {
            BalanceRow(covariate: $0.covariate, treatmentMean: rounded($0.treatmentMean),
                       controlMean: rounded($0.controlMean), smd: rounded($0.standardizedMeanDifference))
        }
    }

    /// A figure to three decimals (pages print values as they are).
    ///
    /// - Parameter value: The figure.
    /// - Returns: The rounded figure.
    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
