import Foundation
import UptakeCore

/// How the HTTP server is set up: where it listens, where the browser libraries are, how sign-in behaves.
///
/// Built from the environment with ``init(environment:)`` and then overridden by command-line flags.
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback by default so nothing is exposed by accident.
    public var host: String
    /// The TCP port.
    public var port: Int
    /// Where Debian's `libjs-chart.js` and `libjs-leaflet` put their files (`chart.js/`, `leaflet/` inside).
    public var vendorDirectory: String
    /// The URL path under which those files are served, e.g. `/vendor`.
    public var vendorPath: String
    /// A tile URL template (`https://tile.example/{z}/{x}/{y}.png`) for a map basemap, or nil for points and
    /// lines only (works offline).
    public var tileURL: String?
    /// Marks cookies `Secure`: set it when the app is reached over TLS (directly or through a proxy).
    public var secureCookies: Bool
    /// How long a browser session lasts.
    public var sessionLifetime: TimeInterval
    /// The bcrypt cost (log2 rounds) for new password hashes; 12 in production, 4 in tests.
    public var bcryptCost: UInt8
    /// Failed sign-ins allowed per user name, and per client address, within ``loginWindow``.
    public var loginAttemptsPerUser: Int
    /// Failed sign-ins allowed per client address within ``loginWindow``.
    public var loginAttemptsPerAddress: Int
    /// The window over which failed sign-ins are counted.
    public var loginWindow: TimeInterval
    /// The dismissal reasons a rep picks from on My day (`UPTAKE_DISMISSAL_REASONS`, comma-separated; the
    /// reason `other` requires free text), the same list `uptake events import --reasons` accepts.
    public var dismissalReasons: DismissalReasons = .standard

    /// Makes a configuration.
    ///
    /// - Parameters:
    ///   - host: The address to bind.
    ///   - port: The TCP port.
    ///   - vendorDirectory: Where Debian's JavaScript libraries are installed.
    ///   - vendorPath: The URL path they are served under.
    ///   - tileURL: A basemap tile URL template, or nil.
    ///   - secureCookies: Whether cookies are marked `Secure`.
    ///   - sessionLifetime: How long a session lasts, in seconds.
    ///   - bcryptCost: The bcrypt cost for new hashes.
    ///   - loginAttemptsPerUser: Failed sign-ins allowed per user name within the window.
    ///   - loginAttemptsPerAddress: Failed sign-ins allowed per client address within the window.
    ///   - loginWindow: The window, in seconds.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, vendorDirectory: String = "/usr/share/javascript",
        vendorPath: String = "/vendor", tileURL: String? = nil, secureCookies: Bool = false,
        sessionLifetime: TimeInterval = 12 * 3600, bcryptCost: UInt8 = 12, loginAttemptsPerUser: Int = 5,
        loginAttemptsPerAddress: Int = 20, loginWindow: TimeInterval = 15 * 60
    ) {
        self.host = host
        self.port = port
        self.vendorDirectory = vendorDirectory
        self.vendorPath = vendorPath
        self.tileURL = tileURL
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.bcryptCost = bcryptCost
        self.loginAttemptsPerUser = loginAttemptsPerUser
        self.loginAttemptsPerAddress = loginAttemptsPerAddress
        self.loginWindow = loginWindow
    }

    /// The environment variables read by ``init(environment:)``, with what each sets.
    public static let environmentVariables: [(name: String, meaning: String)] = [
        ("UPTAKE_HOST", "the address to listen on"),
        ("UPTAKE_PORT", "the TCP port"),
        ("UPTAKE_VENDOR_DIR", "where libjs-chart.js and libjs-leaflet are installed"),
        ("UPTAKE_VENDOR_PATH", "the URL path they are served under"),
        ("UPTAKE_TILE_URL", "a map tile URL template for a basemap"),
        ("UPTAKE_SECURE_COOKIES", "1 to mark cookies Secure (served over TLS)"),
        ("UPTAKE_SESSION_HOURS", "how long a browser session lasts"),
        ("UPTAKE_BCRYPT_COST", "the bcrypt cost of new password hashes (default 12)"),
        ("UPTAKE_DISMISSAL_REASONS", "the dismissal reasons reps pick from, comma-separated"),
    ]

    /// Reads the configuration from environment variables (see ``environmentVariables``); unset or
    /// unreadable values keep their defaults.
    ///
    /// - Parameter environment: The environment, e.g. `ProcessInfo.processInfo.environment`.
    public init(environment: [String: String]) {
        self.init()
        if let host = environment["UPTAKE_HOST"], !host.isEmpty { self.host = host }
        if let port = environment["UPTAKE_PORT"].flatMap(Int.init) { self.port = port }
        if let directory = environment["UPTAKE_VENDOR_DIR"], !directory.isEmpty { vendorDirectory = directory }
        if let path = environment["UPTAKE_VENDOR_PATH"], path.hasPrefix("/") { vendorPath = path }
        if let tiles = environment["UPTAKE_TILE_URL"], !tiles.isEmpty { tileURL = tiles }
        if let secure = environment["UPTAKE_SECURE_COOKIES"] { secureCookies = ["1", "true", "yes"].contains(secure) }
        if let hours = environment["UPTAKE_SESSION_HOURS"].flatMap(Double.init), hours > 0 {
            sessionLifetime = hours * 3600
        }
        if let cost = environment["UPTAKE_BCRYPT_COST"].flatMap(UInt8.init), (4...31).contains(cost) { bcryptCost = cost }
        if let list = environment["UPTAKE_DISMISSAL_REASONS"], !list.isEmpty {
            let codes = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            // An invalid list keeps the standard one (this initializer cannot fail); My day shows the list in force.
            if let reasons = try? DismissalReasons(
                codes: codes, codesRequiringNote: codes.contains("other") ? ["other"] : [])
            {
                dismissalReasons = reasons
            }
        }
    }
}
