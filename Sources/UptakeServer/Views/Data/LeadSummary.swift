import Foundation
import UptakeCore

/// A lead as the API and pages show it.
struct LeadSummary: Codable, Sendable, Equatable {
    var id: String
    var name: String
    var latitude: Double
    var longitude: Double
    var tier: String
    var expectedValue: Double
    var createdAt: Date
    var owner: String?
    var openingHours: String?

    /// Makes the summary of a lead.
    ///
    /// - Parameter lead: The lead.
    init(_ lead: Lead) {
        id = lead.id.rawValue
        name = lead.name
        latitude = lead.location.latitude
        longitude = lead.location.longitude
        tier = lead.tier.rawValue
        expectedValue = lead.expectedValue
        createdAt = lead.createdAt
        owner = lead.owner?.rawValue
        openingHours = lead.openingHours?.description
    }
}
