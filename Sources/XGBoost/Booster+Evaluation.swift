import CXGBoost

extension Booster {
    /// Evaluates the model's metrics (`eval_metric`) on named matrices after a round.
    ///
    /// ```swift
    /// let results = try booster.evaluate(iteration: round, on: [("train", train), ("validation", valid)])
    /// let validationLogLoss = results.first { $0.dataset == "validation" && $0.metric == "logloss" }
    /// ```
    ///
    /// - Parameters:
    ///   - iteration: The round just trained (XGBoost prints it; it does not change the values).
    ///   - datasets: Named matrices with labels. Names must not contain tabs or colons.
    /// - Returns: One result per dataset and metric, in XGBoost's order.
    /// - Throws: `XGBoostError` with XGBoost's message, or `.invalidArgument` for a bad name or an
    ///   answer that does not parse.
    ///
    /// Wraps `XGBoosterEvalOneIter`, whose answer is text like `[3]\ttrain-logloss:0.41\ttrain-auc:0.8`.
    public func evaluate(iteration: Int, on datasets: [(name: String, data: DMatrix)]) throws -> [EvaluationResult] {
        let function = "XGBoosterEvalOneIter"
        for (name, _) in datasets where name.isEmpty || name.contains(where: { $0 == "\t" || $0 == ":" }) {
            throw XGBoostError(.invalidArgument, "bad dataset name \"\(name)\"", function: function)
        }
        let text: String = try withHandle(using: datasets.map(\.data)) { handle in
            var handles: [DMatrixHandle?] = datasets.map { $0.data.handle }
            return try withCStringArray(datasets.map(\.name)) { names in
                var out: UnsafePointer<CChar>?
                try check(
                    XGBoosterEvalOneIter(handle, Int32(iteration), &handles, &names, bst_ulong(datasets.count), &out),
                    function: function
                )
                return out.map { String(cString: $0) } ?? ""
            }
        }
        return try Self.parseEvaluation(text, datasets: datasets.map(\.name))
    }

    /// Parses `[i]\tname-metric:value...`. XGBoost writes every metric of the first matrix, then of the
    /// next, so each field's matrix is known by its position and a name may itself contain `-`.
    static func parseEvaluation(_ text: String, datasets: [String]) throws -> [EvaluationResult] {
        let fields = Array(text.split(separator: "\t").dropFirst())
        func failure(_ detail: String) -> XGBoostError {
            XGBoostError(
                .invalidArgument, "cannot parse evaluation \"\(text)\": \(detail)", function: "XGBoosterEvalOneIter"
            )
        }
        if fields.isEmpty && datasets.isEmpty { return [] }
        guard !datasets.isEmpty, fields.count % datasets.count == 0 else {
            throw failure("\(fields.count) fields for \(datasets.count) matrices")
        }
        let metricsPerDataset = fields.count / datasets.count
        return try fields.enumerated().map { index, field in
            let dataset = datasets[index / metricsPerDataset]
            guard
                field.hasPrefix(dataset + "-"),
                let colon = field.lastIndex(of: ":"),
                let value = Double(field[field.index(after: colon)...])
            else { throw failure("field \"\(field)\"") }
            let metric = field[field.index(field.startIndex, offsetBy: dataset.count + 1)..<colon]
            return EvaluationResult(dataset: dataset, metric: String(metric), value: value)
        }
    }
}
