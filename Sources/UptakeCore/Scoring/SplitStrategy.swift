/// How rows are divided into training, validation and holdout parts.
public enum SplitStrategy: Hashable, Sendable, Codable {
    /// A seeded random permutation (`SeededGenerator`): the first holdout share of it is the
    /// holdout, the next validation share the validation slice.
    case random(seed: UInt64)
    /// Row order is time order: the last rows are the holdout and the rows just before them the
    /// validation slice (the CSV's order, as in the bank-marketing data).
    case ordered
    /// By a date (or number) column: the most recent rows are the holdout and the next most recent
    /// the validation slice (DESIGN.md: "the holdout is the most recent 20% of leads"). Ties keep
    /// row order. The column is not used as a feature.
    case time(column: String)

    /// A short name for reports (`random`, `ordered`, `time`).
    public var name: String {
        switch self {
        case .random: "random"
        case .ordered: "ordered"
        case .time: "time"
        }
    }
}
