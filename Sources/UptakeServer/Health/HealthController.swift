import Hummingbird
import UptakeCore
import UptakeStore

/// `GET /health`: is the server up, which version is it, and which database does it use.
struct HealthController: Sendable {
    let repository: any UptakeRepository

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/health", use: health)
    }

    @Sendable func health(_ request: Request, context: AppRequestContext) async throws -> HealthStatus {
        HealthStatus(status: "ok", version: Uptake.version, database: repository.kind.rawValue)
    }
}

/// The body of `GET /health`.
struct HealthStatus: ResponseEncodable, Decodable, Equatable {
    var status: String
    var version: String
    var database: String
}
