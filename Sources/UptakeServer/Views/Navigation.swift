import UptakeStore

/// Where each role lands after signing in, and the links it sees.
enum Navigation {
    /// The home page of a role.
    ///
    /// - Parameter role: The role.
    /// - Returns: The path.
    static func home(for role: UserRole) -> String {
        switch role {
        case .rep: "/day"
        case .manager: "/team"
        case .executive: "/kpis"
        case .analyst: "/analyst"
        case .admin: "/admin"
        }
    }

    /// The navigation links of a viewer (none when signed out).
    ///
    /// - Parameters:
    ///   - viewer: Who is signed in, or nil.
    ///   - current: The current page's path, marked in the list.
    /// - Returns: The links.
    static func links(for viewer: Viewer?, current: String) -> [PageChrome.Link] {
        guard let viewer else { return [] }
        var pages: [(String, String)] = []
        switch viewer.role {
        case .rep: pages = [("/day", "My day")]
        case .manager: pages = [("/team", "Team")]
        case .executive: pages = []
        case .analyst: pages = [("/analyst", "Analyst")]
        case .admin: pages = [("/admin", "Admin")]
        }
        pages.append(("/kpis", "Shared KPIs"))
        return pages.map { PageChrome.Link(href: $0.0, label: $0.1, current: $0.0 == current) }
    }

    /// The chrome of a signed-in page.
    ///
    /// - Parameters:
    ///   - title: The page title.
    ///   - viewer: Who is signed in.
    ///   - path: The page's path.
    ///   - vendor: Where the browser libraries are served.
    ///   - charts: Whether the page loads Chart.js.
    ///   - maps: Whether the page loads Leaflet.
    /// - Returns: The chrome.
    static func chrome(
        _ title: String, viewer: Viewer, path: String, vendor: String, charts: Bool = false, maps: Bool = false
    ) -> PageChrome {
        PageChrome(
            title: title, userName: viewer.account.name, role: viewer.role.rawValue,
            nav: links(for: viewer, current: path), csrf: viewer.csrfToken, vendor: vendor, charts: charts, maps: maps)
    }
}
