import Foundation

/// A prospect a rep can visit: an agency or account.
public struct Lead: Hashable, Sendable, Codable, Identifiable {
    /// The CRM's id for the lead.
    public var id: LeadID
    /// Display name (the agency's name).
    public var name: String
    /// Where a visit takes place.
    public var location: GeoPoint
    /// Priority tier.
    public var tier: LeadTier
    /// Expected value of a deal if the lead converts, in the territory's currency.
    public var expectedValue: Double
    /// When the lead entered the CRM; the holdout is the most recent 20% by this date.
    public var createdAt: Date
    /// The rep who owns the lead, or nil when unassigned.
    public var owner: RepID?
    /// When the lead receives visits; nil means any time within the rep's shift.
    public var openingHours: OpeningHours?
    /// The CRM's other fields, typed, keyed by attribute name.
    public var attributes: [String: AttributeValue]

    /// Makes a lead.
    ///
    /// - Throws: ``DomainError`` `.outOfRange` for a negative or non-finite expected value.
    public init(
        id: LeadID, name: String, location: GeoPoint, tier: LeadTier, expectedValue: Double,
        createdAt: Date, owner: RepID? = nil, openingHours: OpeningHours? = nil,
        attributes: [String: AttributeValue] = [:]
    ) throws {
        guard expectedValue.isFinite, expectedValue >= 0 else {
            throw DomainError(.outOfRange, "expected value \(expectedValue) is not a non-negative amount")
        }
        self.id = id
        self.name = name
        self.location = location
        self.tier = tier
        self.expectedValue = expectedValue
        self.createdAt = createdAt
        self.owner = owner
        self.openingHours = openingHours
        self.attributes = attributes
    }
}
