import Foundation
import SQLKit
import UptakeCore

extension SQLRepository {
    private static let pilotColumns = [
        "id", "status", "design", "plan_hash", "starts_at_ms", "ends_at_ms", "created_at_ms", "started_at_ms",
        "finished_at_ms",
    ]

    public func savePilotDraft(_ pilot: StoredPilot) async throws {
        guard pilot.status == .draft else {
            throw LedgerError(.conflict, "pilot \(pilot.id) is \(pilot.status.rawValue); only a draft can be saved")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let design = String(decoding: try encoder.encode(pilot.design), as: UTF8.self)
        try await withinTransaction { database in
            if let existing = try await self.pilotStatus(pilot.id, on: database) {
                guard existing == .draft else {
                    throw LedgerError(.conflict, "pilot \(pilot.id) has started (\(existing.rawValue)): "
                        + "its design is frozen; create a pilot with another name")
                }
                // A draft is only a proposal: replacing it loses nothing that was measured.
                try await database.delete(from: "pilot_assignments").where("pilot_id", .equal, pilot.id).run()
                try await database.delete(from: "pilots").where("id", .equal, pilot.id).run()
            }
            try await database.insert(into: "pilots")
                .columns("id", "status", "design", "starts_at_ms", "ends_at_ms", "created_at_ms")
                .values(SQLBind(pilot.id), SQLBind(PilotStatus.draft.rawValue), SQLBind(design),
                        SQLBind(StoredDate.milliseconds(pilot.startsAt)), SQLBind(StoredDate.milliseconds(pilot.endsAt)),
                        SQLBind(StoredDate.milliseconds(pilot.createdAt)))
                .run()
            for chunk in stride(from: 0, to: pilot.design.assignment.entries.count, by: 1_000) {
                let entries = pilot.design.assignment.entries[chunk..<min(chunk + 1_000, pilot.design.assignment.entries.count)]
                var insert = database.insert(into: "pilot_assignments").columns("pilot_id", "rep_id", "arm", "stratum")
                for entry in entries {
                    insert = insert.values(SQLBind(pilot.id), SQLBind(entry.repID), SQLBind(entry.arm.rawValue),
                                           SQLBind(entry.stratum))
                }
                try await insert.run()
            }
        }
    }

    public func startPilot(_ id: String, planHash: String, at: Date) async throws -> StoredPilot {
        try await withinTransaction { database in
            guard var pilot = try await self.fetchPilots(on: database, id: id).first else {
                throw LedgerError(.unknownReference, "no pilot named \(id)")
            }
            guard pilot.status == .draft else {
                throw LedgerError(.conflict, "pilot \(id) is already \(pilot.status.rawValue) (started "
                    + "\(pilot.startedAt.map { "\($0)" } ?? "?")); a started pilot cannot be started or changed again")
            }
            let overlapping = try await database.select().column("id").from("pilots")
                .where("status", .equal, PilotStatus.running.rawValue)
                .where("starts_at_ms", .lessThan, StoredDate.milliseconds(pilot.endsAt))
                .where("ends_at_ms", .greaterThan, StoredDate.milliseconds(pilot.startsAt))
                .all(decodingColumn: "id", as: String.self)
            if !overlapping.isEmpty {
                let reps = pilot.design.assignment.entries.map(\.repID)
                let clash = try await database.select().column("pilot_id").column("rep_id").from("pilot_assignments")
                    .where("pilot_id", .in, overlapping).where("rep_id", .in, reps)
                    .orderBy("rep_id").limit(1).first()
                if let clash {
                    let reader = RowReader(table: "pilot_assignments", row: clash)
                    throw LedgerError(.conflict, "rep \(try reader("rep_id", as: String.self)) is already in running "
                        + "pilot \(try reader("pilot_id", as: String.self)) over overlapping dates")
                }
            }
            try await database.update("pilots")
                .set("status", to: SQLBind(PilotStatus.running.rawValue))
                .set("plan_hash", to: SQLBind(planHash))
                .set("started_at_ms", to: SQLBind(StoredDate.milliseconds(at)))
                .where("id", .equal, id).where("status", .equal, PilotStatus.draft.rawValue)
                .run()
            pilot.status = .running
            pilot.planHash = planHash
            pilot.startedAt = StoredDate.date(StoredDate.milliseconds(at))
            return pilot
        }
    }

    public func finishPilot(_ id: String, at: Date) async throws -> StoredPilot {
        try await withinTransaction { database in
            guard var pilot = try await self.fetchPilots(on: database, id: id).first else {
                throw LedgerError(.unknownReference, "no pilot named \(id)")
            }
            guard pilot.status == .running else {
                throw LedgerError(.conflict, "pilot \(id) is \(pilot.status.rawValue); only a running pilot can finish")
            }
            try await database.update("pilots")
                .set("status", to: SQLBind(PilotStatus.finished.rawValue))
                .set("finished_at_ms", to: SQLBind(StoredDate.milliseconds(at)))
                .where("id", .equal, id).run()
            pilot.status = .finished
            pilot.finishedAt = StoredDate.date(StoredDate.milliseconds(at))
            return pilot
        }
    }

    public func pilot(_ id: String) async throws -> StoredPilot? {
        try await withDatabase { try await self.fetchPilots(on: $0, id: id).first }
    }

    public func pilots() async throws -> [StoredPilot] {
        try await withDatabase { try await self.fetchPilots(on: $0, id: nil) }
    }

    public func pilotArm(rep: RepID, on date: Date) async throws -> PilotArm? {
        let instant = StoredDate.milliseconds(date)
        return try await withDatabase { database in
            let arm = try await database.select()
                .column(SQLColumn("arm", table: "pilot_assignments"))
                .from("pilot_assignments")
                .join("pilots", on: SQLColumn("id", table: "pilots"), .equal,
                      SQLColumn("pilot_id", table: "pilot_assignments"))
                .where(SQLColumn("rep_id", table: "pilot_assignments"), .equal, SQLBind(rep.rawValue))
                .where(SQLColumn("status", table: "pilots"), .equal, SQLBind(PilotStatus.running.rawValue))
                .where(SQLColumn("starts_at_ms", table: "pilots"), .lessThanOrEqual, SQLBind(instant))
                .where(SQLColumn("ends_at_ms", table: "pilots"), .greaterThan, SQLBind(instant))
                .orderBy(SQLColumn("starts_at_ms", table: "pilots"))
                .limit(1)
                .first(decodingColumn: "arm", as: String.self)
            guard let arm else { return nil }
            guard let value = PilotArm(rawValue: arm) else {
                throw StoreError(.corruptRow, "pilot_assignments.arm \"\(arm)\" is not an arm")
            }
            return value
        }
    }

    private func pilotStatus(_ id: String, on database: any SQLDatabase) async throws -> PilotStatus? {
        guard let text = try await database.select().column("status").from("pilots").where("id", .equal, id)
            .first(decodingColumn: "status", as: String.self)
        else { return nil }
        guard let status = PilotStatus(rawValue: text) else {
            throw StoreError(.corruptRow, "pilots.status \"\(text)\" is not a status")
        }
        return status
    }

    private func fetchPilots(on database: any SQLDatabase, id: String?) async throws -> [StoredPilot] {
        let select = database.select().columns(Self.pilotColumns).from("pilots")
        if let id { select.where("id", .equal, id) }
        return try await select.orderBy("created_at_ms").orderBy("id").all().map { row in
            let reader = RowReader(table: "pilots", row: row)
            let statusText: String = try reader("status"), designText: String = try reader("design")
            guard let status = PilotStatus(rawValue: statusText) else {
                throw StoreError(.corruptRow, "pilots.status \"\(statusText)\" is not a status")
            }
            let design: PilotDesign
            do {
                design = try JSONDecoder().decode(PilotDesign.self, from: Data(designText.utf8))
            } catch {
                throw StoreError(.corruptRow, "pilots.design does not read as a pilot design: \(error)")
            }
            var pilot = StoredPilot(
                id: try reader("id"), design: design, startsAt: StoredDate.date(try reader("starts_at_ms")),
                endsAt: StoredDate.date(try reader("ends_at_ms")), createdAt: StoredDate.date(try reader("created_at_ms")))
            pilot.status = status
            pilot.planHash = try reader.optional("plan_hash")
            pilot.startedAt = try reader.optional("started_at_ms", as: Int64.self).map(StoredDate.date)
            pilot.finishedAt = try reader.optional("finished_at_ms", as: Int64.self).map(StoredDate.date)
            return pilot
        }
    }
}
