import Foundation

/// A lead that became a customer: the outcome the model predicts.
public struct Conversion: Hashable, Sendable, Codable, Identifiable {
    public var id: ConversionID
    public var lead: LeadID
    /// When the deal closed.
    public var date: Date
    /// The deal's value.
    public var value: Double

    /// Makes a conversion.
    ///
    /// - Throws: ``DomainError`` `.outOfRange` for a negative or non-finite value.
    public init(id: ConversionID, lead: LeadID, date: Date, value: Double) throws {
        guard value.isFinite, value >= 0 else {
            throw DomainError(.outOfRange, "conversion value \(value) is not a non-negative amount")
        }
        self.id = id
        self.lead = lead
        self.date = date
        self.value = value
    }
}
