import Foundation
import HummingbirdTesting
import Testing
@testable import UptakeServer

/// `GET /metrics` answers the Prometheus text format and counts the requests served before it.
@Suite struct MetricsControllerTests {
    @Test func metricsCountRequestsInPrometheusFormat() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
                try await client.execute(uri: "/metrics", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                    #expect(response.text.contains("# TYPE http_server_request_duration histogram"))
                    #expect(response.text.contains("http_route=\"/health\""))
                }
            }
        }
    }
}
