import Foundation
@testable import UptakeCore

/// The synthetic 80-rep pilot of `scripts/fixtures/pilot_analysis.py` and what the references said.
struct PilotFixture: Decodable {
    struct Estimate: Decodable {
        var estimate: Double
        var ci_low: Double
        var ci_high: Double
        var p_value: Double?
        var standard_error: Double?
        var df: Double?
        var theta: Double?
        var variance_reduction: Double?
        var compliance_difference: Double?
        var tuning: Double?
    }
    struct SRMCase: Decodable { var counts: [Int]; var shares: [Double]; var statistic: Double; var p_value: Double }
    struct Randomization: Decodable {
        var exact_subset_rows: Int
        var exact_p_value: Double
        var monte_carlo_p_value: Double
    }
    var alpha: Double
    var itt: Estimate
    var cuped: Estimate
    var srm: [SRMCase]
    var sequential: Estimate
    var sequential_tuning_5000: Estimate
    var relative: Estimate
    var randomization: Randomization
    var cace: Estimate

    static func load() throws -> PilotFixture {
        try EvidenceFixtures.load(PilotFixture.self, "pilot_analysis.json")
    }

    /// The outcome metric of one arm's reps in `pilot_small.csv`.
    static func metrics(_ arm: PilotArm) throws -> [Double] {
        try rows().filter { $0.arm == arm }.map(\.metric)
    }

    /// The rows of `pilot_small.csv` (rep_id, arm, bronze_conversions, pre_conversions, acceptance_rate).
    static func rows() throws -> [PilotObservation] {
        let text = try String(contentsOf: EvidenceFixtures.url("pilot_small.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: ",").map(String.init)
            return PilotObservation(arm: PilotArm(rawValue: f[1])!, metric: Double(f[2])!,
                                    preMetric: Double(f[3])!, compliance: Double(f[4])!)
        }
    }
}
