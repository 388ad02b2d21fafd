/// How the HTTP server is set up: where it listens.
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback by default so nothing is exposed by accident.
    public var host: String
    /// The TCP port.
    public var port: Int

    /// Makes a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
    }
}
