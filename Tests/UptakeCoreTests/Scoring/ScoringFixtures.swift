import Foundation
import Testing

/// The committed scikit-learn fixtures in `Tests/UptakeCoreTests/Fixtures/scoring`, read relative to
/// this file. Made by the scripts in `scripts/fixtures/scoring/`.
enum ScoringFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/scoring")

    struct Metrics: Decodable {
        var sklearn_version: String
        var cases: [MetricsCase]
    }

    struct MetricsCase: Decodable, CustomTestStringConvertible {
        struct Decile: Decodable {
            var decile: Int
            var count: Int
            var positives: Int
            var lift: Double
            var cumulative_gain: Double
            var cumulative_lift: Double
        }
        var name: String
        var labels: [Int]
        var scores: [Double]
        var roc_auc: Double
        var average_precision: Double
        var log_loss: Double
        var brier: Double
        var bin_counts: [Int]
        var prob_true: [Double]
        var prob_pred: [Double]
        var ece: Double
        var deciles: [Decile]

        var booleanLabels: [Bool] { labels.map { $0 == 1 } }
        var testDescription: String { name }
    }

    struct Isotonic: Decodable {
        var sklearn_version: String
        var cases: [IsotonicCase]
    }

    struct IsotonicCase: Decodable, CustomTestStringConvertible {
        var name: String
        var x: [Double]
        var y: [Double]
        var weights: [Double]?
        var queries: [Double]
        var predictions: [Double]
        var x_thresholds: [Double]
        var y_thresholds: [Double]

        var testDescription: String { name }
    }

    static func metrics() throws -> Metrics {
        try decode(Metrics.self, "metrics.json")
    }

    static func isotonic() throws -> Isotonic {
        try decode(Isotonic.self, "isotonic.json")
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// The fixture's cases, for parameterized tests (an unreadable fixture fails the test run loudly).
    static let metricsCases: [MetricsCase] = (try? metrics().cases) ?? []
    static let isotonicCases: [IsotonicCase] = (try? isotonic().cases) ?? []
}

/// Whether two numbers agree to an absolute tolerance.
func close(_ a: Double, _ b: Double, within tolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance
}
