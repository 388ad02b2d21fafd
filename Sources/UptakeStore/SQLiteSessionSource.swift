import Foundation
import Logging
import SQLKit
import SQLiteKit

/// One SQLite connection, used by one caller at a time.
///
/// SQLite has one writer at a time anyway, and an in-memory database exists only inside its connection, so
/// a single connection serves both storages. A transaction holds the gate for its whole body, so other
/// callers wait instead of writing into it.
final class SQLiteSessionSource: SessionSource {
    let kind = DatabaseKind.sqlite
    /// The one connection; ``SQLRepository``'s bulk upsert binds on it directly, inside a session.
    let connection: SQLiteConnection
    private let database: any SQLDatabase
    private let gate = SerialGate()
    private let isClosed = LockedValue(false)

    private init(connection: SQLiteConnection, logger: Logger) {
        self.connection = connection
        self.database = connection.sql(queryLogLevel: .debug)
    }

    /// Opens a file (creating it and its parent directories) or an in-memory database, and sets the pragmas.
    ///
    /// - Parameters:
    ///   - path: The file's path, or nil for an in-memory database.
    ///   - logger: Where the driver logs.
    /// - Returns: The source.
    /// - Throws: ``StoreError`` `.connectionFailed` when the file cannot be created or opened.
    static func open(path: String?, logger: Logger) async throws -> SQLiteSessionSource {
        let storage: SQLiteConnection.Storage
        if let path {
            let url = URL(fileURLWithPath: path)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw StoreError(.connectionFailed, "cannot create the directory for \(path): \(error)")
            }
            storage = .file(path: url.path)
        } else {
            storage = .memory
        }
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(
                storage: storage, threadPool: .singleton, logger: logger,
                on: MultiThreadedEventLoopGroup.singleton.any())
        } catch {
            throw StoreError(.connectionFailed, "cannot open SQLite database \(path ?? ":memory:"): \(error)")
        }
        let source = SQLiteSessionSource(connection: connection, logger: logger)
        do {
            // WAL lets readers in other processes (`uptake status`) proceed during an import; NORMAL
            // synchronous is durable at every checkpoint and is what WAL is designed for
            // (https://sqlite.org/wal.html#performance_considerations). A 16 MB page cache measured as fast
            // as 64 or 256 MB on a million-lead import (the OS caches the file; a bigger cache only costs
            // fresh pages) and keeps memory flat.
            let pragmas = [
                path == nil ? "PRAGMA journal_mode = MEMORY" : "PRAGMA journal_mode = WAL",
                "PRAGMA synchronous = NORMAL",
                "PRAGMA foreign_keys = ON",
                "PRAGMA temp_store = MEMORY",
                "PRAGMA cache_size = -16384",
            ]
            for pragma in pragmas {
                try await source.database.execute(sql: SQLRaw(pragma)) { _ in }
            }
        } catch {
            try? await connection.close()
            source.isClosed.withLock { $0 = true }
            throw StoreError(.connectionFailed, "cannot configure SQLite database \(path ?? ":memory:"): \(error)")
        }
        return source
    }

    func withSession<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await gate.withHeld {
            guard !isClosed.withLock({ $0 }) else {
                throw StoreError(.closed, "the SQLite repository was shut down")
            }
            return try await body(database)
        }
    }

    func shutdown() async throws {
        // Wait for the current holder, so an import in progress finishes (or rolls back) first.
        try await gate.withHeld {
            let wasClosed = isClosed.withLock { closed in
                defer { closed = true }
                return closed
            }
            if !wasClosed { try await connection.close() }
        }
    }

    deinit {
        // A forgotten shutdown must not trip SQLiteNIO's "not closed" assertion at exit.
        if !isClosed.withLock({ $0 }) { _ = connection.close() }
    }
}
