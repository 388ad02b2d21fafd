import CXGBoost
import Foundation

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
            let names = datasets.map { strdup($0.name) }
            defer { names.forEach { free($0) } }
            var namePointers: [UnsafePointer<CChar>?] = names.map { UnsafePointer($0) }
            var out: UnsafePointer<CChar>?
            try check(
                XGBoosterEvalOneIter(
                    handle, Int32(iteration), &handles, &namePointers, bst_ulong(datasets.count), &out
                ),
                function: function
            )
            return out.map { String(cString: $0) } ?? ""
        }
        return try Self.parseEvaluation(text, datasets: datasets.map(\.name))
    }

    /// Parses `[i]\tname-metric:value...`; names are matched as given, so a metric may contain `-`.
    static func parseEvaluation(_ text: String, datasets: [String]) throws -> [EvaluationResult] {
        let fields = text.split(separator: "\t").dropFirst()
        return try fields.map { field in
            guard
                let colon = field.lastIndex(of: ":"),
                let value = Double(field[field.index(after: colon)...]),
                let dataset = datasets.first(where: { field.hasPrefix($0 + "-") })
            else {
                throw XGBoostError(
                    .invalidArgument, "cannot parse evaluation field \"\(field)\"", function: "XGBoosterEvalOneIter"
                )
            }
            let metric = field[field.index(field.startIndex, offsetBy: dataset.count + 1)..<colon]
            return EvaluationResult(dataset: dataset, metric: String(metric), value: value)
        }
    }
}
