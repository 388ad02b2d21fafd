import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting
@testable import UptakeServer

/// `/api/v1/plans/...` and `POST /api/v1/suggestions/{id}/events`: what My day shows and what its buttons write.
@Suite struct PlanAPIControllerTests {
    static func post(_ body: String) -> ByteBuffer { ByteBuffer(string: body) }

    @Test(arguments: [TestDatabase.sqliteMemory, .postgres])
    func aRepRecordsAnAcceptanceAndReadsItBack(_ database: TestDatabase) async throws {
        try await ServerTestHarness.withHarness(database) { harness in
            let id = try #require(harness.suggestions["rep-1"])
            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/api/v1/suggestions/\(id)/events", method: .post, headers: harness.headers(.rep),
                    body: Self.post(#"{"kind": "accepted"}"#))
                #expect(response.status == .created)
                let written = try response.json(ListPage<PlanAPIController.RecordedEvent>.self)
                // No shown event existed, so one precedes the acceptance.
                #expect(written.items.map(\.kind) == ["shown", "accepted"])
                #expect(written.items.allSatisfy { $0.suggestion == id && $0.id.hasPrefix("web-") })
                let plan = try await client.execute(
                    uri: "/api/v1/plans/rep-1/2026-11-20", method: .get, headers: harness.headers(.rep))
                let day = try plan.json(DaySchedule.self)
                #expect(day.suggestions.first?.status == "accepted")
                #expect(day.suggestions.first?.canAccept == false && day.suggestions.first?.canVisit == true)
            }
            let events = try await harness.repository.ledgerEvents(suggestions: [id])
            #expect(events.map(\.kind) == [.shown, .accepted])
            #expect(events.allSatisfy { $0.rep == "rep-1" && $0.lead == "lead-1" })
        }
    }

    @Test func visitsDismissalsAndOutcomesAreValidatedAtTheEdge() async throws {
        try await ServerTestHarness.withHarness { harness in
            let id = try #require(harness.suggestions["rep-1"])
            try await harness.test { client in
                func send(_ body: String) async throws -> TestResponse {
                    try await client.execute(
                        uri: "/api/v1/suggestions/\(id)/events", method: .post, headers: harness.headers(.rep),
                        body: Self.post(body))
                }
                for bad in [#"{"kind": "retracted"}"#, #"{"kind": "dismissed"}"#,
                            #"{"kind": "dismissed", "reason": "bored"}"#, #"{"kind": "dismissed", "reason": "other"}"#,
                            #"{"kind": "converted"}"#, #"{"kind": "converted", "value": -5}"#,
                            #"{"kind": "visited", "latitude": 40}"#, #"{"kind": "visited", "latitude": 95, "longitude": 0}"#,
                            #"{"kind": "accepted", "value": 3}"#, "not json"] {
                    let response = try await send(bad)
                    #expect(response.status == .badRequest, "\(bad)")
                    #expect(try response.json(AppError.Body.self).code == "bad_request")
                }
                #expect(try await harness.repository.ledgerEventCount() == 0)
                #expect(try await send(#"{"kind": "dismissed", "reason": "other", "note": "closed for works"}"#)
                    .status == .created)
                let visit = try await send(#"{"kind": "visited", "latitude": 40.001, "longitude": -83.0}"#)
                let distance = try #require(try visit.json(ListPage<PlanAPIController.RecordedEvent>.self)
                    .items.first?.distanceMetres)
                #expect(abs(distance - 111.2) < 1)  // 0.001 degree of latitude from the lead
                #expect(try await send(#"{"kind": "converted", "value": 1250.5}"#).status == .created)
            }
            let events = try await harness.repository.ledgerEvents(suggestions: [id])
            #expect(events.map(\.kind) == [.shown, .dismissed, .visited, .converted])
            #expect(events[1].reason == "other" && events[1].note == "closed for works")
            #expect(events[3].value == 1250.5)
        }
    }

    @Test func theConfiguredDismissalReasonsAreTheOnesAccepted() async throws {
        var configuration = ServerTestHarness.configuration
        configuration.dismissalReasons = try DismissalReasons(codes: ["bored", "other"], codesRequiringNote: ["other"])
        try await ServerTestHarness.withHarness { harness in
            let id = try #require(harness.suggestions["rep-1"])
            try await harness.test(configuration: configuration) { client in
                let tooFar = try await client.execute(
                    uri: "/api/v1/suggestions/\(id)/events", method: .post, headers: harness.headers(.rep),
                    body: Self.post(#"{"kind": "dismissed", "reason": "too_far"}"#))
                #expect(tooFar.status == .badRequest)
                let bored = try await client.execute(
                    uri: "/api/v1/suggestions/\(id)/events", method: .post, headers: harness.headers(.rep),
                    body: Self.post(#"{"kind": "dismissed", "reason": "bored"}"#))
                #expect(bored.status == .created)
                let day = try await client.execute(
                    uri: "/api/v1/plans/rep-1/2026-11-20", method: .get, headers: harness.headers(.rep))
                #expect(try day.json(DaySchedule.self).dismissalReasons == ["bored", "other"])
            }
        }
    }

    @Test func hiddenSuggestionsAreLeftOutForRepsAndManagersOnly() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                for (role, seen) in [(UserRole.rep, false), (.manager, false), (.analyst, true), (.executive, true)] {
                    let response = try await client.execute(
                        uri: "/api/v1/plans/rep-1/\(ServerTestHarness.hiddenDay)", method: .get,
                        headers: harness.headers(role))
                    let day = try response.json(DaySchedule.self)
                    #expect(day.planned)
                    #expect(day.suggestions.map(\.id) == (seen ? [harness.suggestions["hidden"]!] : []), "\(role)")
                    #expect(day.stops.contains { $0.kind == "suggestion" } == seen, "\(role)")
                    #expect(day.suggestions.allSatisfy { !$0.shown })
                }
            }
        }
    }

    @Test func todayListsThePlansOfTodayInScope() async throws {
        try await ServerTestHarness.withHarness { harness in
            let today = try DayRange(nil, timeZoneIdentifier: "America/New_York")
            for rep in ["rep-1", "rep-3"] {
                _ = try await harness.repository.save(ServerTestHarness.draft(
                    rep: RepID(rep), day: try CalendarDay(parsing: today.label), lead: "lead-1", leadName: "Acme",
                    appointments: []))
            }
            try await harness.test { client in
                for (role, reps) in [(UserRole.rep, ["rep-1"]), (.manager, ["rep-1"]), (.analyst, ["rep-1", "rep-3"])] {
                    let response = try await client.execute(
                        uri: "/api/v1/plans/today", method: .get, headers: harness.headers(role))
                    let page = try response.json(ListPage<DaySchedule>.self)
                    #expect(page.items.map(\.rep.id) == reps, "\(role)")
                    #expect(page.items.allSatisfy { $0.date == today.label && $0.planned })
                }
            }
        }
    }
}

