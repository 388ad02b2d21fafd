import Foundation
import Hummingbird
import UptakeCore
import UptakeReports
import UptakeStore

/// The day plans, the suggestion ledger, the model registry and the pilots under `/api/v1`: what My day shows,
/// the events its buttons write, and what the analyst page shows.
///
/// Scoped like every route (``AccessScope``): a plan or suggestion outside the viewer's scope answers 404.
struct PlanAPIController: Sendable {
    let repository: any UptakeRepository
    let configuration: ServerConfiguration

    func addRoutes(to router: Router<AppRequestContext>) {
        let api = router.group("/api/v1")
        api.get("/plans/today", use: today)
        api.get("/plans/{rep}/{date}", use: plan)
        api.post("/suggestions/{id}/events", use: record)
        api.get("/models", use: models)
        api.get("/pilots", use: pilots)
    }

    /// The pilots (design, balance); the answer adds `analysis`, the latest started pilot's analysis as
    /// `uptake pilot analyze NAME --json` prints it (``pilots(_:context:)``).
    struct PilotList: Codable, Sendable {
        var items: [AnalystSummary.Pilot]
        /// Why there is no analysis, when there is none.
        var pilotNote: String?
    }

    /// The model registry, newest first (analysts).
    @Sendable func models(_ request: Request, context: AppRequestContext) async throws
        -> JSONBody<ListPage<AnalystSummary.Model>>
    {
        try context.requireViewer().require([.analyst])
        return JSONBody(ListPage(items: try await AnalystSummary.load(repository: repository, now: Date()).models,
                                 next: nil))
    }

    /// The pilots, latest first, with the latest started pilot's analysis (analysts): `analysis` is
    /// ``UptakeReports/PilotStoreAnalysis/json()``, the object `uptake pilot analyze NAME --json` prints, so that
    /// the API's figures are the CLI's, digit for digit.
    @Sendable func pilots(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireViewer().require([.analyst])
        let (analysis, note) = try await PilotResult.analyzeLatest(repository: repository, now: Date())
        let list = PilotList(items: try await AnalystSummary.pilots(repository: repository), pilotNote: note)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var text = String(decoding: try encoder.encode(list), as: UTF8.self)
        if let analysis {
            // The CLI's text goes in verbatim, first of the sorted keys: parsing it and writing it again could
            // change a number's last digit (Foundation's JSON parser does not always read doubles back exactly).
            text = #"{"analysis":"# + (try analysis.json()) + "," + text.dropFirst()
        }
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Today's stored plans (each rep's today in their time zone) of the reps in scope, by rep; a rep gets
    /// their own, when planned.
    @Sendable func today(_ request: Request, context: AppRequestContext) async throws
        -> JSONBody<ListPage<DaySchedule>>
    {
        let viewer = try context.requireViewer()
        let scope = try await AccessScope.of(viewer, repository: repository)
        let reps: [Rep]
        if case .reps(let ids) = scope, ids.count == 1, let id = ids.first {
            // A rep's own day (the common call): no list of everyone's plans, and the rep was read with the
            // account (AuthenticationMiddleware).
            if let rep = viewer.rep, rep.id == id {
                reps = [rep]
            } else {
                reps = try await repository.rep(id).map { [$0] } ?? []
            }
        } else {
            reps = try await repository.reps().filter { scope.contains($0.id) }
        }
        // Which reps have a plan today, read once per distinct day (reps' time zones may differ), so that
        // unplanned reps cost no schedule load; skipped for a single rep, whose schedule says it.
        var planned: [String: Set<RepID>] = [:]
        var items: [DaySchedule] = []
        for rep in reps {
            let day = try DayRange(nil, timeZoneIdentifier: rep.timeZone)
            if reps.count > 1 {
                if planned[day.label] == nil {
                    let calendarDay = try CalendarDay(parsing: day.label)
                    planned[day.label] = Set(try await repository.plans(day: calendarDay).map(\.rep))
                }
                guard planned[day.label]?.contains(rep.id) == true else { continue }
            }
            let schedule = try await schedule(rep: rep, day: day, viewer: viewer)
            if schedule.planned { items.append(schedule) }
        }
        return JSONBody(ListPage(items: items, next: nil))
    }

    /// One rep's stored plan for a day; 404 when the rep is out of scope or the day has no plan.
    @Sendable func plan(_ request: Request, context: AppRequestContext) async throws -> JSONBody<DaySchedule> {
        let viewer = try context.requireViewer()
        let scope = try await AccessScope.of(viewer, repository: repository)
        let id = RepID(try context.parameters.require("rep"))
        guard scope.contains(id), let rep = try await repository.rep(id) else { throw AppError.notFound("rep \(id)") }
        let day = try DayRange(try context.parameters.require("date"), timeZoneIdentifier: rep.timeZone)
        let schedule = try await schedule(rep: rep, day: day, viewer: viewer)
        guard schedule.planned else { throw AppError.notFound("plan for \(id) on \(day.label)") }
        return JSONBody(schedule)
    }

    /// The events written, as the API answers them.
    struct RecordedEvent: Codable, Sendable, Equatable {
        var id: String
        var suggestion: String
        var kind: String
        var time: Date
        var reason: String?
        var note: String?
        var value: Double?
        var distanceMetres: Double?

        init(_ event: LedgerEvent) {
            id = event.id
            suggestion = event.suggestion
            kind = event.kind.rawValue
            time = event.time
            reason = event.reason
            note = event.note
            value = event.value
            distanceMetres = event.distanceMetres
        }
    }

    /// Records an event on one of the viewer's suggestions (reps only); answers 201 with the events written.
    @Sendable func record(_ request: Request, context: AppRequestContext) async throws
        -> JSONBody<ListPage<RecordedEvent>>
    {
        let viewer = try context.requireViewer()
        try viewer.require([.rep])
        let id = try context.parameters.require("id")
        let input: SuggestionEventInput
        do {
            input = try await request.decode(as: SuggestionEventInput.self, context: context)
        } catch {
            throw AppError.badRequest("the body must be JSON: {\"kind\": ..., \"reason\", \"note\", \"value\", "
                + "\"latitude\", \"longitude\"}")
        }
        let events = try await SuggestionEventRecorder(
            repository: repository, reasons: configuration.dismissalReasons
        ).record(input, suggestion: id, viewer: viewer)
        return JSONBody(ListPage(items: events.map(RecordedEvent.init), next: nil), status: .created)
    }

    private func schedule(rep: Rep, day: DayRange, viewer: Viewer) async throws -> DaySchedule {
        try await DaySchedule.load(
            rep: rep, day: day, repository: repository, includeHidden: viewer.seesHiddenSuggestions,
            reasons: configuration.dismissalReasons)
    }
}
