import Foundation
import Testing
import UptakeCore
import UptakeReports
import UptakeStore
import UptakeTesting

/// A digest built from a store with a pilot and ledger events carries the figures the KPIs give when the
/// same reports are computed directly (DESIGN.md: executives and practitioners read the same numbers).
@Suite("StoreDigestEvidence")
struct StoreDigestEvidenceTests {
    static let monday = Date(timeIntervalSince1970: 1_767_571_200)  // 2026-01-05, the pilot's first day
    static let day: TimeInterval = 86_400

    /// Eight reps in two teams, bronze conversions before and during a two-week pilot from 2026-01-05
    /// (started, plan frozen), and ledger events in its second week (2026-W03) with dismissal comments.
    static func seed(_ repository: SQLRepository) async throws {
        let reps = (1...8).map { StoreFixtures.rep("rep-\($0)", team: $0 <= 4 ? "north" : "south") }
        _ = try await repository.upsert(reps: reps)
        var leads: [Lead] = [], conversions: [Conversion] = []
        for rep in 1...8 {
            // rep r: r % 2 conversions in the pre-period, r % 3 during the pilot.
            for (index, offset) in (Array(repeating: -5.0, count: rep % 2) + Array(repeating: 3.0, count: rep % 3))
                .enumerated()
            {
                let id = "l-\(rep)-\(index)"
                leads.append(StoreFixtures.lead(id, owner: RepID("rep-\(rep)")))
                conversions.append(try Conversion(
                    id: ConversionID("c-\(id)"), lead: LeadID(id), date: monday + offset * day + 3_600, value: 100))
            }
            leads.append(StoreFixtures.lead("s-\(rep)", owner: RepID("rep-\(rep)")))
        }
        _ = try await repository.upsert(leads: leads)
        _ = try await repository.upsert(conversions: conversions)
        let design = try PilotDesign(
            name: "p", metric: .bronzeConversionsPerRepWeek, startDate: "2026-01-05", weeks: 2, alpha: 0.05, seed: 4,
            history: (1...8).map { RepHistory(id: "rep-\($0)", team: $0 <= 4 ? "north" : "south",
                                              weekly: [Double($0 % 2), 0]) })
        try await repository.savePilotDraft(StoredPilot(
            id: "p", design: design, startsAt: monday, endsAt: monday + 14 * day, createdAt: monday - day))
        _ = try await repository.startPilot("p", planHash: try design.plan.planHash(), at: monday)

        let tuesday = monday + 8 * day
        func event(_ id: String, _ rep: Int, _ kind: LedgerEventKind, hours: Double, reason: String? = nil,
                   note: String? = nil) throws -> LedgerEvent {
            try LedgerEvent(id: id, suggestion: "sug-\(rep)-\(id.prefix(2))", rep: RepID("rep-\(rep)"),
                            lead: LeadID("s-\(rep)"), kind: kind, time: tuesday + hours * 3_600, reason: reason,
                            note: note)
        }
        try await repository.append(ledgerEvents: [
            try event("a1", 1, .shown, hours: 8), try event("a2", 1, .accepted, hours: 9),
            try event("a3", 1, .visited, hours: 11),
            try event("b1", 2, .shown, hours: 8),
            try event("b2", 2, .dismissed, hours: 9, reason: "too_far", note: "Forty minutes each way"),
            try event("c1", 5, .shown, hours: 8),
            try event("c2", 5, .dismissed, hours: 9, reason: "other", note: "Closed for renovation"),
            try event("d1", 6, .shown, hours: 8), try event("d2", 6, .accepted, hours: 10),
        ], recordedAt: StoreFixtures.epoch)
    }

    /// The figure a digest shows for a KPI.
    static func figure(_ digest: Digest, _ kpi: String) throws -> DigestFigure {
        try #require(digest.sections.flatMap(\.figures).first { $0.kpi == kpi }, "no figure \(kpi)")
    }

    @Test func theDigestShowsTheKPIsOfTheReportsComputedDirectly() async throws {
        try await TestDatabase.sqliteMemory.withRepository { repository in
            try await Self.seed(repository)
            let week = try ISOWeek(parsing: "2026-W03")
            let loader = DigestInputLoader(writtenAt: week.end)
            let executive = try await loader.load(week: week, role: .executive, repository: repository)
            let digest = Digest(executive)

            // Adoption: the ledger's funnel for the week.
            let funnel = FunnelCounts(
                try await AdoptionFunnel.load(from: repository, from: week.start, to: week.end).total)
            #expect(funnel == FunnelCounts(shown: 4, accepted: 2, dismissed: 2, visited: 1, converted: 0))
            #expect(executive.funnel == funnel)
            for kpi in [KPICatalog.suggestionsShown, KPICatalog.acceptanceRate, KPICatalog.suggestionVisits] {
                #expect(try Self.figure(digest, kpi.definition.id).value == kpi.definition.format(kpi(funnel)))
            }
            #expect(try Self.figure(digest, KPICatalog.acceptanceRate.definition.id).value == "50.0%")

            // The pilot: the stored pilot's analysis at the week's end, its ITT interval and SRM p-value.
            let analysis = try await PilotStoreAnalysis.analyze("p", in: repository, asOf: week.end)
            let pilot = try #require(executive.pilot)
            #expect(pilot.uplift == analysis.analysis.itt && pilot.sampleRatioPValue == analysis.analysis.srmPValue)
            #expect(pilot.treatmentReps + pilot.controlReps == 8 && pilot.confidenceLevel == 0.95)
            #expect(try Self.figure(digest, "pilot.uplift").value
                == KPICatalog.pilotUplift.definition.format(KPICatalog.pilotUplift(pilot)))
            #expect(try Self.figure(digest, "pilot.srm_p").value
                == KPICatalog.pilotSampleRatioP.definition.format(KPICatalog.pilotSampleRatioP(pilot)))

            // ROI: the demo rollout priced from that ITT uplift.
            let roi = try RolloutROI(model: RolloutROI.demoModel, uplift: analysis.analysis.itt).summary
            #expect(executive.roi == roi)
            #expect(try Self.figure(digest, "roi.npv_p50").value
                == KPICatalog.npvMedian.definition.format(KPICatalog.npvMedian(roi)))
            #expect(try Self.figure(digest, "roi.probability_positive").value
                == KPICatalog.probabilityNPVPositive.definition.format(KPICatalog.probabilityNPVPositive(roi)))

            // No champion model: model health is said to be unmeasured, not invented.
            #expect(executive.modelHealth == nil)

            // A manager of the south team: its own funnel, reasons and the rep's words verbatim.
            let south = try await loader.load(week: week, role: .manager(team: "south"), repository: repository)
            let southFunnel = try await AdoptionFunnel.load(
                from: repository, reps: ["rep-5", "rep-6", "rep-7", "rep-8"], from: week.start, to: week.end)
            #expect(south.funnel == FunnelCounts(southFunnel.total) && southFunnel.total.shown == 2)
            #expect(south.dismissalReasons == [DismissalReasonCount(reason: "other", count: 1, totalDismissals: 1)])
            #expect(south.dismissalComments == ["Closed for renovation"])
            #expect(executive.dismissalComments == ["Closed for renovation", "Forty minutes each way"])
            #expect(Digest(south).sections.flatMap(\.quotes) == ["Closed for renovation"])
            #expect(south.teamFunnels["north"] == FunnelCounts(shown: 2, accepted: 1, dismissed: 1, visited: 1,
                                                               converted: 0))
        }
    }
}
