import Foundation
import UptakeStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A real PostgreSQL 15 server for tests: started once per test process on first use, stopped at exit.
///
/// It runs Debian's `postgresql-15` binaries on a throwaway data directory (made with `initdb` in a temp
/// directory), listens only on 127.0.0.1 on a free port, trusts local connections, and runs with
/// `fsync=off` (its data dies with it). When the test process is root, the commands run as the `postgres`
/// user through `runuser`, since PostgreSQL refuses to run as root. A watchdog process stops the server
/// and removes the directory if the test process dies without running its exit handler.
///
/// Each test takes its own database with ``makeDatabase()``:
///
/// ```swift
/// let url = try await PostgresTestServer.shared().makeDatabase()
/// try await SQLRepository.withRepository(url) { repository in ... }
/// ```
public final class PostgresTestServer: Sendable {
    /// The port the server listens on (127.0.0.1 only).
    public let port: Int
    /// The temp directory holding the data directory, the socket and `server.log`.
    public let directory: URL
    /// The superuser the tests connect as (no password; trust authentication).
    public let user = "uptake"

    private let binaries: URL
    private let runAsPostgres: Bool
    private let counter = Counter()

    /// Where Debian's `postgresql-15` package puts the server binaries; `UPTAKE_PG_BIN` overrides it.
    public static var binaryDirectory: URL {
        URL(fileURLWithPath: ProcessInfo.processInfo.environment["UPTAKE_PG_BIN"] ?? "/usr/lib/postgresql/15/bin")
    }

    /// The server shared by every test in this process, started on first use.
    ///
    /// - Returns: The running server.
    /// - Throws: ``PostgresTestServerError`` when the binaries are missing (the message says to run
    ///   `make test`) or the server does not start (the message carries its log).
    public static func shared() throws -> PostgresTestServer {
        try started.get()
    }

    private static let started: Result<PostgresTestServer, PostgresTestServerError> = {
        do {
            let server = try PostgresTestServer.start()
            running = server
            atexit { PostgresTestServer.running?.stop() }
            return .success(server)
        } catch let error as PostgresTestServerError {
            return .failure(error)
        } catch {
            return .failure(PostgresTestServerError(.commandFailed, "\(error)"))
        }
    }()

    /// The started server, for the exit handler (a C function pointer cannot capture it).
    nonisolated(unsafe) private static var running: PostgresTestServer?

    private init(port: Int, directory: URL, binaries: URL, runAsPostgres: Bool) {
        self.port = port
        self.directory = directory
        self.binaries = binaries
        self.runAsPostgres = runAsPostgres
    }

    /// Creates an empty database for one test.
    ///
    /// - Returns: Its URL, e.g. `postgres://uptake@127.0.0.1:54321/test_3_1a2b?tlsmode=disable`.
    /// - Throws: ``PostgresTestServerError`` `.commandFailed` with `createdb`'s output.
    public func makeDatabase() async throws -> DatabaseURL {
        let name = "test_\(counter.next())_\(UInt32.random(in: 0...UInt32.max))"
        try await Self.runAsync(binaries.appendingPathComponent("createdb"), [
            "-h", "127.0.0.1", "-p", String(port), "-U", user, name,
        ])
        return try DatabaseURL(parsing: "postgres://\(user)@127.0.0.1:\(port)/\(name)?tlsmode=disable")
    }

    /// Stops the server at once and removes its directory. Called at process exit.
    public func stop() {
        stop(removingDirectory: true)
    }

    private func stop(removingDirectory: Bool) {
        _ = try? Self.run(binaries.appendingPathComponent("pg_ctl"), [
            "-D", directory.appendingPathComponent("data").path, "stop", "-m", "immediate", "-w",
        ], asPostgres: runAsPostgres)
        if removingDirectory { try? FileManager.default.removeItem(at: directory) }
    }

    /// Starts `postgres` in the foreground as a child process, its output going to the log.
    ///
    /// Not `pg_ctl start`: the server it daemonises inherits the descriptor Foundation's `Process` watches
    /// for its child's exit, so waiting for `pg_ctl` would never end.
    private func launch(logPath: String) throws -> Process {
        let postgres = binaries.appendingPathComponent("postgres").path
        let arguments = [
            "-D", directory.appendingPathComponent("data").path, "-p", String(port), "-k", directory.path,
            "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
            "-c", "full_page_writes=off", "-c", "max_connections=300",
        ]
        let process = Process()
        if runAsPostgres {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", "postgres", "--", postgres] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: postgres)
            process.arguments = arguments
        }
        if !FileManager.default.fileExists(atPath: logPath) {
            _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        }
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        log.seekToEndOfFile()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        do {
            try process.run()
        } catch {
            throw PostgresTestServerError(.commandFailed, "cannot run \(postgres): \(error)")
        }
        try? log.close()
        return process
    }

    // MARK: Starting

