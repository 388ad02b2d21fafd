import Foundation
import UptakeCore

/// A pilot as stored: its design, where it is in its life, and (once started) the frozen plan's hash.
public struct StoredPilot: Hashable, Sendable {
    /// The pilot's id (its name).
    public var id: String
    /// Draft, running or finished.
    public var status: PilotStatus
    /// The plan, the assignment with its balance table, and the power calculation.
    public var design: PilotDesign
    /// The hash of the plan frozen at start (`sha256:…`), nil for a draft.
    public var planHash: String?
    /// The first instant of the pilot (midnight of the plan's start date in the reps' time zone).
    public var startsAt: Date
    /// The instant after its last day (`startsAt` + horizon weeks).
    public var endsAt: Date
    /// When it was designed.
    public var createdAt: Date
    /// When it was started, if it was.
    public var startedAt: Date?
    /// When it was finished, if it was.
    public var finishedAt: Date?

    /// Makes a draft pilot.
    ///
    /// - Parameters:
    ///   - id: The pilot's id.
    ///   - design: Its design.
    ///   - startsAt: First instant.
    ///   - endsAt: Instant after the last day.
    ///   - createdAt: When designed.
    public init(id: String, design: PilotDesign, startsAt: Date, endsAt: Date, createdAt: Date) {
        self.id = id
        status = .draft
        self.design = design
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.createdAt = createdAt
    }
}
