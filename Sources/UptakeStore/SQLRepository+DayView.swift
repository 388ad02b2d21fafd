import Foundation
import SQLKit
import UptakeCore

extension SQLRepository {
    /// The alias prefix of the linked rep's columns next to the account's (both tables have `id`, `name`).
    private static let linkedRepPrefix = "linked_rep_"
    /// The alias prefix of a suggestion's columns next to its plan's.
    private static let suggestionPrefix = "s_"
    /// The alias prefix of a ledger event's columns next to its suggestion's.
    private static let eventPrefix = "e_"

    public func signedIn(sessionTokenHash: String, at now: Date) async throws -> SignedInAccount? {
        let now = StoredDate.milliseconds(now)
        return try await withDatabase { database in
            let rows = try await rows(
                preparedAs: SignedInBySession.self, binding: [sessionTokenHash, now], on: database
            ) {
                let select = database.select()
                    .columns(Self.userColumns.map { SQLColumn($0, table: "users") })
                    .column(SQLColumn("csrf_token", table: "web_sessions"))
                    .column(SQLColumn("created_at_ms", table: "web_sessions"), as: "session_created_at_ms")
                    .column(SQLColumn("expires_at_ms", table: "web_sessions"))
                    .from("web_sessions")
                    .join(
                        "users", on: SQLColumn("id", table: "users"), .equal,
                        SQLColumn("user_id", table: "web_sessions"))
                    .where(SQLColumn("token_hash", table: "web_sessions"), .equal, SQLBind(sessionTokenHash))
                    .where(SQLColumn("expires_at_ms", table: "web_sessions"), .greaterThan, SQLBind(now))
                return Self.joiningLinkedRep(select).limit(1)
            }
            guard let row = rows.first else { return nil }
            let account = try Self.account(from: row)
            let reader = RowReader(table: "web_sessions", row: row)
            let session = WebSession(
                tokenHash: sessionTokenHash, userID: account.id, csrfToken: try reader("csrf_token"),
                createdAt: StoredDate.date(try reader("session_created_at_ms")),
                expiresAt: StoredDate.date(try reader("expires_at_ms")))
            return SignedInAccount(account: account, session: session, rep: try Self.linkedRep(in: row))
        }
    }

    public func signedIn(apiTokenHash: String) async throws -> SignedInAccount? {
        try await withDatabase { database in
            let rows = try await rows(preparedAs: SignedInByAPIToken.self, binding: [apiTokenHash], on: database) {
                let select = database.select()
                    .columns(Self.userColumns.map { SQLColumn($0, table: "users") })
                    .from("api_tokens")
                    .join(
                        "users", on: SQLColumn("id", table: "users"), .equal, SQLColumn("user_id", table: "api_tokens"))
                    .where(SQLColumn("token_hash", table: "api_tokens"), .equal, SQLBind(apiTokenHash))
                    .where(SQLColumn("revoked_at_ms", table: "api_tokens"), .is, SQLLiteral.null)
                return Self.joiningLinkedRep(select).limit(1)
            }
            guard let row = rows.first else { return nil }
            return SignedInAccount(account: try Self.account(from: row), rep: try Self.linkedRep(in: row))
        }
    }

