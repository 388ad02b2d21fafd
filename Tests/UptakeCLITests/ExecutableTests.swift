import Foundation
import Testing

/// The built `uptake` executable, run as a user runs it (built by `swift build --build-tests`).
@Suite struct ExecutableTests {
    /// `.build/debug/uptake` next to this package.
    static let executable: URL = {
        var directory = URL(fileURLWithPath: #filePath)
        while directory.path != "/" {
            directory.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) { break }
        }
        return directory.appendingPathComponent(".build/debug/uptake")
    }()

    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    static func uptake(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                   error: String(decoding: error, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("uptake-exe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func demoGenerateThenStatusJSON() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "run swift build first")
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = "sqlite:\(directory.path)/demo.sqlite"
        let generate = try Self.uptake([
            "demo", "generate", "--database", database, "--reps", "2", "--teams", "1", "--agencies", "150",
            "--today", "2026-11-20", "--json",
        ])
        #expect(generate.status == 0, "\(generate.error)")
        let summary = try JSONDecoder().decode([String: Int].self, from: Data(generate.output.utf8))
        #expect(summary["reps"] == 2 && summary["leads"] == 150)
        let status = try Self.uptake(["status", "--database", database, "--json"])
        #expect(status.status == 0, "\(status.error)")
        let counts = try JSONDecoder().decode([String: Int].self, from: Data(status.output.utf8))
        #expect(counts["reps"] == 2)
        #expect(counts["leads"] == 150)
        #expect(counts["appointments"] == summary["appointments"])
        #expect(counts["conversions"] == summary["conversions"])
        #expect((counts["visits"] ?? 0) > 0)
        // The same seed and date again: every row unchanged.
        let again = try Self.uptake([
            "demo", "generate", "--database", database, "--reps", "2", "--teams", "1", "--agencies", "150",
            "--today", "2026-11-20", "--json",
        ])
        let second = try JSONDecoder().decode([String: Int].self, from: Data(again.output.utf8))
        #expect(second["inserted"] == 0 && second["updated"] == 0)
    }

    @Test func aBadImportExitsNonZeroWithTheLocatedError() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("leads.csv")
        try "id,name,latitude,longitude,created_at\nL1,Acme,91.5,-83,2024-01-01\n".write(
            to: file, atomically: true, encoding: .utf8)
        let run = try Self.uptake(["import", "leads", file.path, "--database", "sqlite:\(directory.path)/db.sqlite"])
        #expect(run.status == 1)
        #expect(run.output.contains("leads.csv:2: column \"latitude\": \"91.5\" is outside -90...90"))
        #expect(run.output.contains("Nothing was written"))
        let status = try Self.uptake(["status", "--database", "sqlite:\(directory.path)/db.sqlite", "--json"])
        #expect(status.output.contains("\"leads\":0"))
    }

    @Test func unknownDatabaseSchemeIsAClearError() throws {
        let run = try Self.uptake(["status", "--database", "mysql://localhost/x"])
        #expect(run.status != 0)
        #expect(run.error.contains("unsupported database URL scheme \"mysql\""))
    }
}
