import Foundation
import Hummingbird
import UptakeCore
import UptakeStore

/// `GET /day[?date=YYYY-MM-DD]`: a rep's "My day" page (rep role only), and
/// `POST /day/suggestions/{id}/events`: its buttons (accept, dismiss, visited, outcome), which write a ledger
/// event and come back to the day.
struct DayController: Sendable {
    let repository: any UptakeRepository
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    /// The page's values.
    struct Content: Sendable {
        var schedule: DaySchedule
        var isEmpty: Bool
        var hasSuggestions: Bool
        var reasons: [Reason]
        var mapJSON: String
    }

    /// A dismissal reason as the form's `<select>` offers it.
    struct Reason: Sendable {
        var code: String
        var label: String
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/day", use: page)
        router.post("/day/suggestions/{id}/events", use: record)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let rep = try await viewerRep(viewer)
        let day = try DayRange(
            request.uri.queryParameters["date"].map(String.init), timeZoneIdentifier: rep.timeZone)
        let schedule = try await DaySchedule.load(
            rep: rep, day: day, repository: repository, reasons: configuration.dismissalReasons)
        let content = Content(
            schedule: schedule, isEmpty: schedule.stops.isEmpty, hasSuggestions: !schedule.suggestions.isEmpty,
            reasons: schedule.dismissalReasons.map {
                Reason(code: $0, label: $0.replacingOccurrences(of: "_", with: " ").capitalizedFirst)
            },
            mapJSON: PageRenderer.json(schedule.mapData(rep: rep, tileURL: configuration.tileURL)))
        let chrome = Navigation.chrome(
            "My day", viewer: viewer, path: "/day", vendor: configuration.vendorPath, maps: true)
        return try renderer.render("day", Page(chrome: chrome, content: content))
    }

    /// A My day button: records the event (the CSRF middleware has checked the form's token) and returns to
    /// the day the form came from, at the suggestion.
    @Sendable func record(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        _ = try await viewerRep(viewer)
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        let id = try context.parameters.require("id")
        let input = try SuggestionEventInput(form: fields)
        _ = try await SuggestionEventRecorder(repository: repository, reasons: configuration.dismissalReasons)
            .record(input, suggestion: id, viewer: viewer)
        // Only a well-formed day goes back into the Location header.
        let date = fields.trimmed("date").flatMap { try? CalendarDay(parsing: $0) }
        let anchor = "#s-" + (id.addingPercentEncoding(withAllowedCharacters: Self.fragmentSafe) ?? "")
        return Response(
            status: .seeOther, headers: [.location: "/day" + (date.map { "?date=\($0)" } ?? "") + anchor])
    }

    /// Characters kept as they are in the `#s-ID` fragment (ids are `sug-` and a UUID).
    private static let fragmentSafe = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))

    /// The rep linked to a rep account; 403 for other roles.
    private func viewerRep(_ viewer: Viewer) async throws -> Rep {
        try viewer.require([.rep])
        // The rep was read with the account (AuthenticationMiddleware); read it here only for a viewer made
        // without it.
        if let rep = viewer.rep { return rep }
        guard let repID = viewer.account.rep, let rep = try await repository.rep(repID) else {
            throw AppError.notFound("rep linked to this account")
        }
        return rep
    }
}

extension String {
    /// The text with its first letter upper-cased (`too far` → `Too far`).
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
