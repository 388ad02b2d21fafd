import ArgumentParser
import Foundation
import Hummingbird
import Logging
import UptakeServer

/// `uptake serve`: runs the web app and the JSON API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app and the JSON API."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The TCP port to listen on.")
    var port = 8080

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be within 1...65535") }
    }

    func run() async throws {
        var logger = Logger(label: "uptake")
        logger.logLevel = .info
        try await database.withRepository { repository in
            let app = buildApplication(
                configuration: ServerConfiguration(host: host, port: port),
                repository: repository,
                logger: logger
            )
            print("Uptake is running at http://\(host):\(port)/  (Ctrl-C to stop)")
            fflush(nil)  // flush all streams: the URL must show even when output goes to a file or a pipe
            try await app.runService()
        }
    }
}
