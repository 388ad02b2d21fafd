import Foundation
import Testing
import UptakeCore

@Suite("TrainingConfiguration: defaults")
struct TrainingConfigurationTests {
    static let data = TrainingTestData.make(rows: 2_000)

    /// The data with one more category column holding a single level: its one-hot features (`same=x`,
    /// `same=other`) are constant, like the `other` column of a category where no level was folded.
    static func withConstantCategory() throws -> ColumnTable {
        let codes = [Int32](repeating: 0, count: data.table.rowCount)
        return try ColumnTable(columns: data.table.columns + [
            .init(name: "same", values: .categories(levels: ["x"], codes: codes))
        ])
    }

    static func train(_ table: ColumnTable, columnSample: Double) throws -> TrainedModel {
        var configuration = TrainingTestData.quickConfiguration()
        configuration.columnSampleByTree = columnSample
        return try ModelTrainer(configuration: configuration).train(table: table, labels: data.labels)
    }

    @Test("every tree sees every feature by default")
    func defaultColumnSample() {
        #expect(TrainingConfiguration().columnSampleByTree == 1)
        #expect(TrainingConfiguration().boosterParameters.columnSampleByTree == 1)
    }

    @Test("with the default, constant columns do not change the model; with column sampling they do")
    func constantColumnsAreInert() throws {
        let padded = try Self.withConstantCategory()
        let plain = try Self.train(Self.data.table, columnSample: TrainingConfiguration().columnSampleByTree)
        let extra = try Self.train(padded, columnSample: TrainingConfiguration().columnSampleByTree)
        #expect(extra.schema.featureCount == plain.schema.featureCount + 2)
        #expect(extra.bestIteration == plain.bestIteration)
        #expect(extra.evaluation.uncalibratedROCAUC == plain.evaluation.uncalibratedROCAUC)
        #expect(extra.evaluation.logLoss == plain.evaluation.logLoss)

        // The reason for the default: sampling 80% of the columns spends draws on the dead ones.
        let sampledPlain = try Self.train(Self.data.table, columnSample: 0.8)
        let sampledExtra = try Self.train(padded, columnSample: 0.8)
        #expect(sampledExtra.evaluation.logLoss != sampledPlain.evaluation.logLoss)
    }
}
