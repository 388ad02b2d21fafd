/// A strongly typed identifier: the external id a CRM gives a record, tagged with the entity it names,
/// so that a `LeadID` can never be passed where a `RepID` is expected.
///
/// ```swift
/// let rep: RepID = "rep-042"
/// let lead = LeadID("agency-1001")
/// ```
public struct Identifier<Entity>: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The external id as the source system spells it.
    public let rawValue: String

    /// Wraps an external id.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }
}

/// Identifies a ``Rep``.
public typealias RepID = Identifier<Rep>
/// Identifies a ``Lead``.
public typealias LeadID = Identifier<Lead>
/// Identifies an ``Appointment``.
public typealias AppointmentID = Identifier<Appointment>
/// Identifies a ``Visit``.
public typealias VisitID = Identifier<Visit>
/// Identifies a ``Conversion``.
public typealias ConversionID = Identifier<Conversion>
