import Foundation

/// A KPI this period against the last: the change and whether it is for the better.
public struct KPIComparison: Hashable, Sendable, Codable {
    /// Whether a change is good news, given the KPI's direction.
    public enum Trend: String, Hashable, Sendable, Codable {
        /// Moved the good way.
        case improved
        /// Moved the bad way.
        case worsened
        /// Did not move.
        case unchanged
        /// One of the two values is missing.
        case unknown
    }

    /// The KPI.
    public var definition: KPIDefinition
    /// This period.
    public var current: KPIMeasurement
    /// The last period, if known.
    public var previous: KPIMeasurement?

    /// Makes a comparison.
    ///
    /// - Parameters:
    ///   - definition: The KPI.
    ///   - current: This period's measurement.
    ///   - previous: The last period's, if known.
    public init(definition: KPIDefinition, current: KPIMeasurement, previous: KPIMeasurement?) {
        self.definition = definition
        self.current = current
        self.previous = previous
    }

    /// Current minus previous, nil when either is missing.
    public var change: Double? {
        guard let now = current.value, let then = previous?.value else { return nil }
        return now - then
    }

    /// The change judged by the KPI's direction.
    public var trend: Trend {
        guard let change else { return .unknown }
        if change == 0 { return .unchanged }
        let up = change > 0
        return up == (definition.direction == .higherIsBetter) ? .improved : .worsened
    }

    /// The change written in the KPI's unit ("+2.1 pts" for proportions, "+12" for counts), or "n/a".
    public var formattedChange: String {
        guard let change else { return "n/a" }
        let sign = change >= 0 ? "+" : "−"
        switch definition.unit {
        case .proportion: return sign + String(format: "%.1f pts", abs(change) * 100)
        case .count: return sign + KPIUnit.grouped(abs(change).rounded())
        case .currency: return sign + "$" + KPIUnit.grouped(abs(change).rounded())
        case .index, .difference: return sign + String(format: "%.3f", abs(change))
        case .rating, .ratingDifference: return sign + String(format: "%.2f", abs(change))
        }
    }
}