    public func currentPlanLedger(rep: RepID, day: CalendarDay) async throws -> PlanLedger? {
        try await withDatabase { database in
            // One row per (suggestion, event): the plan's columns repeat, and are read from the first row only.
            let rows = try await rows(
                preparedAs: CurrentPlanLedger.self, binding: [rep.rawValue, day.description], on: database
            ) {
                database.select()
                    .columns(Self.planColumns.map { SQLColumn($0, table: "plans") })
                    .columns(PrefixedRow.aliased(
                        Self.suggestionColumns, table: "suggestions", prefix: Self.suggestionPrefix))
                    .columns(PrefixedRow.aliased(
                        ["seq"] + LedgerEvent.columns, table: LedgerEvent.table, prefix: Self.eventPrefix))
                    .from("plans")
                    .join(
                        "suggestions", method: SQLJoinMethod.left,
                        on: SQLColumn("plan_id", table: "suggestions"), .equal, SQLColumn("id", table: "plans"))
                    .join(
                        LedgerEvent.table, method: SQLJoinMethod.left,
                        on: SQLColumn("suggestion_id", table: LedgerEvent.table), .equal,
                        SQLColumn("id", table: "suggestions"))
                    .where(SQLColumn("rep_id", table: "plans"), .equal, SQLBind(rep.rawValue))
                    .where(SQLColumn("plan_date", table: "plans"), .equal, SQLBind(day.description))
                    .where(SQLColumn("superseded_by", table: "plans"), .is, SQLLiteral.null)
                    // The latest current plan first, as plan(rep:day:) picks it (the partial unique index
                    // `plans_current` allows only one anyway).
                    .orderBy(SQLColumn("created_at_ms", table: "plans"), SQLDirection.descending)
                    .orderBy(SQLColumn("id", table: "plans"))
                    .orderBy(SQLColumn("position", table: "suggestions"))
                    .orderBy(SQLColumn("id", table: "suggestions"))
                    .orderBy(SQLColumn("seq", table: LedgerEvent.table))
            }
            guard let first = rows.first else { return nil }
            var plan = try Self.plan(RowReader(table: "plans", row: first))
            var suggestionIDs = Set<String>()
            var events: [(seq: Int64, event: LedgerEvent)] = []
            for row in rows {
                guard try RowReader(table: "plans", row: row)("id", as: String.self) == plan.id.rawValue else { break }
                let suggestion = PrefixedRow(base: row, prefix: Self.suggestionPrefix)
                guard try !suggestion.decodeNil(column: "id") else { continue }
                if suggestionIDs.insert(try suggestion.decode(column: "id", as: String.self)).inserted {
                    plan.suggestions.append(try Self.suggestion(RowReader(table: "suggestions", row: suggestion)))
                }
                let event = RowReader(table: LedgerEvent.table, row: PrefixedRow(base: row, prefix: Self.eventPrefix))
                if let seq = try event.optional("seq", as: Int64.self) {
                    events.append((seq, try LedgerEvent(row: event)))
                }
            }
            return PlanLedger(plan: plan, events: events.sorted { $0.seq < $1.seq }.map(\.event))
        }
    }

    public func dayAppointments(rep: RepID, from: Date, to: Date) async throws -> DayAppointments {
        let from = StoredDate.milliseconds(from), to = StoredDate.milliseconds(to)
        let table = Appointment.table
        return try await withDatabase { database in
            let rows = try await rows(
                preparedAs: DayAppointmentsWithLeadNames.self, binding: [rep.rawValue, from, to, from, from],
                on: database
            ) {
                let select = database.select()
                    .columns(Appointment.columns.map { SQLColumn($0, table: table) })
                    .column(SQLColumn("name", table: Lead.table), as: "lead_name")
                    .from(table)
                    .join(
                        Lead.table, method: SQLJoinMethod.left,
                        on: SQLColumn("id", table: Lead.table), .equal, SQLColumn("lead_id", table: table))
                    .where(SQLColumn("rep_id", table: table), .equal, SQLBind(rep.rawValue))
                return Self.overlapping(select, table: table, from: from, to: to)
                    .orderBy(SQLColumn("starts_at_ms", table: table)).orderBy(SQLColumn("id", table: table))
            }
            var appointments: [Appointment] = []
            var names: [LeadID: String] = [:]
            for row in rows {
                let reader = RowReader(table: table, row: row)
                let appointment = try Appointment(row: reader)
                appointments.append(appointment)
                if let lead = appointment.lead, let name = try reader.optional("lead_name", as: String.self) {
                    names[lead] = name
                }
            }
            return DayAppointments(appointments: appointments, leadNames: names)
        }
    }

    /// Adds the account's linked rep (a left join: accounts without one, or whose rep is gone, keep their row).
    private static func joiningLinkedRep(_ select: SQLSelectBuilder) -> SQLSelectBuilder {
        select.columns(PrefixedRow.aliased(Rep.columns, table: Rep.table, prefix: linkedRepPrefix))
            .join(
                Rep.table, method: SQLJoinMethod.left,
                on: SQLColumn("id", table: Rep.table), .equal, SQLColumn("rep_id", table: "users"))
    }

    /// The linked rep read by ``joiningLinkedRep(_:)``, or nil when there is none.
    private static func linkedRep(in row: any SQLRow) throws -> Rep? {
        let columns = PrefixedRow(base: row, prefix: linkedRepPrefix)
        guard try !columns.decodeNil(column: "id") else { return nil }
        return try Rep(row: RowReader(table: Rep.table, row: columns))
    }
}

/// The prepared statements of ``DayViewStore``'s reads on PostgreSQL (``PreparedSelect``).
private enum SignedInBySession: PreparedSelectKey { static let name = "signed_in_by_session" }
private enum SignedInByAPIToken: PreparedSelectKey { static let name = "signed_in_by_api_token" }
private enum CurrentPlanLedger: PreparedSelectKey { static let name = "current_plan_ledger" }
private enum DayAppointmentsWithLeadNames: PreparedSelectKey { static let name = "day_appointments" }
