import Foundation
import Testing
import UptakeCore
@testable import UptakeStore
import UptakeTesting

/// The repository contract: every test runs on an SQLite file, SQLite in memory and a real PostgreSQL 15.
@Suite("SQLRepository contract")
struct SQLRepositoryTests {
    @Test(arguments: TestDatabase.allCases)
    func migratingTwiceIsIdempotent(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            try await repository.migrate()
            try await repository.migrate()
            // Migrations are append-only and numbered by area: 1 initial, 2 scoring, 3 planning, 4 evidence,
            // 5 web, 6 pulse, 7 sign-in throttle, 8 performance, 9 health windows.
            #expect(try await repository.appliedMigrations() == [1, 2, 3, 4, 5, 6, 7, 8, 9])
            #expect(Migration.all.map(\.version) == [1, 2, 3, 4, 5, 6, 7, 8, 9])
            #expect(try await repository.counts() == TableCounts())
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func upsertCountsInsertedUpdatedAndUnchanged(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let leads = ["a", "b", "c"].map { StoreFixtures.lead("lead-\($0)") }
            #expect(try await repository.upsert(leads: leads) == UpsertSummary(inserted: 3))
            #expect(try await repository.upsert(leads: leads) == UpsertSummary(unchanged: 3))

            var changed = leads
            changed[1].name = "Birch Agency"
            changed.append(StoreFixtures.lead("lead-d"))
            #expect(try await repository.upsert(leads: changed) == UpsertSummary(inserted: 1, updated: 1, unchanged: 2))
            #expect(try await repository.lead("lead-b")?.name == "Birch Agency")
            #expect(try await repository.counts().leads == 4)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aRepeatedIdInOneBatchStoresTheLastCopy(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let first = StoreFixtures.lead("lead-1", name: "First")
            let second = StoreFixtures.lead("lead-1", name: "Second")
            let summary = try await repository.upsert(leads: [first, second, second])
            #expect(summary == UpsertSummary(inserted: 1, updated: 1, unchanged: 1))
            #expect(try await repository.lead("lead-1")?.name == "Second")
            #expect(try await repository.counts().leads == 1)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func everyFieldRoundTrips(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let rep = try Rep(
                id: "rep-7", name: "Zoë O'Neil", email: "zoe@example.com", team: "south",
                start: GeoPoint(latitude: -33.8688, longitude: 151.2093),
                end: GeoPoint(latitude: 51.5072, longitude: -0.1276),
                shiftStart: TimeOfDay(hour: 7, minute: 30), shiftEnd: TimeOfDay(hour: 24), timeZone: "Australia/Sydney")
            let owned = StoreFixtures.lead(
                "lead-owned", owner: "rep-7", tier: .gold,
                openingHours: try OpeningHours(parsing: "Mo-Fr 08:00-12:00,13:00-17:30; Sa 09:00-12:00"),
                attributes: [
                    "agents": .number(0.1 + 0.2), "huge": .number(-1.5e300), "segment": .category("commercial lines"),
                    "opened": .date(Date(timeIntervalSince1970: -86_400)), "independent": .boolean(false),
                    "empty": .category(""),
                ])
            let unowned = StoreFixtures.lead("lead-free", owner: nil, openingHours: nil, attributes: [:])
            let withPlace = StoreFixtures.appointment("appt-1", rep: "rep-7", lead: "lead-owned")
            let noPlace = try Appointment(
                id: "appt-2", rep: "rep-7", start: StoreFixtures.epoch, end: StoreFixtures.epoch, title: "Call")
            let visit = Visit(id: "visit-1", rep: "rep-7", lead: "lead-owned", time: StoreFixtures.epoch, note: "Met the owner")
            let silentVisit = Visit(id: "visit-2", rep: "rep-7", lead: "lead-free", time: StoreFixtures.epoch)
            let conversion = try Conversion(id: "conv-1", lead: "lead-owned", date: StoreFixtures.epoch, value: 9_999.99)

            _ = try await repository.upsert(reps: [rep])
            _ = try await repository.upsert(leads: [owned, unowned])
            _ = try await repository.upsert(appointments: [withPlace, noPlace])
            _ = try await repository.upsert(visits: [visit, silentVisit])
            _ = try await repository.upsert(conversions: [conversion])

            #expect(try await repository.rep("rep-7") == rep)
            #expect(try await repository.reps() == [rep])
            #expect(try await repository.lead("lead-owned") == owned)
            #expect(try await repository.lead("lead-free") == unowned)
            let day = (StoreFixtures.epoch.addingTimeInterval(-3600), StoreFixtures.epoch.addingTimeInterval(7200))
            // Same start: ordered by id.
            #expect(try await repository.appointments(rep: "rep-7", from: day.0, to: day.1) == [withPlace, noPlace])
            #expect(Set(try await repository.visits(rep: nil, from: day.0, to: day.1)) == [visit, silentVisit])
            #expect(try await repository.conversions(from: day.0, to: day.1) == [conversion])
            #expect(try await repository.rep("nobody") == nil)
            #expect(try await repository.lead("nobody") == nil)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func datesKeepTheirSecondAndMillisecond(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let created = Date(timeIntervalSince1970: 1_712_345_678.25)
            _ = try await repository.upsert(leads: [StoreFixtures.lead("lead-1", createdAt: created)])
            let stored = try #require(try await repository.lead("lead-1"))
            #expect(stored.createdAt.timeIntervalSince1970 == 1_712_345_678.25)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aThrowingTransactionLeavesNothing(_ database: TestDatabase) async throws {
        struct Abort: Error {}
        try await database.withRepository { repository async throws in
            await #expect(throws: Abort.self) {
                try await repository.transaction { repo async throws in
                    _ = try await repo.upsert(reps: [StoreFixtures.rep("rep-1")])
                    _ = try await repo.upsert(leads: (0..<50).map { StoreFixtures.lead("lead-\($0)") })
                    try await repo.record(ImportRecord(
                        entity: "leads", source: "x.csv", finishedAt: StoreFixtures.epoch,
                        summary: UpsertSummary(inserted: 50), rejected: 0))
                    #expect(try await repo.counts().leads == 50)
                    throw Abort()
                }
            }
            #expect(try await repository.counts() == TableCounts())
            // The connection is usable afterwards: the rollback ended the transaction.
            #expect(try await repository.upsert(reps: [StoreFixtures.rep("rep-1")]) == UpsertSummary(inserted: 1))
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func callsOnTheOuterRepositoryJoinTheTransaction(_ database: TestDatabase) async throws {
        struct Abort: Error {}
        try await database.withRepository { repository async throws in
            await #expect(throws: Abort.self) {
                try await repository.transaction { _ async throws in
                    _ = try await repository.upsert(reps: [StoreFixtures.rep("rep-1")])
                    throw Abort()
                }
            }
            #expect(try await repository.counts().reps == 0)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aFailedInnerTransactionUndoesOnlyItsOwnWrites(_ database: TestDatabase) async throws {
        struct Abort: Error {}
        try await database.withRepository { repository async throws in
            try await repository.transaction { outer async throws in
                _ = try await outer.upsert(reps: [StoreFixtures.rep("rep-outer")])
                do {
                    try await outer.transaction { inner in
                        _ = try await inner.upsert(reps: [StoreFixtures.rep("rep-inner")])
                        throw Abort()
                    }
                } catch is Abort {}
            }
            #expect(try await repository.reps().map(\.id) == ["rep-outer"])
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aCommittedTransactionReturnsItsValue(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let summary = try await repository.transaction { repo async throws in
                try await repo.upsert(leads: (0..<10).map { StoreFixtures.lead("lead-\($0)") })
                    + repo.upsert(leads: (5..<15).map { StoreFixtures.lead("lead-\($0)") })
            }
            #expect(summary == UpsertSummary(inserted: 15, unchanged: 5))
            #expect(try await repository.counts().leads == 15)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func countsCountEveryTable(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            _ = try await repository.upsert(reps: [StoreFixtures.rep("rep-1"), StoreFixtures.rep("rep-2")])
            _ = try await repository.upsert(leads: (0..<3).map { StoreFixtures.lead("lead-\($0)") })
            _ = try await repository.upsert(appointments: (0..<4).map { StoreFixtures.appointment("appt-\($0)") })
            _ = try await repository.upsert(visits: (0..<5).map {
                Visit(id: VisitID("visit-\($0)"), rep: "rep-1", lead: "lead-0", time: StoreFixtures.epoch)
            })
            _ = try await repository.upsert(conversions: (0..<6).map {
                try! Conversion(id: ConversionID("conv-\($0)"), lead: "lead-0", date: StoreFixtures.epoch, value: 1)
            })
            try await repository.record(ImportRecord(
                entity: "demo", source: "generator", finishedAt: StoreFixtures.epoch, summary: UpsertSummary(), rejected: 0))
            #expect(try await repository.counts() == TableCounts(
                reps: 2, leads: 3, appointments: 4, visits: 5, conversions: 6, imports: 1))
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func lastImportIsTheLatestAndTheLastRecordedOnATie(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            #expect(try await repository.lastImport() == nil)
            let early = ImportRecord(
                entity: "reps", source: "reps.csv", finishedAt: StoreFixtures.epoch,
                summary: UpsertSummary(inserted: 3, updated: 2, unchanged: 1), rejected: 4)
            let late = ImportRecord(
                entity: "leads", source: "leads.csv", finishedAt: StoreFixtures.epoch.addingTimeInterval(60),
                summary: UpsertSummary(inserted: 10), rejected: 0)
            let tie = ImportRecord(
                entity: "visits", source: "visits.csv", finishedAt: StoreFixtures.epoch.addingTimeInterval(60),
                summary: UpsertSummary(unchanged: 7), rejected: 1)
            try await repository.record(late)
            try await repository.record(early)
            #expect(try await repository.lastImport() == late)
            try await repository.record(tie)
            #expect(try await repository.lastImport() == tie)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func appointmentsAreARepsOverlappingTheRange(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let hour: TimeInterval = 3600, t0 = StoreFixtures.epoch
            _ = try await repository.upsert(appointments: [
                StoreFixtures.appointment("ends-at-from", start: t0.addingTimeInterval(-hour)),
                StoreFixtures.appointment("straddles-from", start: t0.addingTimeInterval(-hour / 2)),
                StoreFixtures.appointment("instant-at-from", start: t0, minutes: 0),
                StoreFixtures.appointment("inside", start: t0.addingTimeInterval(hour)),
                StoreFixtures.appointment("straddles-to", start: t0.addingTimeInterval(3.5 * hour)),
                StoreFixtures.appointment("starts-at-to", start: t0.addingTimeInterval(4 * hour)),
                StoreFixtures.appointment("other-rep", rep: "rep-2", start: t0.addingTimeInterval(hour)),
            ])
            let found = try await repository.appointments(rep: "rep-1", from: t0, to: t0.addingTimeInterval(4 * hour))
            #expect(found.map(\.id) == ["straddles-from", "instant-at-from", "inside", "straddles-to"])
            #expect(try await repository.appointments(rep: "rep-3", from: t0, to: t0.addingTimeInterval(hour)).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func visitsAndConversionsAreHalfOpenDateRanges(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let t0 = StoreFixtures.epoch
            let visits = (0..<6).map { index in
                Visit(id: VisitID("visit-\(index)"), rep: RepID(index.isMultiple(of: 2) ? "rep-1" : "rep-2"),
                      lead: "lead-1", time: t0.addingTimeInterval(Double(5 - index) * 86_400))
            }
            _ = try await repository.upsert(visits: visits)
            let range = (t0.addingTimeInterval(86_400), t0.addingTimeInterval(4 * 86_400))
            #expect(try await repository.visits(rep: nil, from: range.0, to: range.1).map(\.id)
                == ["visit-4", "visit-3", "visit-2"])
            #expect(try await repository.visits(rep: "rep-1", from: range.0, to: range.1).map(\.id)
                == ["visit-4", "visit-2"])

            let conversions = try (0..<4).map { index in
                try Conversion(id: ConversionID("conv-\(index)"), lead: "lead-1",
                               date: t0.addingTimeInterval(Double(index) * 60), value: Double(index))
            }
            _ = try await repository.upsert(conversions: conversions.reversed())
            #expect(try await repository.conversions(from: t0.addingTimeInterval(60), to: t0.addingTimeInterval(180))
                .map(\.id) == ["conv-1", "conv-2"])
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func leadsPageByIdInByteOrderAndByOwner(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let ids = ["lead-2", "lead-10", "Lead-3", "lead-1", "lead-b", "lead-a"]
            _ = try await repository.upsert(leads: ids.enumerated().map { index, id in
                StoreFixtures.lead(id, owner: index.isMultiple(of: 2) ? "rep-1" : nil)
            })
            let sorted = ids.sorted()  // Swift's order: by Unicode scalar, as bytes for ASCII.
            #expect(try await repository.leads(limit: 100, offset: 0).map(\.id.rawValue) == sorted)
            #expect(try await repository.leads(limit: 2, offset: 2).map(\.id.rawValue) == Array(sorted[2..<4]))
            var walked: [String] = []
            var after: LeadID?
            while true {
                let page = try await repository.leads(after: after, limit: 4)
                if page.isEmpty { break }
                walked += page.map(\.id.rawValue)
                after = page.last?.id
            }
            #expect(walked == sorted)
            #expect(try await repository.leads(owner: "rep-1").map(\.id.rawValue) == ["Lead-3", "lead-2", "lead-b"])
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func existingIdsAreTheStoredSubset(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            _ = try await repository.upsert(reps: [StoreFixtures.rep("rep-1"), StoreFixtures.rep("rep-2")])
            _ = try await repository.upsert(leads: (0..<1_500).map { StoreFixtures.lead("lead-\($0)") })
            #expect(try await repository.existingRepIDs(["rep-1", "rep-3"]) == ["rep-1"])
            #expect(try await repository.existingRepIDs([]) == [])
            let asked = Set((1_000..<2_000).map { LeadID("lead-\($0)") })
            #expect(try await repository.existingLeadIDs(asked) == Set((1_000..<1_500).map { LeadID("lead-\($0)") }))
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func batchesLargerThanOneStatementAreSplit(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let leads = (0..<4_321).map { StoreFixtures.lead(String(format: "lead-%05d", $0)) }
            #expect(try await repository.upsert(leads: leads) == UpsertSummary(inserted: 4_321))
            var changed = leads
            for index in stride(from: 0, to: changed.count, by: 3) { changed[index].expectedValue += 1 }
            #expect(try await repository.upsert(leads: changed) == UpsertSummary(updated: 1_441, unchanged: 2_880))
            #expect(try await repository.lead("lead-04319")?.expectedValue == leads[4_319].expectedValue)
            #expect(try await repository.lead("lead-04317")?.expectedValue == leads[4_317].expectedValue + 1)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func injectionLookingValuesAreStoredVerbatim(_ database: TestDatabase) async throws {
        let nasty = "Robert'); DROP TABLE leads; -- \" \\ ? $1 \n\t😀 ' OR '1'='1"
        try await database.withRepository { repository async throws in
            let lead = StoreFixtures.lead(
                "id'; DELETE FROM leads; --", name: nasty, owner: RepID(nasty),
                attributes: [nasty: .category(nasty), "\"quoted\" key": .number(1), "ctrl\u{01}": .boolean(true)])
            var rep = StoreFixtures.rep("rep-\"1\"", name: nasty, team: "a\" OR 1=1 --")
            rep.timeZone = "$1"
            _ = try await repository.upsert(leads: [lead, StoreFixtures.lead("other")])
            _ = try await repository.upsert(reps: [rep])
            try await repository.record(ImportRecord(
                entity: nasty, source: nasty, finishedAt: StoreFixtures.epoch, summary: UpsertSummary(), rejected: 0))
            #expect(try await repository.lead(lead.id) == lead)
            #expect(try await repository.leads(owner: RepID(nasty)) == [lead])
            #expect(try await repository.rep(rep.id) == rep)
            #expect(try await repository.lastImport()?.source == nasty)
            #expect(try await repository.existingLeadIDs([lead.id, "' OR '1'='1"]) == [lead.id])
            #expect(try await repository.counts().leads == 2)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func concurrentCallersDoNotInterleaveTransactions(_ database: TestDatabase) async throws {
        struct Abort: Error {}
        try await database.withRepository { repository async throws in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for task in 0..<8 {
                    group.addTask {
                        do {
                            try await repository.transaction { repo async throws in
                                _ = try await repo.upsert(leads: (0..<200).map { StoreFixtures.lead("lead-\(task)-\($0)") })
                                if task.isMultiple(of: 2) { throw Abort() }
                            }
                        } catch is Abort {}
                    }
                    group.addTask { _ = try await repository.counts() }
                }
                try await group.waitForAll()
            }
            #expect(try await repository.counts().leads == 4 * 200)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aShutDownRepositoryRefusesWork(_ database: TestDatabase) async throws {
        let (url, cleanup) = try await database.makeURL()
        defer { cleanup() }
        let repository = try await SQLRepository.open(url)
        try await repository.migrate()
        try await repository.shutdown()
        try await repository.shutdown()
        let error = await #expect(throws: StoreError.self) { try await repository.counts() }
        #expect(error?.code == .closed)
    }

    @Test
    func anSQLiteFileKeepsItsDataAcrossOpenings() async throws {
        let (url, cleanup) = try await TestDatabase.sqliteFile.makeURL()
        defer { cleanup() }
        try await SQLRepository.withRepository(url) { repository async throws in
            try await repository.migrate()
            _ = try await repository.upsert(leads: [StoreFixtures.lead("lead-1")])
        }
        try await SQLRepository.withRepository(url) { repository async throws in
            try await repository.migrate()
            #expect(try await repository.lead("lead-1") == StoreFixtures.lead("lead-1"))
            #expect(repository.kind == .sqlite)
        }
    }

    @Test
    func anUnreachableServerIsAConnectionError() async throws {
        // Port 1 on loopback: nothing listens there.
        let url = try DatabaseURL(parsing: "postgres://uptake@127.0.0.1:1/uptake?tlsmode=disable")
        let error = await #expect(throws: StoreError.self) { _ = try await SQLRepository.open(url) }
        #expect(error?.code == .connectionFailed)
    }
}

extension SQLRepositoryTests {
    @Test(arguments: TestDatabase.allCases)
    func aTransactionsRepositoryKeptPastItIsRefused(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let kept = try await repository.transaction { repo async throws in repo as! SQLRepository }
            let error = await #expect(throws: StoreError.self) { _ = try await kept.counts() }
            #expect(error?.code == .closed)
            #expect(try await repository.counts() == TableCounts())
        }
    }
}
