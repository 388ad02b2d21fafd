import UptakeCore

/// A rep as the API and pages show them.
struct RepSummary: Codable, Sendable, Equatable {
    var id: String
    var name: String
    var email: String
    var team: String
    var timeZone: String
    var shiftStart: String
    var shiftEnd: String

    /// Makes the summary of a rep.
    ///
    /// - Parameter rep: The rep.
    init(_ rep: Rep) {
        id = rep.id.rawValue
        name = rep.name
        email = rep.email
        team = rep.team
        timeZone = rep.timeZone
        shiftStart = rep.shiftStart.description
        shiftEnd = rep.shiftEnd.description
    }
}
