import Foundation
import Testing
import UptakeCore
@testable import UptakeImport

/// The sink writes one batch while the importer reads the next: calls must still be one at a time, in
/// order, finished before the import returns, and their errors must reach the caller.
@Suite("ImportRun pipelining")
struct ImportRunTests {
    private struct SinkFailed: Error {}

    /// What the sink and the lookups saw, under a lock.
    private final class Trace: @unchecked Sendable {
        private let lock = NSLock()
        private var active = 0
        private(set) var maxActive = 0
        private(set) var batches: [[LeadID]] = []
        private(set) var finished = 0
        private(set) var lookupsDuringWrite = 0
        private(set) var lookups = 0

        func begin(_ leads: [Lead]) {
            lock.withLock {
                active += 1
                maxActive = max(maxActive, active)
                batches.append(leads.map(\.id))
            }
        }

        func end() { lock.withLock { active -= 1; finished += 1 } }

        func lookup() { lock.withLock { lookups += 1; if active > 0 { lookupsDuringWrite += 1 } } }
    }

    /// `count` leads owned by rep-001, as CSV.
    private static func file(rows count: Int) throws -> URL {
        let rows = (1...count).map { "L\($0),Lead \($0),40,-83,2024-01-01,rep-001" }
        return try TestFiles.write(
            "id,name,latitude,longitude,created_at,owner\n" + rows.joined(separator: "\n") + "\n", as: "leads.csv")
    }

    /// References that accept every rep id and count the lookups made while a sink call runs.
    private static func references(_ trace: Trace) -> ImportReferences {
        ImportReferences(
            resolveReps: { keys, _ in
                trace.lookup()
                return Dictionary(uniqueKeysWithValues: keys.map { ($0, RepID($0)) })
            },
            existingLeads: { ids in
                trace.lookup()
                return ids
            })
    }

    @Test("sink calls never overlap, keep the file's order, and have all finished when the import returns")
    func oneWriteAtATime() async throws {
        let trace = Trace()
        let importer = CSVImporter(options: ImportOptions(batchSize: 3), references: Self.references(trace))
        let result = try await importer.importLeads(from: try Self.file(rows: 20)) { leads in
            trace.begin(leads)
            try await Task.sleep(for: .milliseconds(20))
            trace.end()
        }
        #expect(result.imported == 20)
        #expect(trace.maxActive == 1)
        #expect(trace.finished == 7, "6 full batches of 3 and one of 2, all done before the import returned")
        #expect(trace.batches.flatMap { $0 } == (1...20).map { LeadID("L\($0)") })
        #expect(trace.lookups == 7)
        #expect(trace.lookupsDuringWrite == 0, "a batch's references are looked up after the previous write")
    }

    @Test("a sink's error is thrown by the import, and no later batch reaches the sink")
    func sinkErrorStopsTheImport() async throws {
        let trace = Trace()
        let importer = CSVImporter(options: ImportOptions(batchSize: 3), references: Self.references(trace))
        await #expect(throws: SinkFailed.self) {
            _ = try await importer.importLeads(from: try Self.file(rows: 20)) { leads in
                trace.begin(leads)
                defer { trace.end() }
                if trace.batches.count == 2 { throw SinkFailed() }
            }
        }
        try await Task.sleep(for: .milliseconds(50))
        #expect(trace.batches.count == 2)
        #expect(trace.finished == 2)
    }

    /// Whether a sink call saw its task cancelled.
    private final class Cancelled: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var seen: Bool { lock.withLock { value } }
        func note() { lock.withLock { value = true } }
    }

    @Test("cancelling the import cancels the write in progress (its task does not inherit cancellation)")
    func cancellationReachesTheWrite() async throws {
        let cancelled = Cancelled()
        let importer = CSVImporter(options: ImportOptions(batchSize: 3), references: Self.references(Trace()))
        let url = try Self.file(rows: 20)
        let running = Task {
            try await importer.importLeads(from: url) { _ in
                do {
                    try await Task.sleep(for: .seconds(60))
                } catch {
                    cancelled.note()
                    throw error
                }
            }
        }
        try await Task.sleep(for: .milliseconds(200))
        running.cancel()
        await #expect(throws: CancellationError.self) { _ = try await running.value }
        #expect(cancelled.seen, "the first batch's write saw the cancellation instead of sleeping it out")
    }
}
