import Hummingbird
import Prometheus

/// `GET /metrics`: every metric in the Prometheus text exposition format (version 0.0.4).
///
/// Unauthenticated, like `/health`, for a scraper on the same network; bind to loopback or put it behind
/// the proxy's access rules when exposing the app.
struct MetricsController: Sendable {
    let registry: PrometheusCollectorRegistry

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/metrics", use: metrics)
    }

    @Sendable func metrics(_ request: Request, context: AppRequestContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }
}
