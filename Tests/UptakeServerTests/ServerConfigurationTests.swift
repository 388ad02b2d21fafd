import Foundation
import HummingbirdTesting
import Testing
@testable import UptakeServer

/// Configuration from the environment, and the security headers every answer carries.
@Suite struct ServerConfigurationTests {
    @Test func theEnvironmentOverridesDefaultsAndBadValuesAreIgnored() {
        let configuration = ServerConfiguration(environment: [
            "UPTAKE_HOST": "0.0.0.0", "UPTAKE_PORT": "9090", "UPTAKE_VENDOR_PATH": "/js",
            "UPTAKE_SECURE_COOKIES": "1", "UPTAKE_SESSION_HOURS": "2", "UPTAKE_BCRYPT_COST": "40",
            "UPTAKE_TILE_URL": "https://tiles.example/{z}/{x}/{y}.png",
        ])
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 9090)
        #expect(configuration.vendorPath == "/js")
        #expect(configuration.secureCookies)
        #expect(configuration.sessionLifetime == 7200)
        #expect(configuration.bcryptCost == 12)  // 40 is out of range: the default stays
        #expect(configuration.tileURL == "https://tiles.example/{z}/{x}/{y}.png")
        let defaults = ServerConfiguration(environment: ["UPTAKE_PORT": "eighty", "UPTAKE_VENDOR_PATH": "js"])
        #expect(defaults.port == 8080 && defaults.vendorPath == "/vendor" && !defaults.secureCookies)
    }

    @Test func pagesCarryAStrictContentSecurityPolicy() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let page = try await client.execute(uri: "/login", method: .get)
                let policy = try #require(page.headers[.contentSecurityPolicy])
                #expect(policy.contains("script-src 'self'"))
                #expect(policy.contains("frame-ancestors 'none'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }

    @Test func theLibrariesAndTheAppsFilesAreServedByTheApp() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let css = try await client.execute(uri: "/static/app.css", method: .get)
                #expect(css.status == .ok)
                #expect(css.headers[.contentType]?.hasPrefix("text/css") == true)
                let missing = try await client.execute(uri: "/static/nothing.js", method: .get)
                #expect(missing.status == .notFound)
                // Debian's libjs-chart.js and libjs-leaflet (scripts/install-deps.sh installs them).
                for path in ["/vendor/chart.js/chart.min.js", "/vendor/leaflet/leaflet.js", "/vendor/leaflet/leaflet.css"] {
                    let file = try await client.execute(uri: path, method: .get)
                    #expect(file.status == .ok, "\(path)")
                }
            }
        }
    }
}
