import Foundation
import HummingbirdTesting
import Testing
import UptakeStore
import UptakeTesting
@testable import UptakeServer

/// The JSON API's answers: scoping, pagination, the day in order, errors as `{code, message}`.
@Suite struct APIControllerTests {
    @Test(arguments: [TestDatabase.sqliteMemory, .postgres])
    func leadsArePagedWithinTheViewersScope(_ database: TestDatabase) async throws {
        try await ServerTestHarness.withHarness(database) { harness in
            try await harness.test { client in
                func walk(_ role: UserRole) async throws -> [String] {
                    var ids: [String] = [], after: String? = nil
                    repeat {
                        let uri = "/api/v1/leads?limit=1" + (after.map { "&after=\($0)" } ?? "")
                        let page = try await client.execute(uri: uri, method: .get, headers: harness.headers(role))
                        #expect(page.status == .ok)
                        let body = try page.json(ListPage<LeadSummary>.self)
                        #expect(body.items.count <= 1)
                        ids += body.items.map(\.id)
                        after = body.next
                    } while after != nil
                    return ids
                }
                let rep = try await walk(.rep), manager = try await walk(.manager)
                let executive = try await walk(.executive)
                #expect(rep == ["lead-1"])
                #expect(manager == ["lead-1", "lead-2"])
                #expect(executive == ["lead-0", "lead-1", "lead-2", "lead-3"])
            }
        }
    }

    @Test func theDayListsThePlansStopsInOrderInTheRepsTimeZone() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/api/v1/reps/rep-1/day?date=2026-11-20", method: .get, headers: harness.headers(.rep))
                #expect(response.status == .ok)
                let day = try response.json(DaySchedule.self)
                #expect(day.planned)
                #expect(day.stops.map(\.kind) == ["appointment", "suggestion", "lunch", "appointment"])
                #expect(day.stops.map(\.arrival) == ["08:50", "10:30", "12:00", "12:50"])
                #expect(day.stops.map(\.start) == ["09:00", "10:30", "12:00", "13:00"])
                #expect(day.stops[0].id == "appt-1" && day.stops[3].id == "appt-2")
                #expect(day.stops[3].leadName == "Acme")
                #expect(day.previousDate == "2026-11-19" && day.nextDate == "2026-11-21")
                #expect(day.suggestions.map(\.id) == [harness.suggestions["rep-1"]])
                #expect(day.stops[1].suggestion == day.suggestions.first)
            }
        }
    }

    @Test func aDayWithoutAPlanListsTheAppointmentsOnly() async throws {
        try await ServerTestHarness.withHarness { harness in
            let day = try DayRange("2026-11-19", timeZoneIdentifier: "America/New_York")
            _ = try await harness.repository.upsert(appointments: [
                StoreFixtures.appointment("appt-9", rep: "rep-1", start: day.start.addingTimeInterval(11 * 3600)),
            ])
            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/api/v1/reps/rep-1/day?date=2026-11-19", method: .get, headers: harness.headers(.rep))
                let schedule = try response.json(DaySchedule.self)
                #expect(!schedule.planned && schedule.planID == nil)
                #expect(schedule.stops.map(\.id) == ["appt-9"])
                #expect(schedule.stops.map(\.arrival) == ["11:00"])
                #expect(schedule.suggestions.isEmpty)
            }
        }
    }

    @Test func aTeamNameWithASpaceIsFoundPercentEncoded() async throws {
        try await ServerTestHarness.withHarness { harness in
            _ = try await harness.repository.upsert(reps: [StoreFixtures.rep("rep-9", name: "Eve East", team: "Far East")])
            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/api/v1/teams/Far%20East", method: .get, headers: harness.headers(.executive))
                #expect(response.status == .ok)
                #expect(try response.json(TeamSummary.self).reps.map(\.id) == ["rep-9"])
            }
        }
    }

    @Test func badParametersAnswer400AsJSON() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                for uri in ["/api/v1/leads?limit=0", "/api/v1/leads?limit=501", "/api/v1/leads?limit=x",
                            "/api/v1/reps/rep-1/day?date=2026-02-30"] {
                    let response = try await client.execute(uri: uri, method: .get, headers: harness.headers(.admin))
                    #expect(response.status == .badRequest, "\(uri)")
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                    #expect(try response.json(AppError.Body.self).code == "bad_request")
                }
            }
        }
    }

    @Test func meAndTeamsReflectTheAccount() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let me = try await client.execute(uri: "/api/v1/me", method: .get, headers: harness.headers(.manager))
                #expect(try me.json(APIController.Me.self).team == "north")
                let team = try await client.execute(uri: "/api/v1/teams/north", method: .get, headers: harness.headers(.manager))
                let summary = try team.json(TeamSummary.self)
                #expect(summary.reps.map(\.id) == ["rep-1", "rep-2"])
                #expect(summary.reps.map(\.leads) == [1, 1])
                let reps = try await client.execute(uri: "/api/v1/reps", method: .get, headers: harness.headers(.rep))
                #expect(try reps.json(ListPage<RepSummary>.self).items.map(\.id) == ["rep-1"])
            }
        }
    }

    @Test func aWrongMethodOnAnAPIPathIs405WithAllow() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let wrong = try await client.execute(uri: "/api/v1/reps/rep-1", method: .delete, headers: harness.headers(.admin))
                #expect(wrong.status == .methodNotAllowed)
                #expect(wrong.headers[.allow] == "GET")
                let body = try wrong.json(AppError.Body.self)
                #expect(body.code == "method_not_allowed")
                let unknown = try await client.execute(uri: "/api/v1/nowhere", method: .delete, headers: harness.headers(.admin))
                #expect(unknown.status == .notFound)
                // A literal path is not also its parameter sibling's (`/pulse/results` vs `/pulse/{token}`).
                let literal = try await client.execute(
                    uri: "/api/v1/pulse/results", method: .options, headers: harness.headers(.admin))
                #expect(literal.status == .methodNotAllowed)
                #expect(literal.headers[.allow] == "GET")
            }
        }
    }
}
