import Hummingbird
import Logging
import UptakeStore

/// Builds the Uptake web application over a repository.
///
/// The executable calls this and then `runService()`; tests call the same function and drive the
/// result in-process with `app.test(.router)`.
///
/// - Parameters:
///   - configuration: Where to listen.
///   - repository: The store every controller reads and writes.
///   - logger: The application's logger.
/// - Returns: An application ready to run.
public func buildApplication(
    configuration: ServerConfiguration,
    repository: any UptakeRepository,
    logger: Logger = Logger(label: "uptake.server")
) -> some ApplicationProtocol {
    let router = buildRouter(repository: repository)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                             serverName: "Uptake"),
        logger: logger
    )
}

/// The routes of the application, shared by ``buildApplication(configuration:repository:logger:)`` and tests.
func buildRouter(repository: any UptakeRepository) -> Router<BasicRequestContext> {
    let router = Router()
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.addRoutes(HealthController(repository: repository).endpoints, atPath: "/health")
    return router
}