    private static func start() throws -> PostgresTestServer {
        let binaries = binaryDirectory
        for tool in ["initdb", "pg_ctl", "pg_isready", "createdb", "postgres"] {
            guard FileManager.default.isExecutableFile(atPath: binaries.appendingPathComponent(tool).path) else {
                throw PostgresTestServerError(
                    .missingBinaries,
                    "PostgreSQL 15 server binaries are not installed (no \(tool) in \(binaries.path)); "
                        + "run `make test`, which installs postgresql, or `apt-get install -y postgresql-15`")
            }
        }
        let runAsPostgres = getuid() == 0
        var template = Array("\(NSTemporaryDirectory())/uptake-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw PostgresTestServerError(.commandFailed, "cannot make a temp directory: errno \(errno)")
        }
        let directory = URL(fileURLWithPath: String(cString: made))
        if runAsPostgres {
            try run(URL(fileURLWithPath: "/bin/chown"), ["-R", "postgres:postgres", directory.path], asPostgres: false)
        }
        let data = directory.appendingPathComponent("data").path
        let log = directory.appendingPathComponent("server.log").path
        do {
            try run(binaries.appendingPathComponent("initdb"), [
                "-D", data, "-U", "uptake", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
            ], asPostgres: runAsPostgres)
            var lastError: (any Error)?
            // A free port can be taken between choosing it and the server binding it: try a few.
            for _ in 0..<5 {
                let port = try freePort()
                let server = PostgresTestServer(
                    port: port, directory: directory, binaries: binaries, runAsPostgres: runAsPostgres)
                do {
                    let process = try server.launch(logPath: log)
                    try server.waitUntilReady(process)
                    server.startWatchdog()
                    return server
                } catch {
                    lastError = error
                    server.stop(removingDirectory: false)
                }
            }
            throw lastError!
        } catch let error as PostgresTestServerError {
            let serverLog = (try? String(contentsOfFile: log, encoding: .utf8)) ?? "(no server log)"
            try? FileManager.default.removeItem(at: directory)
            throw PostgresTestServerError(error.code, error.message + "\nserver log:\n" + serverLog)
        }
    }

    /// Polls `pg_isready` until the server accepts TCP connections (up to 30 s), failing at once if it exited
    /// (its port taken, say).
    private func waitUntilReady(_ process: Process) throws {
        var output = ""
        for _ in 0..<300 {
            guard process.isRunning else {
                throw PostgresTestServerError(.commandFailed, "postgres exited with \(process.terminationStatus)")
            }
            do {
                try Self.run(binaries.appendingPathComponent("pg_isready"), [
                    "-h", "127.0.0.1", "-p", String(port), "-U", user,
                ], asPostgres: false)
                return
            } catch let error as PostgresTestServerError {
                output = error.message
                usleep(100_000)
            }
        }
        throw PostgresTestServerError(.notReady, "PostgreSQL on 127.0.0.1:\(port) is not ready: \(output)")
    }

    /// A detached shell that stops the server and removes the directory once this process is gone, in case
    /// it dies without running its exit handlers (a crash, a kill).
    private func startWatchdog() {
        let pgctl = binaries.appendingPathComponent("pg_ctl").path
        let data = directory.appendingPathComponent("data").path
        let stop = (runAsPostgres ? "runuser -u postgres -- " : "") + "'\(pgctl)' -D '\(data)' stop -m immediate"
        let script = "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(stop); rm -rf '\(directory.path)'"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        // No inherited pipes: `swift test` must not wait for this process's output to close.
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }

    /// A port that was free a moment ago on 127.0.0.1.
    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw PostgresTestServerError(.commandFailed, "socket() failed: errno \(errno)") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw PostgresTestServerError(.commandFailed, "bind() failed: errno \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    // MARK: Running commands

    /// Runs a command to completion (as `postgres` when asked), its output going to a temp file rather than a
    /// pipe so that a server it starts cannot hold the pipe open.
    ///
    /// - Throws: ``PostgresTestServerError`` `.commandFailed` with the command's output.
    @discardableResult
    private static func run(_ tool: URL, _ arguments: [String], asPostgres: Bool) throws -> String {
        let process = Process()
        if asPostgres {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", "postgres", "--", tool.path] + arguments
        } else {
            process.executableURL = tool
            process.arguments = arguments
        }
        let outputURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("uptake-pg-command-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputURL) }
        let output = try FileHandle(forWritingTo: outputURL)
        defer { try? output.close() }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        // Run from a directory the postgres user may read, not the caller's.
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        do {
            try process.run()
        } catch {
            throw PostgresTestServerError(.commandFailed, "cannot run \(tool.path): \(error)")
        }
        process.waitUntilExit()
        let text = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw PostgresTestServerError(
                .commandFailed,
                "\(tool.lastPathComponent) \(arguments.joined(separator: " ")) exited with "
                    + "\(process.terminationStatus): \(text)")
        }
        return text
    }

    /// ``run(_:_:asPostgres:)`` off the cooperative thread pool, for calls made from tests.
    private static func runAsync(_ tool: URL, _ arguments: [String]) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread.detachNewThread {
                do {
                    try run(tool, arguments, asPostgres: false)
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// A thread-safe counter for database names.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
