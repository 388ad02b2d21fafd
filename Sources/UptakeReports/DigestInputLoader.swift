import Foundation
import UptakeCore
import UptakeStore

/// Fills a ``DigestInput`` from what the store holds today (reps, leads, visits, conversions, the pulse)
/// and from the ``DigestEvidence`` seams for the rest (by default ``StoreDigestEvidence``: the ledger, the
/// pilot, ROI and model health, computed as the CLI and the pages compute them).
public struct DigestInputLoader: Sendable {
    /// The ledger, pilot, ROI and model-health figures.
    public var evidence: any DigestEvidence
    /// The pulse survey to report (nil: the most recent).
    public var pulseSurvey: String?
    /// When the digest is written. Model health is a state, not a weekly flow: it is read at this instant,
    /// but never later than a week after the reported week's end (so an old week is not judged on today's
    /// scores); the pilot and ROI are read at the week's end.
    public var writtenAt: Date

    /// Makes a loader.
    ///
    /// - Parameters:
    ///   - evidence: The seams (default: ``StoreDigestEvidence``, computed from the store).
    ///   - pulseSurvey: The pulse survey to report (nil: the most recent).
    ///   - writtenAt: When the digest is written (default: now).
    public init(
        evidence: any DigestEvidence = StoreDigestEvidence(), pulseSurvey: String? = nil, writtenAt: Date = Date()
    ) {
        self.evidence = evidence
        self.pulseSurvey = pulseSurvey
        self.writtenAt = writtenAt
    }

    /// The instant model health is read at for a week: ``writtenAt``, between the week's end and a week later.
    ///
    /// - Parameter week: The week reported.
    /// - Returns: The instant.
    public func healthDate(for week: ISOWeek) -> Date {
        min(max(writtenAt, week.end), week.end.addingTimeInterval(7 * 86_400))
    }

    /// Loads the input.
    ///
    /// - Parameters:
    ///   - week: The week.
    ///   - role: The audience.
    ///   - repository: The store.
    /// - Returns: The input.
    /// - Throws: ``ReportError`` `.notFound` for an unknown team or pulse survey, or the store's error.
    public func load(week: ISOWeek, role: DigestRole, repository: any UptakeRepository) async throws -> DigestInput {
        let reps = try await repository.reps()
        let scope: Set<RepID>?
        switch role {
        case .executive, .manager(team: nil):
            scope = nil
        case .manager(let team?):
            let members = reps.filter { $0.team == team }
            guard !members.isEmpty else {
                let teams = Set(reps.map(\.team)).sorted().joined(separator: ", ")
                throw ReportError(.notFound, "no team \"\(team)\"; teams are: \(teams)")
            }
            scope = Set(members.map(\.id))
        case .rep(let id, _):
            scope = [RepID(id)]
        }
        var tiers = LeadLookup(repository: repository)
        var input = DigestInput(
            week: week, role: role,
            activity: try await activity(week, scope: scope, repository: repository, leads: &tiers),
            previousActivity: try await activity(week.previous, scope: scope, repository: repository, leads: &tiers))
        input.funnel = try await evidence.funnel(reps: scope, week: week, repository: repository)
        input.previousFunnel = try await evidence.funnel(reps: scope, week: week.previous, repository: repository)
        (input.dismissalReasons, input.dismissalComments) = try await evidence.dismissals(
            reps: scope, week: week, repository: repository)
        guard role.name != "rep" else { return input }
        input.pilot = try await evidence.pilot(asOf: week.end, repository: repository)
        input.roi = try await evidence.roi(asOf: week.end, repository: repository)
        input.previousROI = try await evidence.roi(asOf: week.start, repository: repository)
        input.modelHealth = try await evidence.modelHealth(asOf: healthDate(for: week), repository: repository)
        let surveys = try await repository.pulseSurveys()
        if let survey = pulseSurvey.map({ id in surveys.first { $0.id == id } }) ?? surveys.first {
            input.pulse = PulseResults(answers: try await repository.pulseAnswers(surveyID: survey.id))
            input.pulseTitle = survey.title
            input.isSimulated = input.isSimulated || survey.isSimulated
        } else if let requested = pulseSurvey {
            throw ReportError(.notFound, "no pulse survey \"\(requested)\"")
        }
        for team in Set(reps.map(\.team)) {
            let members = Set(reps.filter { $0.team == team }.map(\.id))
            input.teamFunnels[team] = try await evidence.funnel(reps: members, week: week, repository: repository)
        }
        return input
    }

    /// Visits, bronze visits, visited and converted leads, and revenue of a scope in a week.
    private func activity(
        _ week: ISOWeek, scope: Set<RepID>?, repository: any UptakeRepository, leads: inout LeadLookup
    ) async throws -> BusinessActivity {
        var visits: [Visit] = []
        if let scope {
            for rep in scope.sorted(by: { $0.rawValue < $1.rawValue }) {
                visits += try await repository.visits(rep: rep, from: week.start, to: week.end)
            }
        } else {
            visits = try await repository.visits(rep: nil, from: week.start, to: week.end)
        }
        var bronze = 0
        for visit in visits where try await leads.lead(visit.lead)?.tier == .bronze { bronze += 1 }
        var revenue = 0.0
        for conversion in try await repository.conversions(from: week.start, to: week.end) {
            if let scope {
                guard let owner = try await leads.lead(conversion.lead)?.owner, scope.contains(owner) else { continue }
            }
            revenue += conversion.value
        }
        // Converted by the week's end: every conversion dated before it.
        let converted = Set(
            try await repository.conversions(from: Date(timeIntervalSince1970: 0), to: week.end).map(\.lead))
        let visited = Set(visits.map(\.lead))
        return BusinessActivity(
            visits: visits.count, bronzeVisits: bronze, visitedLeads: visited.count,
            convertedLeads: visited.intersection(converted).count, revenue: revenue)
    }
}
