import Foundation

/// A rep's visit to a lead, as it happened.
public struct Visit: Hashable, Sendable, Codable, Identifiable {
    public var id: VisitID
    public var rep: RepID
    public var lead: LeadID
    /// When the visit took place.
    public var time: Date
    public var note: String?

    /// Makes a visit.
    public init(id: VisitID, rep: RepID, lead: LeadID, time: Date, note: String? = nil) {
        self.id = id
        self.rep = rep
        self.lead = lead
        self.time = time
        self.note = note
    }
}
