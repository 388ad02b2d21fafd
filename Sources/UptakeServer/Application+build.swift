import Foundation
import Hummingbird
import Logging
import UptakeStore

/// Builds the Uptake web application over a repository.
///
/// The executable calls this and then `runService()`; tests call the same function and drive the
/// result in-process with `app.test(.router)`.
///
/// - Parameters:
///   - configuration: Where to listen, where the browser libraries are, how sign-in behaves.
///   - repository: The store every controller reads and writes.
///   - logger: The application's logger.
/// - Returns: An application ready to run.
/// - Throws: When the page templates cannot be loaded.
public func buildApplication(
    configuration: ServerConfiguration,
    repository: any UptakeRepository,
    logger: Logger = Logger(label: "uptake.server")
) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(configuration: configuration, repository: repository, logger: logger)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                             serverName: "Uptake"),
        logger: logger
    )
}

/// The routes of the application, shared by ``buildApplication(configuration:repository:logger:)`` and tests.
///
/// Middleware order: request logs and metrics see everything; security headers go on every answer; the
/// viewer is identified (so that error pages know who is signed in); the error middleware maps errors to
/// JSON or pages; static files are served where no route matches; unsafe methods are checked for CSRF
/// before any route runs.
func buildRouter(
    configuration: ServerConfiguration, repository: any UptakeRepository,
    logger: Logger = Logger(label: "uptake.server")
) async throws -> Router<AppRequestContext> {
    let registry = MetricsRegistry.shared
    let renderer = try await PageRenderer.load()
    let accounts = AccountService(repository: repository, bcryptCost: configuration.bcryptCost)
    let limiter = LoginRateLimiter(
        store: repository, perUser: configuration.loginAttemptsPerUser,
        perAddress: configuration.loginAttemptsPerAddress, window: configuration.loginWindow)

    let router = Router(context: AppRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: SecurityHeadersMiddleware(tileURL: configuration.tileURL))
    router.add(middleware: AuthenticationMiddleware(repository: repository))
    router.add(middleware: ErrorPageMiddleware(renderer: renderer, vendorPath: configuration.vendorPath))
    // Files are tried when no route matched (FileMiddleware serves on the router's 404), inside the error
    // middleware so that a missing file still gets the 404 page.
    // The app's own CSS and JavaScript, and Debian's Chart.js and Leaflet (no CDN).
    if let staticRoot = Bundle.module.resourceURL?.appendingPathComponent("Static").path {
        router.add(middleware: FileMiddleware(staticRoot, urlBasePath: "/static", cacheControl: .init([(MediaType(type: .any), [.maxAge(3600)])]), logger: logger))
    }
    for library in ["chart.js", "leaflet"] {
        router.add(middleware: FileMiddleware(
            configuration.vendorDirectory + "/" + library, urlBasePath: configuration.vendorPath + "/" + library,
            cacheControl: .init([(MediaType(type: .any), [.maxAge(86_400)])]), logger: logger))
    }
    router.add(middleware: CSRFMiddleware())

    HealthController(repository: repository).addRoutes(to: router)
    MetricsController(registry: registry).addRoutes(to: router)
    LoginController(
        repository: repository, accounts: accounts, limiter: limiter, renderer: renderer, configuration: configuration
    ).addRoutes(to: router)
    DayController(repository: repository, renderer: renderer, configuration: configuration).addRoutes(to: router)
    TeamController(repository: repository, renderer: renderer, configuration: configuration).addRoutes(to: router)
    KPIController(repository: repository, renderer: renderer, configuration: configuration).addRoutes(to: router)
    AnalystController(repository: repository, renderer: renderer, configuration: configuration).addRoutes(to: router)
    AdminController(repository: repository, accounts: accounts, renderer: renderer, configuration: configuration)
        .addRoutes(to: router)
    LeadController(repository: repository, renderer: renderer, configuration: configuration).addRoutes(to: router)
    APIController(repository: repository, configuration: configuration).addRoutes(to: router)
    PlanAPIController(repository: repository, configuration: configuration).addRoutes(to: router)
    PulseController(repository: repository, renderer: renderer, configuration: configuration).addRoutes(to: router)
    PulseAPIController(repository: repository).addRoutes(to: router)
    DigestController(repository: repository).addRoutes(to: router)
    return router
}
