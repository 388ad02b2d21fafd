import ArgumentParser
import Testing
@testable import UptakeCLI

/// Help text is part of the interface: these pin what a user reads.
@Suite struct HelpTests {
    @Test func rootListsEverySubcommand() {
        let help = UptakeCommand.helpMessage(columns: 120)
        for name in [
            "demo", "import", "migrate", "status", "serve", "pilot", "roi", "train", "score", "model", "optw",
            "pulse", "digest",
        ] {
            #expect(help.contains("  \(name) "), "root help should list \(name)")
        }
        #expect(help.contains("UPTAKE_DATABASE_URL"))
    }

    @Test func statusExplainsJSONAndDatabase() {
        let help = StatusCommand.helpMessage(for: StatusCommand.self, columns: 120)
        #expect(help.contains("--json"))
        #expect(help.contains("Print one JSON object with a count per table."))
        #expect(help.contains("--database <url>"))
        #expect(help.contains("sqlite:./uptake.sqlite"))
    }

    @Test func serveDefaultsToLoopback() {
        let help = ServeCommand.helpMessage(for: ServeCommand.self, columns: 120)
        #expect(help.contains("--host <host>"))
        #expect(help.contains("default: 127.0.0.1"))
        #expect(help.contains("default: 8080"))
    }

    @Test func modelHealthNamesItsThresholdsAndOptions() {
        let help = ModelHealthCommand.helpMessage(for: ModelHealthCommand.self, columns: 120)
        for text in ["--days <days>", "default: 28", "--as-of <day>", "--json", "PSI > 0.2", "ok, watch or", "alert"] {
            #expect(help.contains(text), "model health help should say \(text)")
        }
        #expect(throws: (any Error).self) { try ModelHealthCommand.parse(["--days", "0"]) }
    }

    @Test func badPortIsRefused() {
        #expect(throws: (any Error).self) { try ServeCommand.parse(["--port", "70000"]) }
    }

    @Test func unsupportedDatabaseSchemeIsRefused() {
        #expect(throws: (any Error).self) { try StatusCommand.parse(["--database", "mysql://x"]) }
    }
}
