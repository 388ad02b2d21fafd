import Foundation
import Testing
import UptakeCore
import UptakeDemo

/// Training from stored leads (`LeadTrainingSet`, the path `uptake train` takes without `--csv`) on the
/// demo territory, whose generator knows the true conversion probability of every lead.
@Suite("Scoring the demo territory")
struct DemoTerritoryScoringTests {
    /// The demo territory's training rows and `uptake train`'s default configuration (one thread, so that
    /// concurrent tests do not compete for cores).
    static func demoTraining() throws -> (DemoTerritory, LeadTrainingSet, TrainingConfiguration) {
        let territory = try sharedTerritory.get()
        let set = try LeadTrainingSet(
            leads: territory.leads, reps: territory.reps, conversions: territory.conversions, asOf: territory.asOf
        )
        var configuration = LeadTrainingSet.defaultConfiguration()
        configuration.threadCount = 1
        return (territory, set, configuration)
    }

    @Test("labels and resolved leads match DemoTerritory.labels()")
    func labelsMatchTheGenerator() throws {
        let territory = try sharedTerritory.get()
        let labeler = OutcomeLabeler(asOf: territory.asOf)
        let labels = labeler.labels(leads: territory.leads, conversions: territory.conversions)
        #expect(labels == territory.labels())
        #expect(territory.leads.allSatisfy { labeler.isResolved($0) == territory.isResolved($0) })

        let set = try LeadTrainingSet(
            leads: territory.leads, reps: territory.reps, conversions: territory.conversions, asOf: territory.asOf
        )
        let expected = territory.labels()
        #expect(set.features.leadIDs.count == expected.count)
        #expect(set.unresolvedCount == territory.leads.count - expected.count)
        #expect(zip(set.features.leadIDs, set.labels).allSatisfy { expected[$0] == $1 })
        #expect(set.labels.contains(true) && set.labels.contains(false))
    }

    @Test("features carry the ground truth's inputs: distance, tier, age of last contact at the reference date")
    func featuresCarryTheGroundTruthInputs() throws {
        let territory = try sharedTerritory.get()
        let leads = Array(territory.leads.prefix(400))
        let features = try LeadFeatureTable(leads: leads, reps: territory.reps, asOf: territory.asOf)
        let schema = try FeatureSchema.fit(table: features.table.dropping([LeadFeatureTable.referenceDateColumn]))
        let encoded = try schema.encode(features.table, scoringDate: features.asOf)
        let names = schema.featureNames
        let width = names.count
        let distance = try #require(names.firstIndex(of: LeadFeatureTable.ownerDistanceColumn))
        let age = try #require(names.firstIndex(of: DemoAttributeKey.lastContact))
        let gold = try #require(names.firstIndex(of: "tier=gold"))
        var unassigned = 0
        for (row, lead) in leads.enumerated() {
            let truth = try DemoGroundTruth.inputs(of: lead, reps: territory.reps)
            let value = encoded[row * width + distance]
            if let kilometres = truth.ownerDistanceKilometres {
                #expect(abs(Double(value) - kilometres) < 1e-3)
            } else {
                unassigned += 1
                #expect(value.isNaN)
            }
            #expect(abs(Double(encoded[row * width + age]) - truth.daysSinceLastContact) < 1e-2)
            #expect(encoded[row * width + gold] == (lead.tier == .gold ? 1 : 0))
        }
        #expect(unassigned > 0)
    }

    @Test("holdout ROC AUC is within 0.03 of the ground truth's AUC on the same holdout rows")
    func holdoutAUCNearTheGroundTruth() throws {
        let (territory, set, configuration) = try Self.demoTraining()
        let model = try set.train(configuration: configuration)
        let split = try set.split(configuration: configuration)
        #expect(split.holdout.count == model.evaluation.rowCount)

        let leadsByID = Dictionary(uniqueKeysWithValues: territory.leads.map { ($0.id, $0) })
        let holdoutLeads = try split.holdout.map { try #require(leadsByID[set.features.leadIDs[$0]]) }
        // The holdout is the most recent resolved leads, and every one of them is resolved.
        let latestTraining = split.train.map { set.features.leadIDs[$0] }.compactMap { leadsByID[$0]?.createdAt }.max()
        let earliestHoldout = holdoutLeads.map(\.createdAt).min()
        #expect(try #require(latestTraining) <= #require(earliestHoldout))
        #expect(holdoutLeads.allSatisfy { territory.isResolved($0) })

        let truth = try holdoutLeads.map { try DemoGroundTruth.probability(of: $0, reps: territory.reps) }
        let truthAUC = try ScoringMetrics.rocAUC(labels: split.holdout.map { set.labels[$0] }, scores: truth)
        let gap = truthAUC - model.evaluation.rocAUC
        print("demo holdout: model ROC AUC \(model.evaluation.rocAUC), ground truth \(truthAUC), gap \(gap), "
              + "rows \(split.holdout.count), positives \(model.evaluation.positives)")
        #expect(gap < 0.03, "model \(model.evaluation.rocAUC) vs ground truth \(truthAUC)")
    }

    @Test("an imported model evaluated on the same holdout scores as the trained model's raw probabilities")
    func importedModelEvaluation() throws {
        let (territory, set, defaults) = try Self.demoTraining()
        var configuration = defaults
        // An import is XGBoost trees alone: compare with plain trees (a model with a linear base exports the
        // base beside its trees, and Python passes it as base_margin; see docs/scoring.md).
        configuration.linearBase = false
        let trained = try set.train(configuration: configuration)
        let imported = try TrainedModel.imported(
            boosterJSON: trained.boosterJSON,
            schema: ImportedModelSchema(schema: trained.schema, tierCutPoints: trained.tierCutPoints),
            referenceDate: territory.asOf
        )
        #expect(!imported.isEvaluated)
        let evaluated = try set.evaluate(imported, configuration: configuration)
        #expect(evaluated.isEvaluated)
        #expect(evaluated.evaluation.rowCount == trained.evaluation.rowCount)
        #expect(evaluated.evaluation.positives == trained.evaluation.positives)
        // Same trees, same holdout rows, no calibration: the trained model's uncalibrated figures.
        #expect(abs(evaluated.evaluation.rocAUC - trained.evaluation.uncalibratedROCAUC) < 1e-12)
        #expect(abs(evaluated.evaluation.logLoss - trained.evaluation.uncalibratedLogLoss) < 1e-9)
        #expect(evaluated.dataSummary.holdoutRows == trained.dataSummary.holdoutRows)
    }
}
