import CXGBoost
import Foundation

/// A dense matrix of features for XGBoost, with optional labels and weights.
///
/// Wraps an XGBoost `DMatrixHandle`, which this object owns and frees. Rows are given row-major;
/// a missing value is `Float.nan` (XGBoost then sends the row down each split's default direction).
///
/// ```swift
/// let train = try DMatrix(
///     rows: [[1, .nan, 3], [4, 5, 6]],
///     labels: [0, 1]
/// )
/// print(train.rowCount, train.columnCount) // 2 3
/// ```
///
/// Thread safety: a `DMatrix` is immutable after `init` and may be shared between tasks. XGBoost
/// builds some training caches on a matrix lazily, so every use of the handle is serialized on a lock
/// held by this object (see `Booster` for the order locks are taken in).
///
/// Wraps [`XGDMatrixCreateFromMat_omp`](https://xgboost.readthedocs.io/en/release_1.7.0/c.html).
public final class DMatrix: @unchecked Sendable {
    /// The owned C handle; never exposed outside this module.
    let handle: DMatrixHandle
    /// Serializes use of `handle`; recursive so that one call may lock the same matrix twice
    /// (evaluating the training matrix under two names).
    let lock = NSRecursiveLock()

    /// The number of rows (instances).
    public let rowCount: Int
    /// The number of columns (features), missing or not.
    public let columnCount: Int

    /// Makes a matrix from rows of equal length.
    ///
    /// - Parameters:
    ///   - rows: One array of feature values per instance, all the same length; `Float.nan` is missing.
    ///   - labels: One label per row (0 or 1 for binary classification), or `nil` for scoring.
    ///   - weights: One weight per row, or `nil` for equal weights.
    /// - Throws: `XGBoostError` with code `.invalidArgument` for ragged rows or wrong label/weight
    ///   counts; `.libraryFailure` with XGBoost's message when it rejects the data (infinite values).
    public convenience init(rows: [[Float]], labels: [Float]? = nil, weights: [Float]? = nil) throws {
        let columnCount = rows.first?.count ?? 0
        if let bad = rows.firstIndex(where: { $0.count != columnCount }) {
            throw XGBoostError(
                .invalidArgument,
                "row \(bad) has \(rows[bad].count) values but row 0 has \(columnCount)",
                function: "DMatrix.init(rows:labels:weights:)"
            )
        }
        try self.init(
            values: rows.flatMap { $0 },
            rowCount: rows.count,
            columnCount: columnCount,
            labels: labels,
            weights: weights
        )
    }

    /// Makes a matrix from a flat row-major buffer.
    ///
    /// - Parameters:
    ///   - values: `rowCount × columnCount` values, row after row; `Float.nan` is missing.
    ///   - rowCount: The number of rows.
    ///   - columnCount: The number of columns.
    ///   - labels: One label per row, or `nil`.
    ///   - weights: One weight per row, or `nil`.
    ///   - baseMargins: One starting margin (log-odds) per row, or `nil`: boosting starts from it instead of
    ///     the model's base score, and predictions add it (XGBoost's `base_margin`).
    ///   - threadCount: XGBoost's threads for copying the rows, and the matrix's own later work (0: every
    ///     core), as a booster's `nthread`.
    /// - Throws: `XGBoostError` with code `.invalidArgument` when the counts disagree;
    ///   `.libraryFailure` with XGBoost's message when it rejects the data.
    public init(
        values: [Float],
        rowCount: Int,
        columnCount: Int,
        labels: [Float]? = nil,
        weights: [Float]? = nil,
        baseMargins: [Float]? = nil,
        threadCount: Int = 0
    ) throws {
        let function = "DMatrix.init(values:rowCount:columnCount:labels:weights:baseMargins:threadCount:)"
        guard rowCount >= 0, columnCount >= 0, values.count == rowCount * columnCount else {
            throw XGBoostError(
                .invalidArgument,
                "\(values.count) values do not fill \(rowCount) rows × \(columnCount) columns",
                function: function
            )
        }
        for (name, info) in [("labels", labels), ("weights", weights), ("base margins", baseMargins)] {
            if let info, info.count != rowCount {
                throw XGBoostError(
                    .invalidArgument, "\(info.count) \(name) for \(rowCount) rows", function: function
                )
            }
        }
        var out: DMatrixHandle?
        try values.withUnsafeBufferPointer { buffer in
            // `_omp`: the plain call copies the rows on one thread.
            try check(
                XGDMatrixCreateFromMat_omp(
                    buffer.baseAddress, bst_ulong(rowCount), bst_ulong(columnCount), Float.nan, &out,
                    Int32(clamping: threadCount)
                ),
                function: "XGDMatrixCreateFromMat_omp"
            )
        }
        guard let out else {
            throw XGBoostError(.libraryFailure, "no matrix returned", function: "XGDMatrixCreateFromMat_omp")
        }
        self.handle = out
        self.rowCount = rowCount
        self.columnCount = columnCount
        // From here on `deinit` frees the handle if setting the meta data throws.
        if let labels { try setFloatInfo("label", labels) }
        if let weights { try setFloatInfo("weight", weights) }
        if let baseMargins { try setFloatInfo("base_margin", baseMargins) }
    }

    deinit {
        // Nothing useful can be done if freeing fails; XGDMatrixFree only fails on a null handle.
        _ = XGDMatrixFree(handle)
    }

    /// Reads a float field of the matrix's meta data.
    ///
    /// - Parameter field: `"label"`, `"weight"`, `"base_margin"`.
    /// - Returns: The stored values, empty when the field was never set.
    /// - Throws: `XGBoostError` with XGBoost's message for an unknown field.
    public func floatInfo(_ field: String) throws -> [Float] {
        lock.lock()
        defer { lock.unlock() }
        var length: bst_ulong = 0
        var pointer: UnsafePointer<Float>?
        try check(XGDMatrixGetFloatInfo(handle, field, &length, &pointer), function: "XGDMatrixGetFloatInfo")
        guard let pointer else { return [] }
        return Array(UnsafeBufferPointer(start: pointer, count: Int(length)))
    }

    private func setFloatInfo(_ field: String, _ values: [Float]) throws {
        try values.withUnsafeBufferPointer { buffer in
            try check(
                XGDMatrixSetFloatInfo(handle, field, buffer.baseAddress, bst_ulong(buffer.count)),
                function: "XGDMatrixSetFloatInfo"
            )
        }
    }

    /// Runs `body` with every matrix in `matrices` locked.
    ///
    /// Locks are taken in one global order (by object identity) so that two calls locking the same
    /// matrices in different orders cannot deadlock.
    static func withLocked<R>(_ matrices: [DMatrix], _ body: () throws -> R) rethrows -> R {
        let ordered = matrices.sorted { ObjectIdentifier($0) < ObjectIdentifier($1) }
        for matrix in ordered { matrix.lock.lock() }
        defer { for matrix in ordered.reversed() { matrix.lock.unlock() } }
        return try body()
    }
}