/// The team's funnel and plans read what the reps recorded (UptakeReports' funnel over the ledger).
@Suite struct TeamFunnelTests {
    @Test func theManagerFindsTheRepsAcceptanceInTheFunnel() async throws {
        try await ServerTestHarness.withHarness { harness in
            let id = try #require(harness.suggestions["rep-1"])
            try await harness.test { client in
                let before = try await client.execute(
                    uri: "/api/v1/teams/north", method: .get, headers: harness.headers(.manager))
                #expect(try before.json(TeamSummary.self).funnel.isEmpty)
                for body in [#"{"kind": "accepted"}"#, #"{"kind": "dismissed", "reason": "too_far"}"#] {
                    let response = try await client.execute(
                        uri: "/api/v1/suggestions/\(id)/events", method: .post, headers: harness.headers(.rep),
                        body: ByteBuffer(string: body))
                    #expect(response.status == .created)
                }
                let after = try await client.execute(
                    uri: "/api/v1/teams/north", method: .get, headers: harness.headers(.manager))
                let team = try after.json(TeamSummary.self)
                // The latest decision counts: dismissed, with its reason.
                #expect(team.funnel.map(\.rep) == ["rep-1"])
                #expect(team.funnel.first?.shown == 1 && team.funnel.first?.dismissed == 1)
                #expect(team.funnel.first?.accepted == 0 && team.funnel.first?.acceptance == "0%")
                #expect(team.dismissals == [TeamSummary.ReasonCount(reason: "too_far", count: 1)])
                #expect(team.plans.map(\.rep) == ["rep-1", "rep-2"])
                #expect(team.pilots.isEmpty)
                let page = try await client.execute(uri: "/api/v1/kpis", method: .get, headers: harness.headers(.executive))
                let kpis = try page.json(KPISummary.self)
                #expect(kpis.adoption.last?.shown == 1)
                #expect(kpis.pilot == nil && kpis.pilotNote != nil)
                #expect(kpis.modelHealth == nil && kpis.modelHealthNote == "No champion model is promoted.")
            }
        }
    }
}
