import Testing
import UptakeCore

@Suite("Scoring metrics against scikit-learn")
struct ScoringMetricsTests {
    @Test("the fixture was made by scikit-learn and holds every case")
    func fixtureIsComplete() throws {
        let fixture = try ScoringFixtures.metrics()
        #expect(fixture.sklearn_version.hasPrefix("1."))
        #expect(ScoringFixtures.metricsCases.count == 5)
    }

    @Test("ROC AUC (ties count half)", arguments: ScoringFixtures.metricsCases)
    func rocAUC(fixture: ScoringFixtures.MetricsCase) throws {
        let auc = try ScoringMetrics.rocAUC(labels: fixture.booleanLabels, scores: fixture.scores)
        #expect(close(auc, fixture.roc_auc), "\(auc) vs \(fixture.roc_auc)")
    }

    @Test("average precision", arguments: ScoringFixtures.metricsCases)
    func averagePrecision(fixture: ScoringFixtures.MetricsCase) throws {
        let ap = try ScoringMetrics.averagePrecision(labels: fixture.booleanLabels, scores: fixture.scores)
        #expect(close(ap, fixture.average_precision), "\(ap) vs \(fixture.average_precision)")
    }

    @Test("log loss (clipped) and Brier score", arguments: ScoringFixtures.metricsCases)
    func probabilityLosses(fixture: ScoringFixtures.MetricsCase) throws {
        let loss = try ScoringMetrics.logLoss(labels: fixture.booleanLabels, probabilities: fixture.scores)
        let tolerance = 1e-12 * max(1, fixture.log_loss)
        #expect(close(loss, fixture.log_loss, within: tolerance), "\(loss) vs \(fixture.log_loss)")
        let brier = try ScoringMetrics.brierScore(labels: fixture.booleanLabels, probabilities: fixture.scores)
        #expect(close(brier, fixture.brier), "\(brier) vs \(fixture.brier)")
    }

    @Test("reliability table matches calibration_curve; ECE from it", arguments: ScoringFixtures.metricsCases)
    func calibration(fixture: ScoringFixtures.MetricsCase) throws {
        let table = try ScoringMetrics.reliabilityTable(labels: fixture.booleanLabels, probabilities: fixture.scores)
        #expect(table.map(\.count) == fixture.bin_counts)
        let nonEmpty = table.filter { $0.count > 0 }
        #expect(nonEmpty.count == fixture.prob_true.count)
        for (bin, (observed, predicted)) in zip(nonEmpty, zip(fixture.prob_true, fixture.prob_pred)) {
            #expect(close(try #require(bin.observedRate), observed))
            #expect(close(try #require(bin.meanPredicted), predicted))
        }
        #expect(table.filter { $0.count == 0 }.allSatisfy { $0.meanPredicted == nil && $0.observedRate == nil })
        let ece = try ScoringMetrics.expectedCalibrationError(
            labels: fixture.booleanLabels, probabilities: fixture.scores
        )
        #expect(close(ece, fixture.ece), "\(ece) vs \(fixture.ece)")
    }

    @Test("lift and cumulative gain by decile", arguments: ScoringFixtures.metricsCases)
    func lift(fixture: ScoringFixtures.MetricsCase) throws {
        let deciles = try ScoringMetrics.liftByDecile(labels: fixture.booleanLabels, scores: fixture.scores)
        #expect(deciles.count == 10)
        for (ours, theirs) in zip(deciles, fixture.deciles) {
            #expect(ours.decile == theirs.decile)
            #expect(ours.count == theirs.count)
            #expect(ours.positives == theirs.positives)
            #expect(close(ours.lift, theirs.lift))
            #expect(close(ours.cumulativeGain, theirs.cumulative_gain))
            #expect(close(ours.cumulativeLift, theirs.cumulative_lift))
        }
        #expect(close(try #require(deciles.last).cumulativeGain, 1))
    }

    @Test("a hand-checked AUC: one tie between a positive and a negative counts half")
    func tieCountsHalf() throws {
        // Pairs (positive, negative): (0.2 vs 0.2) tie = 0.5, (0.9 vs 0.2) = 1 -> 1.5 / 2.
        #expect(try ScoringMetrics.rocAUC(labels: [false, true, true], scores: [0.2, 0.2, 0.9]) == 0.75)
    }

    @Test("bad input is rejected with a reason")
    func badInput() {
        #expect(throws: ScoringError.self) { try ScoringMetrics.rocAUC(labels: [true], scores: [0.1, 0.2]) }
        #expect(throws: ScoringError.self) { try ScoringMetrics.rocAUC(labels: [], scores: []) }
        #expect {
            try ScoringMetrics.rocAUC(labels: [true, true], scores: [0.1, 0.2])
        } throws: { error in
            (error as? ScoringError)?.code == .undefined
        }
        #expect {
            try ScoringMetrics.logLoss(labels: [true], probabilities: [1.5])
        } throws: { error in
            (error as? ScoringError)?.code == .outOfRange
        }
        #expect(throws: ScoringError.self) { try ScoringMetrics.brierScore(labels: [true], probabilities: [.nan]) }
        #expect(throws: ScoringError.self) { try ScoringMetrics.averagePrecision(labels: [false], scores: [0.3]) }
        #expect(throws: ScoringError.self) {
            try ScoringMetrics.liftByDecile(
                labels: [Bool](repeating: true, count: 9), scores: Array(repeating: 0.5, count: 9)
            )
        }
    }
}
