import Testing
import XGBoost

@Suite("DMatrix")
struct DMatrixTests {
    @Test("counts rows and columns, keeps labels and weights")
    func shapeAndInfo() throws {
        let matrix = try DMatrix(rows: [[1, .nan, 3], [4, 5, 6]], labels: [0, 1], weights: [2, 0.5])
        #expect(matrix.rowCount == 2)
        #expect(matrix.columnCount == 3)
        #expect(try matrix.floatInfo("label") == [0, 1])
        #expect(try matrix.floatInfo("weight") == [2, 0.5])
        #expect(try matrix.floatInfo("base_margin") == [])
    }

    @Test("ragged rows are rejected before XGBoost sees them")
    func raggedRows() {
        #expect {
            _ = try DMatrix(rows: [[1, 2], [3]])
        } throws: { error in
            let error = try #require(error as? XGBoostError)
            return error.code == .invalidArgument && error.message.contains("row 1 has 1 values")
        }
    }

    @Test("a label count that differs from the row count is rejected")
    func labelCount() {
        #expect(throws: XGBoostError.self) {
            _ = try DMatrix(rows: [[1], [2]], labels: [1])
        }
        #expect(throws: XGBoostError.self) {
            _ = try DMatrix(values: [1, 2, 3], rowCount: 2, columnCount: 2)
        }
    }

    @Test("an unknown meta data field fails with XGBoost's message")
    func unknownField() throws {
        let matrix = try DMatrix(rows: [[1]])
        #expect {
            _ = try matrix.floatInfo("no_such_field")
        } throws: { error in
            let error = try #require(error as? XGBoostError)
            return error.code == .libraryFailure && error.function == "XGDMatrixGetFloatInfo"
                && error.message.contains("no_such_field")
        }
    }

    @Test("an infinite value fails with XGBoost's message (NaN is the missing value and is fine)")
    func infinity() {
        #expect {
            _ = try DMatrix(rows: [[1, .infinity], [.nan, 2]])
        } throws: { error in
            let error = try #require(error as? XGBoostError)
            return error.function == "XGDMatrixCreateFromMat_omp" && error.message.contains("inf")
        }
    }
}
