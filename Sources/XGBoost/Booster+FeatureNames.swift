import CXGBoost

extension Booster {
    /// Names the model's features; the names are saved in the JSON model (`feature_names`), so a model
    /// read elsewhere (Python's xgboost, a later Uptake) says which column is which.
    ///
    /// ```swift
    /// try booster.setFeatureNames(schema.featureNames)
    /// ```
    ///
    /// - Parameter names: One name per feature, in column order; an empty array removes the names.
    /// - Throws: `XGBoostError` with XGBoost's message.
    ///
    /// Wraps `XGBoosterSetStrFeatureInfo` with `"feature_name"`.
    public func setFeatureNames(_ names: [String]) throws {
        try withHandle { handle in
            try withCStringArray(names) { pointers in
                try check(
                    XGBoosterSetStrFeatureInfo(handle, "feature_name", &pointers, bst_ulong(names.count)),
                    function: "XGBoosterSetStrFeatureInfo"
                )
            }
        }
    }

    /// The model's feature names, or an empty array when none were set.
    ///
    /// - Returns: One name per feature, in column order.
    /// - Throws: `XGBoostError` with XGBoost's message.
    ///
    /// Wraps `XGBoosterGetStrFeatureInfo` with `"feature_name"`.
    public func featureNames() throws -> [String] {
        try withHandle { handle in
            var count: bst_ulong = 0
            var names: UnsafeMutablePointer<UnsafePointer<CChar>?>?
            try check(
                XGBoosterGetStrFeatureInfo(handle, "feature_name", &count, &names),
                function: "XGBoosterGetStrFeatureInfo"
            )
            return copyCStrings(names, count: Int(count))
        }
    }
}
