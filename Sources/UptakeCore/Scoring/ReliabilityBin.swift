/// One bin of a reliability table: the leads whose predicted probability fell in it, what was predicted
/// on average, and what happened.
public struct ReliabilityBin: Hashable, Sendable, Codable {
    /// The bin's position, from 0 (lowest probabilities).
    public var index: Int
    /// The bin's lower edge (excluded, except for the first bin, which includes 0).
    public var lowerBound: Double
    /// The bin's upper edge (included).
    public var upperBound: Double
    /// How many predictions fell in the bin.
    public var count: Int
    /// How many of them were positive.
    public var positives: Int
    /// The mean predicted probability, or `nil` for an empty bin.
    public var meanPredicted: Double?
    /// The observed positive rate, or `nil` for an empty bin.
    public var observedRate: Double?

    /// Makes a bin.
    ///
    /// - Parameters:
    ///   - index: The bin's position, from 0.
    ///   - lowerBound: The lower edge.
    ///   - upperBound: The upper edge.
    ///   - count: Predictions in the bin.
    ///   - positives: Positives among them.
    ///   - meanPredicted: Their mean probability (`nil` when empty).
    ///   - observedRate: Their positive rate (`nil` when empty).
    public init(
        index: Int, lowerBound: Double, upperBound: Double, count: Int, positives: Int,
        meanPredicted: Double?, observedRate: Double?
    ) {
        self.index = index
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.count = count
        self.positives = positives
        self.meanPredicted = meanPredicted
        self.observedRate = observedRate
    }
}
