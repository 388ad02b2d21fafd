import CXGBoost

extension Booster {
    /// Predicts the objective's transformed output: probabilities for `binary:logistic`.
    ///
    /// ```swift
    /// let probabilities = try booster.predict(try DMatrix(rows: rows))
    /// ```
    ///
    /// - Parameters:
    ///   - data: The rows to score; the same features, in the same order, as in training.
    ///   - rounds: The boosting rounds to use.
    /// - Returns: One value per row (row-major `rows × classes` for multi-class objectives).
    /// - Throws: `XGBoostError`: `.invalidArgument` when `data` has fewer columns than the model has
    ///   features (XGBoost 1.7 would silently treat the absent ones as missing); XGBoost's message when
    ///   it has more, or when it rejects the call.
    ///
    /// Wraps `XGBoosterPredictFromDMatrix` with `"type": 0`.
    public func predict(_ data: DMatrix, rounds: PredictionRounds = .all) throws -> [Float] {
        try predictFromDMatrix(data, type: 0, rounds: rounds).values
    }

    /// Predicts the untransformed margin: log-odds for `binary:logistic`.
    ///
    /// - Parameters:
    ///   - data: The rows to score.
    ///   - rounds: The boosting rounds to use.
    /// - Returns: One margin per row.
    /// - Throws: `XGBoostError`, as for `predict(_:rounds:)`.
    ///
    /// Wraps `XGBoosterPredictFromDMatrix` with `"type": 1`.
    public func predictMargin(_ data: DMatrix, rounds: PredictionRounds = .all) throws -> [Float] {
        try predictFromDMatrix(data, type: 1, rounds: rounds).values
    }

    /// Predicts each feature's SHAP contribution to each row's margin (exact TreeSHAP).
    ///
    /// - Parameters:
    ///   - data: The rows to explain.
    ///   - rounds: The boosting rounds to use.
    /// - Returns: Per row, one value per feature and then the bias; they sum to the row's margin.
    /// - Throws: `XGBoostError`, as for `predict(_:rounds:)`; `.invalidArgument` for a multi-class
    ///   model, whose contributions have a class dimension.
    ///
    /// Wraps `XGBoosterPredictFromDMatrix` with `"type": 2`.
    public func predictContributions(
        _ data: DMatrix,
        rounds: PredictionRounds = .all
    ) throws -> FeatureContributions {
        let (shape, values) = try predictFromDMatrix(data, type: 2, rounds: rounds)
        guard shape.count == 2 else {
            throw XGBoostError(
                .invalidArgument,
                "contributions have shape \(shape); only single-output models are supported",
                function: "Booster.predictContributions(_:rounds:)"
            )
        }
        return FeatureContributions(rowCount: shape[0], columnCount: shape[1], values: values)
    }

    /// The one place predictions are made: checks the shape, builds the JSON configuration, copies the
    /// result out of XGBoost's buffer (valid only until the next call on this thread) under the lock.
    private func predictFromDMatrix(
        _ data: DMatrix,
        type: Int,
        rounds: PredictionRounds
    ) throws -> (shape: [Int], values: [Float]) {
        try withHandle(using: [data]) { handle in
            let features = try numberOfFeatures()
            if features > 0, data.columnCount < features {
                throw XGBoostError(
                    .invalidArgument,
                    "data has \(data.columnCount) columns but the model was trained on \(features) features",
                    function: "XGBoosterPredictFromDMatrix"
                )
            }
            let range = try iterationRange(for: rounds)
            let config = """
                {"type": \(type), "training": false, "iteration_begin": \(range.lowerBound), \
                "iteration_end": \(range.upperBound), "strict_shape": false}
                """
            var shapePointer: UnsafePointer<bst_ulong>?
            var dimension: bst_ulong = 0
            var result: UnsafePointer<Float>?
            try check(
                XGBoosterPredictFromDMatrix(handle, data.handle, config, &shapePointer, &dimension, &result),
                function: "XGBoosterPredictFromDMatrix"
            )
            let shape = (0..<Int(dimension)).map { Int(shapePointer?[$0] ?? 0) }
            let count = shape.reduce(1, *)
            guard let result, count > 0 else { return (shape, []) }
            return (shape, Array(UnsafeBufferPointer(start: result, count: count)))
        }
    }

    /// XGBoost's `iteration_begin` / `iteration_end`, where an end of 0 means "every round".
    private func iterationRange(for rounds: PredictionRounds) throws -> Range<Int> {
        switch rounds {
        case .all:
            return 0..<0
        case .throughBestIteration:
            guard let best = try bestIteration() else { return 0..<0 }
            return 0..<(best + 1)
        case .range(let range):
            guard !range.isEmpty, range.lowerBound >= 0 else {
                throw XGBoostError(
                    .invalidArgument, "round range \(range) is empty or negative", function: "Booster.predict"
                )
            }
            return range
        }
    }
}
