import Foundation
import Testing
@testable import UptakeCLI

/// `uptake digest` run as a user runs it, on a small demo territory.
@Suite(.serialized) struct DigestCommandTests {
    typealias Exe = ExecutableTests

    /// A demo database with a simulated pilot (ledger events) and simulated pulse answers, made once.
    static let demo: (directory: URL, database: String) = {
        let directory = try! Exe.temporaryDirectory()
        let database = "sqlite:\(directory.path)/demo.sqlite"
        _ = try! Exe.uptake([
            "demo", "generate", "--database", database, "--reps", "6", "--teams", "2", "--agencies", "300",
            "--today", "2026-11-23",
        ])
        _ = try! Exe.uptake(["demo", "pilot", "--database", database, "--today", "2026-11-23"])
        _ = try! Exe.uptake(["pulse", "simulate", "--database", database])
        return (directory, database)
    }()

    @Test(arguments: [["--role", "executive"], ["--role", "manager", "--team", "Demo North"], ["--role", "rep", "--rep", "demo-rep-01"]])
    func rendersForEachRole(_ arguments: [String]) throws {
        let run = try Exe.uptake(["digest", "--database", Self.demo.database, "--week", "2026-W47"] + arguments)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix("# Uptake weekly digest, 2026-W47"))
        #expect(run.output.contains("SIMULATED DATA"))
        #expect(run.output.contains("| Visits | "))
        // Every seam is wired: the ledger's funnel and reasons, the pilot, ROI (UptakeReports).
        #expect(!run.output.contains("not connected"))
        #expect(run.output.contains("| Suggestions shown | ") && run.output.contains("| Acceptance rate | "))
        #expect(run.output.contains("## Why suggestions were dismissed"))
        let isRep = arguments.contains("rep")
        #expect(run.output.contains("| Pilot uplift | ") == !isRep)
        #expect(run.output.contains("| NPV (P50) | $") == arguments.contains("executive"))
        #expect(run.output.contains("## Readiness pulse") == !isRep)
        #expect(run.output.contains("## Pilot") == !isRep)
        #expect(run.output.contains("## ROI") == arguments.contains("executive"))
        if isRep { #expect(run.output.contains("## Your week")) }
    }

    @Test func htmlGoesToTheFileNamed() throws {
        let out = Self.demo.directory.appendingPathComponent("executive.html")
        let run = try Exe.uptake([
            "digest", "--database", Self.demo.database, "--week", "2026-W47", "--role", "executive", "--format", "html",
            "--out", out.path,
        ])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == "Wrote the executive digest for 2026-W47 to \(out.path).\n")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && !html.contains("<style"))
    }

    @Test func badInputsAreClearErrors() throws {
        let badWeek = try Exe.uptake(["digest", "--database", Self.demo.database, "--week", "2026-47", "--role", "executive"])
        #expect(badWeek.status != 0 && badWeek.error.contains("--week: \"2026-47\" is not an ISO week like 2026-W47"))
        let noRep = try Exe.uptake(["digest", "--database", Self.demo.database, "--role", "rep"])
        #expect(noRep.status != 0 && noRep.error.contains("--role rep needs --rep ID"))
        let unknown = try Exe.uptake(["digest", "--database", Self.demo.database, "--role", "rep", "--rep", "nobody"])
        #expect(unknown.status != 0 && unknown.error.contains("no rep \"nobody\" in the database"))
        let team = try Exe.uptake(["digest", "--database", Self.demo.database, "--role", "manager", "--team", "Mars"])
        #expect(team.status != 0 && team.error.contains("no team \"Mars\"; teams are: Demo North, Demo South"))
        let hook = try Exe.uptake([
            "digest", "--database", Self.demo.database, "--role", "executive", "--webhook", "http://127.0.0.1:1/hook",
        ])
        #expect(hook.status != 0 && hook.error.contains("could not post the digest to http://127.0.0.1:1/hook"))
    }

    @Test func aSmallPulseGroupNeverReachesTheDigest() throws {
        let directory = try Exe.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = "sqlite:\(directory.path)/db.sqlite"
        let file = directory.appendingPathComponent("pulse.csv")
        try PulseCommandTests.csv.write(to: file, atomically: true, encoding: .utf8)
        #expect(try Exe.uptake(["pulse", "import", file.path, "--database", database]).status == 0)
        for role in ["executive", "manager"] {
            for format in ["markdown", "html"] {
                let run = try Exe.uptake(["digest", "--database", database, "--role", role, "--format", format])
                #expect(run.status == 0, "\(run.error)")
                // The 4 executives all answered 5; no figure of theirs may appear.
                #expect(!run.output.contains("Confidence: executive") && !run.output.contains("5.00"))
                #expect(run.output.contains("executives have fewer than 5 answers"))
                #expect(!run.output.contains("| North | 6"))
            }
        }
    }

    @Test func webhookReceivesTheDigestAsJSON() throws {
        // A one-request HTTP server in Python: prints its port, saves the body, answers 204.
        let body = Self.demo.directory.appendingPathComponent("hook.json")
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-c", """
            import http.server, sys
            class H(http.server.BaseHTTPRequestHandler):
                def do_POST(self):
                    open(sys.argv[1], "wb").write(self.rfile.read(int(self.headers["Content-Length"])))
                    self.send_response(204); self.end_headers()
                def log_message(self, *a): pass
            s = http.server.HTTPServer(("127.0.0.1", 0), H)
            print(s.server_port, flush=True)
            s.handle_request()
            """, body.path]
        let pipe = Pipe()
        server.standardOutput = pipe
        guard (try? server.run()) != nil else { return }  // no python3: nothing to test against
        defer { server.terminate() }
        let port = String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let run = try Exe.uptake([
            "digest", "--database", Self.demo.database, "--week", "2026-W47", "--role", "executive",
            "--webhook", "http://127.0.0.1:\(port)/hook", "--out", Self.demo.directory.appendingPathComponent("d.md").path,
        ])
        #expect(run.status == 0, "\(run.error)")
        server.waitUntilExit()
        let payload = try JSONSerialization.jsonObject(with: Data(contentsOf: body)) as? [String: String]
        #expect(payload?["week"] == "2026-W47" && payload?["role"] == "executive")
        #expect(payload?["text"]?.hasPrefix("# Uptake weekly digest, 2026-W47") == true)
        #expect(payload?["html"]?.hasPrefix("<!DOCTYPE html>") == true)
    }

    @Test func helpNamesTheRolesAndFormats() {
        let help = DigestCommand.helpMessage(for: DigestCommand.self, columns: 120)
        for text in ["--week <week>", "--role <role>", "--rep <id>", "--format <format>", "--out <file>", "--webhook <url>",
                     "(values: executive, manager, rep)", "(values: markdown, html; default:"] {
            #expect(help.contains(text), "\(text)")
        }
    }
}
