import Foundation
import Testing
import UptakeStore
@testable import UptakeCLI

/// `uptake user add|passwd|token|list`: help text, flag checks, and a run of the built executable.
@Suite struct UserCommandTests {
    @Test func helpNamesRolesAndPasswordInput() {
        let root = UptakeCommand.helpMessage(columns: 120)
        #expect(root.contains("  user "))
        let user = UserCommand.helpMessage(for: UserCommand.self, columns: 120)
        for name in ["add", "passwd", "token", "list"] { #expect(user.contains("  \(name) ")) }
        #expect(user.contains("bcrypt"))
        let add = UserAddCommand.helpMessage(for: UserAddCommand.self, columns: 120)
        #expect(add.contains("--role <role>"))
        #expect(add.contains("--password-stdin"))
        #expect(add.contains("--rep <id>"))
        #expect(add.contains("--team <team>"))
        let token = UserTokenCommand.helpMessage(for: UserTokenCommand.self, columns: 120)
        #expect(token.contains("--revoke <id>"))
        let serve = ServeCommand.helpMessage(for: ServeCommand.self, columns: 120)
        #expect(serve.contains("UPTAKE_PORT"))
        #expect(serve.contains("--log-format"))
    }

    @Test func badFlagsAreRefused() {
        #expect(throws: (any Error).self) { try UserAddCommand.parse(["ada", "--role", "king"]) }
        #expect(throws: (any Error).self) { try ServeCommand.parse(["--log-format", "xml"]) }
        #expect(throws: (any Error).self) { try ServeCommand.parse(["--vendor-path", "vendor"]) }
    }

    @Test func flagsOverrideTheEnvironment() throws {
        let command = try ServeCommand.parse(["--port", "9000", "--secure-cookies"])
        let configuration = command.serverConfiguration(
            environment: ["UPTAKE_PORT": "7000", "UPTAKE_HOST": "0.0.0.0", "UPTAKE_VENDOR_PATH": "/js"])
        #expect(configuration.port == 9000)
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.vendorPath == "/js")
        #expect(configuration.secureCookies)
    }

    /// Runs the built executable with standard input and a fast bcrypt cost.
    static func uptake(_ arguments: [String], input: String = "") throws -> ExecutableTests.Run {
        let process = Process()
        process.executableURL = ExecutableTests.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["UPTAKE_BCRYPT_COST": "4"]) { $1 }
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ExecutableTests.Run(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            error: String(decoding: error, as: UTF8.self))
    }

    @Test func addPasswdTokenAndRevokeEndToEnd() async throws {
        let directory = try ExecutableTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = "sqlite:\(directory.path)/users.sqlite"
        let generate = try Self.uptake([
            "demo", "generate", "--database", database, "--reps", "2", "--teams", "1", "--agencies", "20",
            "--today", "2026-11-20",
        ])
        #expect(generate.status == 0, "\(generate.error)")

        let added = try Self.uptake(
            ["user", "add", "ada", "--role", "rep", "--rep", "demo-rep-01", "--password-stdin", "--database", database],
            input: "first-password\n")
        #expect(added.status == 0, "\(added.error)")
        #expect(added.output.contains("Added ada (rep for rep demo-rep-01)."))

        // Refusals name the problem and write nothing.
        let unknownRep = try Self.uptake(["user", "add", "bob", "--role", "rep", "--rep", "nobody", "--database", database])
        #expect(unknownRep.status != 0)
        #expect(unknownRep.error.contains("no rep has id \"nobody\""))
        let again = try Self.uptake(["user", "add", "ada", "--role", "admin", "--database", database])
        #expect(again.error.contains("a user named \"ada\" already exists"))
        let short = try Self.uptake(
            ["user", "add", "cy", "--role", "admin", "--password-stdin", "--database", database], input: "short\n")
        #expect(short.error.contains("at least 8 characters"))
        let list = try Self.uptake(["user", "list", "--database", database])
        #expect(list.output == "ada\trep\tdemo-rep-01\n")

        let passwd = try Self.uptake(["user", "passwd", "ada", "--database", database], input: "second-password\n")
        #expect(passwd.status == 0, "\(passwd.error)")

        let issued = try Self.uptake(["user", "token", "ada", "--label", "ci", "--database", database])
        #expect(issued.status == 0, "\(issued.error)")
        let secret = try #require(issued.output.split(separator: "\n").first.map(String.init))
        #expect(secret.hasPrefix("upt_") && secret.count == 47)

        try await SQLRepository.withRepository(try DatabaseURL(parsing: database)) { repository in
            let ada = try #require(try await repository.user(named: "ada"))
            let hash = try #require(try await repository.passwordHash(userID: ada.id))
            #expect(hash.hasPrefix("$2"))  // bcrypt, never the password
            #expect(!hash.contains("second-password"))
            let tokens = try await repository.apiTokens(userID: ada.id)
            #expect(tokens.map(\.label) == ["ci"])
        }

        let revoked = try Self.uptake(["user", "token", "ada", "--revoke", "1", "--database", database])
        #expect(revoked.output.contains("Revoked token 1 of ada."))
        let missing = try Self.uptake(["user", "token", "ada", "--revoke", "99", "--database", database])
        #expect(missing.status != 0)
        #expect(missing.error.contains("no API token with id 99"))
    }
}
