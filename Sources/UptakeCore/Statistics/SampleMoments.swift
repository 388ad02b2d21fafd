/// Count, mean, variance and co-moments of a sample, accumulated in one pass.
///
/// Welford's update (Welford 1962; co-moment form from Pébay 2008) keeps the variance accurate
/// when the mean is large compared with the spread. Variances use the n − 1 denominator.
public struct SampleMoments: Hashable, Sendable {
    /// Number of observations.
    public private(set) var count: Int = 0
    /// Mean of x.
    public private(set) var mean: Double = 0
    private var m2: Double = 0

    /// An empty accumulator.
    public init() {}

    /// The moments of `values`.
    ///
    /// - Parameter values: The sample.
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        for value in values { add(value) }
    }

    /// Adds one observation.
    ///
    /// - Parameter value: The observation.
    public mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        m2 += delta * (value - mean)
    }

    /// The sample variance (n − 1 denominator); 0 with fewer than two observations.
    public var variance: Double { count > 1 ? m2 / Double(count - 1) : 0 }

    /// The sample standard deviation.
    public var standardDeviation: Double { variance.squareRoot() }

    /// The sample covariance of paired values (n − 1 denominator); 0 with fewer than two pairs.
    ///
    /// - Parameters:
    ///   - x: First variable.
    ///   - y: Second variable, the same length as `x`.
    /// - Returns: The covariance.
    public static func covariance(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "covariance needs paired values")
        guard x.count > 1 else { return 0 }
        var meanX = 0.0, meanY = 0.0, comoment = 0.0
        for index in x.indices {
            let n = Double(index + 1)
            let dx = x[index] - meanX
            meanX += dx / n
            meanY += (y[index] - meanY) / n
            comoment += dx * (y[index] - meanY)
        }
        return comoment / Double(x.count - 1)
    }
}
