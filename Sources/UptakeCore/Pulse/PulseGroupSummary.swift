/// The published figures of one group of pulse answers: how many answered and the mean of each item.
///
/// It can only be made inside UptakeCore, by ``PulseResults``, and only for a group of at least
/// ``PulseResults/minimumGroupSize`` answers: no caller (page, API, CLI, digest) can publish a smaller one.
/// It is Encodable but deliberately not Decodable, so it cannot be made from JSON either.
public struct PulseGroupSummary: Hashable, Sendable, Encodable {
    /// The group's name ("executive", "North").
    public let name: String
    /// Answers in the group (at least five).
    public let answers: Int
    /// Mean rating per item, in ``PulseItem/allCases`` order.
    public let means: [PulseItemMean]

    /// Summarises a group known to be large enough.
    init(name: String, answers: [PulseAnswer]) {
        precondition(answers.count >= PulseResults.minimumGroupSize, "a pulse group below the minimum size")
        self.name = name
        self.answers = answers.count
        self.means = PulseItem.allCases.map { item in
            PulseItemMean(item: item, mean: Double(answers.reduce(0) { $0 + $1.scores[item] }) / Double(answers.count))
        }
    }

    /// The mean of one item.
    ///
    /// - Parameter item: The item.
    /// - Returns: Its mean rating.
    public func mean(_ item: PulseItem) -> Double {
        means.first { $0.item == item }?.mean ?? .nan
    }
}

/// One item's mean rating in a published group.
public struct PulseItemMean: Hashable, Sendable, Encodable {
    /// The item.
    public let item: PulseItem
    /// Its mean rating, 1–5.
    public let mean: Double
}
