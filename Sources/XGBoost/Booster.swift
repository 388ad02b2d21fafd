import CXGBoost
import Foundation

/// A gradient-boosted tree model: trained here one round at a time, or loaded from XGBoost JSON.
///
/// Wraps an XGBoost `BoosterHandle`, which this object owns and frees.
///
/// ```swift
/// let train = try DMatrix(rows: rows, labels: labels)
/// let booster = try Booster(cache: [train])
/// try booster.setParameters(BoosterParameters(objective: .binaryLogistic, maxDepth: 3, eta: 0.3))
/// for round in 0..<20 { try booster.update(iteration: round, dtrain: train) }
/// let probabilities = try booster.predict(train)
/// ```
///
/// Thread safety: XGBoost 1.7 does not promise that concurrent calls on one handle are safe (prediction
/// writes a per-booster prediction cache and configures the learner lazily), so every call on the
/// handle is serialized on a lock owned by this object. Many tasks may score with one shared `Booster`;
/// their calls run one after another (each one still uses XGBoost's own OpenMP threads). When a call
/// also uses matrices, the booster's lock is taken first, then the matrices' locks.
public final class Booster: @unchecked Sendable {
    /// The owned C handle; never exposed outside this module.
    private let handle: BoosterHandle
    /// Serializes use of `handle`. Recursive so that a locked call may use another locked accessor.
    private let lock = NSRecursiveLock()

    /// Makes an empty booster that will train on (and cache predictions for) the given matrices.
    ///
    /// - Parameter cache: Matrices whose predictions XGBoost keeps between rounds; pass the training
    ///   matrix and any evaluation matrices. May be empty.
    /// - Throws: `XGBoostError` with XGBoost's message.
    ///
    /// Wraps `XGBoosterCreate`.
    public init(cache: [DMatrix] = []) throws {
        var out: BoosterHandle?
        try DMatrix.withLocked(cache) {
            var handles: [DMatrixHandle?] = cache.map { $0.handle }
            try check(XGBoosterCreate(&handles, bst_ulong(handles.count), &out), function: "XGBoosterCreate")
        }
        guard let out else {
            throw XGBoostError(.libraryFailure, "no booster returned", function: "XGBoosterCreate")
        }
        handle = out
    }

    deinit {
        // Nothing useful can be done if freeing fails; XGBoosterFree only fails on a null handle.
        _ = XGBoosterFree(handle)
    }

    /// Runs `body` with the handle, holding this booster's lock and then the locks of `matrices`.
    ///
    /// The handle lent to `body` must not escape it.
    func withHandle<R>(using matrices: [DMatrix] = [], _ body: (BoosterHandle) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try DMatrix.withLocked(matrices) { try body(handle) }
    }

    /// Sets one parameter by its XGBoost name: the escape hatch for anything `BoosterParameters` lacks.
    ///
    /// ```swift
    /// try booster.setParameter("max_bin", to: "128")
    /// ```
    ///
    /// - Parameters:
    ///   - name: XGBoost's parameter name (`"eta"`, `"eval_metric"`, ...). Setting `eval_metric`
    ///     again adds a metric rather than replacing the first.
    ///   - value: The value as XGBoost parses it.
    /// - Throws: `XGBoostError` with XGBoost's message (an unknown objective, a malformed number).
    ///
    /// Wraps `XGBoosterSetParam`.
    public func setParameter(_ name: String, to value: String) throws {
        try withHandle { handle in
            try check(XGBoosterSetParam(handle, name, value), function: "XGBoosterSetParam")
        }
    }

    /// Sets every parameter that `parameters` specifies, in a fixed order.
    ///
    /// - Parameter parameters: The typed parameters; `nil` fields are left at XGBoost's defaults.
    /// - Throws: `XGBoostError` with XGBoost's message.
    public func setParameters(_ parameters: BoosterParameters) throws {
        for (name, value) in parameters.pairs {
            try setParameter(name, to: value)
        }
    }

    /// Trains one more boosting round.
    ///
    /// - Parameters:
    ///   - iteration: The round's index, counting from 0 (XGBoost seeds its sampling with it).
    ///   - dtrain: The training matrix; it must carry labels.
    /// - Throws: `XGBoostError` with XGBoost's message (no labels, labels outside [0, 1] for a logistic
    ///   objective, a feature count that changed between rounds).
    ///
    /// Wraps `XGBoosterUpdateOneIter`.
    public func update(iteration: Int, dtrain: DMatrix) throws {
        try withHandle(using: [dtrain]) { handle in
            try check(
                XGBoosterUpdateOneIter(handle, Int32(iteration), dtrain.handle),
                function: "XGBoosterUpdateOneIter"
            )
        }
    }

    /// The number of features the model was trained on (0 before training).
    ///
    /// - Throws: `XGBoostError` with XGBoost's message.
    ///
    /// Wraps `XGBoosterGetNumFeature`.
    public func numberOfFeatures() throws -> Int {
        try withHandle { handle in
            var out: bst_ulong = 0
            try check(XGBoosterGetNumFeature(handle, &out), function: "XGBoosterGetNumFeature")
            return Int(out)
        }
    }

    /// The number of boosting rounds in the model.
    ///
    /// - Throws: `XGBoostError` with XGBoost's message.
    ///
    /// Wraps `XGBoosterBoostedRounds`.
    public func boostedRounds() throws -> Int {
        try withHandle { handle in
            var out: Int32 = 0
            try check(XGBoosterBoostedRounds(handle, &out), function: "XGBoosterBoostedRounds")
            return Int(out)
        }
    }
}
