import CXGBoost

extension Booster {
    /// The attribute XGBoost's Python early stopping writes, and `PredictionRounds.throughBestIteration`
    /// reads: the 0-based index of the best round.
    public static let bestIterationAttribute = "best_iteration"

    /// Reads a string attribute saved with the model.
    ///
    /// - Parameter key: The attribute's name.
    /// - Returns: Its value, or `nil` when the model has no such attribute.
    /// - Throws: `XGBoostError` with XGBoost's message.
    ///
    /// Wraps `XGBoosterGetAttr`.
    public func attribute(_ key: String) throws -> String? {
        try withHandle { handle in
            var out: UnsafePointer<CChar>?
            var success: Int32 = 0
            try check(XGBoosterGetAttr(handle, key, &out, &success), function: "XGBoosterGetAttr")
            guard success != 0, let out else { return nil }
            return String(cString: out)
        }
    }

    /// Sets (or, with `nil`, deletes) a string attribute saved with the model.
    ///
    /// ```swift
    /// try booster.setAttribute("feature_schema_version", to: "3")
    /// ```
    ///
    /// - Parameters:
    ///   - key: The attribute's name.
    ///   - value: The value, or `nil` to delete the attribute.
    /// - Throws: `XGBoostError` with XGBoost's message.
    ///
    /// Wraps `XGBoosterSetAttr`.
    public func setAttribute(_ key: String, to value: String?) throws {
        try withHandle { handle in
            try check(XGBoosterSetAttr(handle, key, value), function: "XGBoosterSetAttr")
        }
    }

    /// The names of every attribute saved with the model, sorted.
    ///
    /// - Returns: The attribute names.
    /// - Throws: `XGBoostError` with XGBoost's message.
    ///
    /// Wraps `XGBoosterGetAttrNames`.
    public func attributeNames() throws -> [String] {
        try withHandle { handle in
            var count: bst_ulong = 0
            var names: UnsafeMutablePointer<UnsafePointer<CChar>?>?
            try check(XGBoosterGetAttrNames(handle, &count, &names), function: "XGBoosterGetAttrNames")
            return copyCStrings(names, count: Int(count)).sorted()
        }
    }

    /// The best round's index, from the `best_iteration` attribute, or `nil` when it is not set.
    ///
    /// - Returns: The 0-based index of the best round.
    /// - Throws: `XGBoostError` with XGBoost's message, or `.invalidArgument` when the attribute is not
    ///   an integer.
    public func bestIteration() throws -> Int? {
        guard let text = try attribute(Self.bestIterationAttribute) else { return nil }
        guard let value = Int(text) else {
            throw XGBoostError(
                .invalidArgument, "best_iteration is not an integer: \(text)", function: "Booster.bestIteration()"
            )
        }
        return value
    }

    /// Records the best round (as Python's early stopping does), so that predictions can stop there.
    ///
    /// - Parameter iteration: The 0-based index of the best round.
    /// - Throws: `XGBoostError` with XGBoost's message.
    public func setBestIteration(_ iteration: Int) throws {
        try setAttribute(Self.bestIterationAttribute, to: String(iteration))
    }
}
