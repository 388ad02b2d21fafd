import ArgumentParser
import Foundation
import UptakeCore
import UptakeReports
import UptakeStore

/// `uptake digest`: the weekly digest for a role, as Markdown or inline-styled HTML.
struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Write the weekly digest for an executive, a manager or a rep.",
        discussion: """
            What changed this week against last, adoption, dismissal reasons, pilot status with its \
            interval and sample-ratio check, the ROI update, model health and the readiness pulse, \
            tailored to the role (a rep's digest covers only their own week). Every figure comes from \
            Uptake's KPI definitions. Parts not yet measured are said to be so.
            """
    )

    /// The digest's formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
    }

    /// The roles a digest is written for.
    enum Role: String, ExpressibleByArgument, CaseIterable {
        case executive, manager, rep
    }

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(
        "The ISO week, e.g. 2026-W47 (default: last week, the most recent complete one).", valueName: "week"))
    var week: String?

    @Option(help: "Who the digest is for: executive, manager or rep.")
    var role: Role

    @Option(help: ArgumentHelp("The rep (required with --role rep).", valueName: "id"))
    var rep: String?

    @Option(help: ArgumentHelp("The manager's team (default: every team).", valueName: "name"))
    var team: String?

    @Option(help: "markdown or html.")
    var format: Format = .markdown

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp(
        "Also POST the digest as JSON ({\"text\", \"html\", \"week\", \"role\", \"audience\"}) to this URL.",
        valueName: "url"))
    var webhook: String?

    @Option(help: ArgumentHelp("The pulse survey to report (default: the most recent).", valueName: "id"))
    var survey: String?

    func validate() throws {
        if let week { _ = try Self.parseWeek(week) }
        if role == .rep, rep == nil { throw ValidationError("--role rep needs --rep ID") }
        if role != .rep, rep != nil { throw ValidationError("--rep is only for --role rep") }
        if role != .manager, team != nil { throw ValidationError("--team is only for --role manager") }
        if let webhook { _ = try Self.webhookURL(webhook) }
    }

    func run() async throws {
        let week = try self.week.map(Self.parseWeek) ?? ISOWeek(containing: Date()).previous
        // The "simulated" notice follows the demo's mark on the audience's leads, as on the web page.
        let loader = DigestInputLoader(pulseSurvey: survey)
        let role = role, repID = rep, team = team
        let input = try await database.withRepository { repository in
            let digestRole: DigestRole
            switch role {
            case .executive: digestRole = .executive
            case .manager: digestRole = .manager(team: team)
            case .rep:
                let id = repID ?? ""
                guard let found = try await repository.rep(RepID(id)) else {
                    throw ValidationError("no rep \"\(id)\" in the database")
                }
                digestRole = .rep(id: id, name: found.name)
            }
            var input: DigestInput
            do {
                input = try await loader.load(week: week, role: digestRole, repository: repository)
            } catch let error as ReportError {
                throw ValidationError(error.message)
            }
            if !input.isSimulated {
                input.isSimulated = try await SimulatedLeadMark().isPresent(for: digestRole, in: repository)
            }
            return input
        }
        let digest = Digest(input)
        let markdown = DigestRenderer.markdown(digest)
        let html = DigestRenderer.html(digest)
        let text = format == .html ? html : markdown
        if let out {
            do {
                try text.write(toFile: out, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationError("cannot write \(out): \(error.localizedDescription)")
            }
            print("Wrote the \(role.rawValue) digest for \(week) to \(out).")
        } else {
            print(text, terminator: "")
        }
        if let webhook {
            try await DigestWebhook.post(
                digest: digest, markdown: markdown, html: html, to: try Self.webhookURL(webhook))
        }
    }

    static func parseWeek(_ text: String) throws -> ISOWeek {
        do {
            return try ISOWeek(parsing: text)
        } catch let error as DigestError {
            throw ValidationError("--week: \(error.message)")
        }
    }

    static func webhookURL(_ text: String) throws -> URL {
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
              url.host != nil
        else { throw ValidationError("--webhook \"\(text)\" is not an http(s) URL") }
        return url
    }
}
