import Foundation
import UptakeCore
@testable import UptakeImport

/// Fixture files and throwaway files for the import tests.
enum TestFiles {
    /// A committed fixture, found beside this file (`Tests/UptakeImportTests/Fixtures/NAME`).
    static func fixture(_ name: String, filePath: String = #filePath) -> URL {
        URL(filePath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Fixtures").appending(path: name)
    }

    /// A new empty directory under the system's temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "uptake-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` (or raw bytes) to `name` in a new temporary directory.
    static func write(_ text: String, as name: String) throws -> URL {
        try write(Data(text.utf8), as: name)
    }

    /// Writes bytes to `name` in a new temporary directory.
    static func write(_ data: Data, as name: String) throws -> URL {
        let url = try temporaryDirectory().appending(path: name)
        try data.write(to: url)
        return url
    }

    /// The reps the fixtures name, by id, email and name.
    static let reps: [Rep] = [
        rep("rep-001", "Jane Smith", "jane.smith@example.com"),
        rep("rep-002", "Marcus Lee", "marcus.lee@example.com"),
        rep("rep-003", "Priya Patel", "priya.patel@example.com"),
    ]

    private static func rep(_ id: String, _ name: String, _ email: String) -> Rep {
        let home = GeoPoint(uncheckedLatitude: 39.96, longitude: -83.0)
        return try! Rep(
            id: RepID(id), name: name, email: email, team: "Central Ohio", start: home, end: home,
            shiftStart: TimeOfDay(hour: 8), shiftEnd: TimeOfDay(hour: 17), timeZone: "America/New_York")
    }

    /// References that know ``reps`` and the given leads.
    static func references(leads: Set<LeadID> = []) -> ImportReferences {
        .inMemory(reps: reps, leads: leads)
    }
}

/// Collects what an importer's sink receives, and how many times it was called.
final class Collected<Value>: @unchecked Sendable {
    private(set) var values: [Value] = []
    private(set) var batches = 0

    func add(_ batch: [Value]) {
        values += batch
        batches += 1
    }
}
