/// A KPI: its definition and the one pure function that computes it from typed inputs.
///
/// ```swift
/// let rate = KPICatalog.acceptanceRate(funnel)        // a KPIMeasurement
/// KPICatalog.acceptanceRate.definition.format(rate)   // "23.4%"
/// ```
public struct KPI<Input>: Sendable {
    /// What it is.
    public let definition: KPIDefinition
    private let compute: @Sendable (Input) -> (value: Double?, interval: KPIMeasurement.Interval?, basis: String?)

    /// Makes a KPI.
    ///
    /// - Parameters:
    ///   - definition: What it is.
    ///   - compute: Its value, interval and basis from the input.
    init(
        _ definition: KPIDefinition,
        compute: @escaping @Sendable (Input) -> (value: Double?, interval: KPIMeasurement.Interval?, basis: String?)
    ) {
        self.definition = definition
        self.compute = compute
    }

    /// Computes the KPI.
    ///
    /// - Parameter input: The typed input.
    /// - Returns: The measurement, tagged with this KPI's id.
    public func callAsFunction(_ input: Input) -> KPIMeasurement {
        let result = compute(input)
        return KPIMeasurement(kpi: definition.id, value: result.value, interval: result.interval, basis: result.basis)
    }

    /// Computes the KPI for this period and the last, for a "what changed" line.
    ///
    /// - Parameters:
    ///   - current: This period's input.
    ///   - previous: The last period's input, if known.
    /// - Returns: The comparison.
    public func compare(_ current: Input, previous: Input?) -> KPIComparison {
        KPIComparison(definition: definition, current: self(current), previous: previous.map { self($0) })
    }
}
