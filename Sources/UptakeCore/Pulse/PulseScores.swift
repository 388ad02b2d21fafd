/// One respondent's ratings, every item from 1 to 5.
///
/// Every item is required: a skipped item would make an item's mean rest on fewer answers than its group,
/// and so could describe fewer than five people.
public struct PulseScores: Hashable, Sendable, Codable {
    /// Confidence that the model will deliver.
    public var confidence: Int
    /// Trust in its numbers.
    public var trust: Int
    /// Clarity of goals.
    public var goalClarity: Int
    /// Training received.
    public var training: Int

    /// Makes ratings.
    ///
    /// - Parameters:
    ///   - confidence: 1–5.
    ///   - trust: 1–5.
    ///   - goalClarity: 1–5.
    ///   - training: 1–5.
    /// - Throws: ``PulseError`` `.invalidValue` naming the first item outside 1–5.
    public init(confidence: Int, trust: Int, goalClarity: Int, training: Int) throws {
        self.confidence = confidence
        self.trust = trust
        self.goalClarity = goalClarity
        self.training = training
        for item in PulseItem.allCases where !(1...5).contains(self[item]) {
            throw PulseError(.invalidValue, "\(item.rawValue) is \(self[item]); ratings run from 1 to 5")
        }
    }

    /// The rating of one item.
    ///
    /// - Parameter item: The item.
    public subscript(item: PulseItem) -> Int {
        switch item {
        case .confidence: confidence
        case .trust: trust
        case .goalClarity: goalClarity
        case .training: training
        }
    }
}
