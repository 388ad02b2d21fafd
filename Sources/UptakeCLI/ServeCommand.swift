import ArgumentParser
import Foundation
import Hummingbird
import Logging
import UptakeServer

/// `uptake serve`: runs the web app and the JSON API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app and the JSON API.",
        discussion: """
            Flags override the environment: UPTAKE_HOST, UPTAKE_PORT, UPTAKE_VENDOR_DIR, UPTAKE_VENDOR_PATH, \
            UPTAKE_TILE_URL, UPTAKE_SECURE_COOKIES, UPTAKE_SESSION_HOURS, UPTAKE_LOG_FORMAT, UPTAKE_LOG_LEVEL. \
            /health and /metrics (Prometheus) need no sign-in; create users with `uptake user add`.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The address to listen on (default: 127.0.0.1).")
    var host: String?

    @Option(help: "The TCP port to listen on (default: 8080).")
    var port: Int?

    @Option(help: ArgumentHelp(
        "Where libjs-chart.js and libjs-leaflet are installed (default: /usr/share/javascript).", valueName: "dir"))
    var vendorDir: String?

    @Option(help: ArgumentHelp("The URL path they are served under (default: /vendor).", valueName: "path"))
    var vendorPath: String?

    @Option(help: ArgumentHelp("A map tile URL template for a basemap (default: none, offline).", valueName: "url"))
    var tileURL: String?

    @Flag(help: "Mark cookies Secure: set when the app is reached over HTTPS.")
    var secureCookies = false

    @Option(help: "Log format: text or json (default: text).")
    var logFormat: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (default: info).")
    var logLevel: String?

    /// The configuration: environment first, then flags.
    func serverConfiguration(environment: [String: String]) -> ServerConfiguration {
        var configuration = ServerConfiguration(environment: environment)
        if let host { configuration.host = host }
        if let port { configuration.port = port }
        if let vendorDir { configuration.vendorDirectory = vendorDir }
        if let vendorPath { configuration.vendorPath = vendorPath }
        if let tileURL { configuration.tileURL = tileURL }
        if secureCookies { configuration.secureCookies = true }
        return configuration
    }

    func validate() throws {
        if let port, !(1...65_535).contains(port) { throw ValidationError("--port must be within 1...65535") }
        if let vendorPath, !vendorPath.hasPrefix("/") { throw ValidationError("--vendor-path must start with /") }
        if let logFormat, !["text", "json"].contains(logFormat) {
            throw ValidationError("--log-format must be text or json, not \"\(logFormat)\"")
        }
        if let logLevel, Logger.Level(rawValue: logLevel) == nil {
            throw ValidationError("--log-level \"\(logLevel)\" is not a level")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration = serverConfiguration(environment: environment)
        let level = Logger.Level(rawValue: logLevel ?? environment["UPTAKE_LOG_LEVEL"] ?? "info") ?? .info
        if (logFormat ?? environment["UPTAKE_LOG_FORMAT"]) == "json" {
            LoggingSystem.bootstrap { JSONLogHandler(label: $0, logLevel: level) }
        }
        var logger = Logger(label: "uptake")
        logger.logLevel = level
        try await database.withRepository { repository in
            let app = try await buildApplication(configuration: configuration, repository: repository, logger: logger)
            print("Uptake is running at http://\(configuration.host):\(configuration.port)/  (Ctrl-C to stop)")
            fflush(nil)  // flush all streams: the URL must show even when output goes to a file or a pipe
            try await app.runService()
        }
    }
}
