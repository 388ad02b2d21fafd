import Hummingbird
import NIOCore

/// The request context of every route: the signed-in identity, set by ``AuthenticationMiddleware``.
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    /// Hummingbird's own per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The client's address, for rate limiting sign-ins (nil in in-process tests).
    public let remoteAddress: SocketAddress?
    /// Who is signed in, or nil.
    public var viewer: Viewer?

    /// Makes the context for a request.
    ///
    /// - Parameter source: Where the request came from.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        viewer = nil
    }

    /// The client's IP address as text, or `unknown`.
    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }

    /// The signed-in identity, or a 401 error.
    ///
    /// - Returns: The viewer.
    /// - Throws: ``AppError`` `.unauthenticated`.
    func requireViewer() throws -> Viewer {
        guard let viewer else { throw AppError.unauthenticated }
        return viewer
    }
}
