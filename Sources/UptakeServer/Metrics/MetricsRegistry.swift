import CoreMetrics
import Prometheus

/// The process's one Prometheus registry, bootstrapped as the swift-metrics backend on first use.
///
/// swift-metrics allows one bootstrap per process, so this is a lazily made global: every application
/// built in the process (several in tests) shares it, and counters made through swift-metrics
/// (`Counter(label:)`, Hummingbird's `MetricsMiddleware`) land in it.
enum MetricsRegistry {
    /// The registry; reading it the first time bootstraps swift-metrics.
    static let shared: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
