import Foundation
import Testing
import UptakeCore

@Suite("FeatureSchema on a ColumnTable")
struct FeatureSchemaColumnTableTests {
    @Test("column-wise encoding equals record-by-record encoding, unseen levels and missing values included")
    func matchesRecordEncoding() throws {
        let data = TrainingTestData.make(rows: 400, seed: 5)
        let schema = try FeatureSchema.fit(table: data.table.selecting(Array(0..<300)), minimumLevelCount: 5)
        let extra = try ColumnTable(columns: [
            .init(name: "agents", values: .numbers([3, .nan])),
            .init(name: "region", values: .categories(levels: ["Mars", "North"], codes: [0, -1])),
            .init(name: "customer", values: .booleans([nil, true])),
            .init(name: "last_contact", values: .dates([.nan, TrainingTestData.snapshot.timeIntervalSince1970])),
        ])
        for table in [data.table, extra] {
            let columnWise = try schema.encode(table, scoringDate: TrainingTestData.snapshot)
            let records = (0..<table.rowCount).map { table.record(at: $0) }
            let recordWise = try schema.encode(records, scoringDate: TrainingTestData.snapshot)
            #expect(columnWise.count == recordWise.count)
            #expect(zip(columnWise, recordWise).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
        }
    }

    @Test("fitting on a table chooses the same levels as fitting on its records", arguments: [(1, 20), (10, 20), (100, 2)])
    func fitMatchesRecordFit(limits: (Int, Int)) throws {
        let data = TrainingTestData.make(rows: 500, seed: 8)
        let records = (0..<data.table.rowCount).map { data.table.record(at: $0) }
        let fromRecords = try FeatureSchema.fit(
            columns: data.table.columns.map { ($0.name, $0.values.kind) }, records: records,
            minimumLevelCount: limits.0, maximumLevels: limits.1
        )
        let fromTable = try FeatureSchema.fit(table: data.table, minimumLevelCount: limits.0, maximumLevels: limits.1)
        #expect(fromTable == fromRecords)
    }

    @Test("a column of the wrong kind is refused")
    func wrongKind() throws {
        let schema = try FeatureSchema(columns: [.init(name: "agents", encoding: .number)])
        let table = try ColumnTable(columns: [.init(name: "agents", values: .categories(levels: ["a"], codes: [0]))])
        let error = try #require(throws: ScoringError.self) { try schema.encode(table, scoringDate: Date()) }
        #expect(error.code == .invalidValue)
    }
}
