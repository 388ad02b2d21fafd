import Foundation
import Testing
import UptakeCore

@Suite("TrainedModel: how it was chosen, in words")
struct TrainedModelSummaryTests {
    @Test("the kept candidate with every candidate's validation loss, and the base's weights")
    func weightedBase() throws {
        let model = ModelTrainerLinearBaseTests.trained.model
        let candidates = try #require(model.candidates)
        let losses = candidates.map { String(format: "%.4f", $0.validationLogLoss) }
        let expected = "trees on a logistic base (validation log loss: trees \(losses[0]), "
            + "trees on a logistic base \(losses[1]))"
        #expect(model.candidateSummary == expected)
        let halfLife = model.dataSummary.holdoutRows
        #expect(model.baseWeightsSummary == "weighted by recency, half-life \(halfLife) rows; inputs moved: trend")
    }

    @Test("one candidate, no base, and a model saved before candidates existed")
    func plainTrees() throws {
        var model = ModelTrainerLinearBaseTests.trained.model
        model.candidates = [ModelCandidate(kind: .trees, validationLogLoss: 0.5, bestRound: 3, chosen: true)]
        model.linearBase = nil
        #expect(model.candidateSummary == "trees" && model.baseWeightsSummary == nil)
        model.candidates = nil
        #expect(model.candidateSummary == "trees")
        model.linearBase = ModelTrainerLinearBaseTests.trained.model.linearBase
        model.linearBase?.recencyHalfLife = nil
        #expect(model.candidateSummary == "trees on a logistic base" && model.baseWeightsSummary == "equal weights")
    }
}
