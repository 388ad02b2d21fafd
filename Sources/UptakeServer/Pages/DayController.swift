import Foundation
import Hummingbird
import UptakeCore
import UptakeStore

/// `GET /day[?date=YYYY-MM-DD]`: a rep's "My day" page (rep role only).
struct DayController: Sendable {
    let repository: any UptakeRepository
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    /// The page's values.
    struct Content: Sendable {
        var schedule: DaySchedule
        var isEmpty: Bool
        var mapJSON: String
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/day", use: page)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try viewer.require([.rep])
        guard let repID = viewer.account.rep, let rep = try await repository.rep(repID) else {
            throw AppError.notFound("rep linked to this account")
        }
        let day = try DayRange(
            request.uri.queryParameters["date"].map(String.init), timeZoneIdentifier: rep.timeZone)
        let schedule = try await DaySchedule.load(rep: rep, day: day, repository: repository)
        let content = Content(
            schedule: schedule, isEmpty: schedule.stops.isEmpty,
            mapJSON: PageRenderer.json(schedule.mapData(rep: rep, tileURL: configuration.tileURL)))
        let chrome = Navigation.chrome(
            "My day", viewer: viewer, path: "/day", vendor: configuration.vendorPath, maps: true)
        return try renderer.render("day", Page(chrome: chrome, content: content))
    }
}
