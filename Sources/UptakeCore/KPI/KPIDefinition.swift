/// What a KPI is: its name, its formula in words, its unit, who owns it and which way is good.
///
/// Definitions live in ``KPICatalog`` and nowhere else; pages, the API and the digest show a value only
/// through its definition, so everyone reads the same number written the same way.
public struct KPIDefinition: Hashable, Sendable, Codable, Identifiable {
    /// A stable key, e.g. `adoption.acceptance_rate`.
    public var id: String
    /// The name people read, e.g. "Acceptance rate".
    public var name: String
    /// How it is computed, in words a reader can check.
    public var formula: String
    /// How the value is expressed.
    public var unit: KPIUnit
    /// The role accountable for it (analyst, manager, executive).
    public var owner: String
    /// Which way is good.
    public var direction: KPIDirection
    /// The family it belongs to.
    public var area: KPIArea

    /// Makes a definition.
    ///
    /// - Parameters:
    ///   - id: The stable key.
    ///   - name: The name people read.
    ///   - formula: How it is computed.
    ///   - unit: Its unit.
    ///   - owner: The accountable role.
    ///   - direction: Which way is good.
    ///   - area: Its family.
    public init(
        id: String, name: String, formula: String, unit: KPIUnit, owner: String, direction: KPIDirection,
        area: KPIArea
    ) {
        self.id = id
        self.name = name
        self.formula = formula
        self.unit = unit
        self.owner = owner
        self.direction = direction
        self.area = area
    }

    /// A measurement's value, and its interval when it has one, in this KPI's unit.
    ///
    /// - Parameter measurement: A measurement of this KPI.
    /// - Returns: e.g. "23.4%" or "+0.042 (95% CI −0.010 to +0.094)".
    public func format(_ measurement: KPIMeasurement) -> String {
        var text = unit.format(measurement.value)
        if let interval = measurement.interval {
            let level = Int((interval.level * 100).rounded())
            text += " (\(level)% CI \(unit.format(interval.low)) to \(unit.format(interval.high)))"
        }
        return text
    }
}
