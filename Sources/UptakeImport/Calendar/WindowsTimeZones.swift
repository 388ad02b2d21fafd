import Foundation

/// Windows time zone names, as Outlook writes them in `TZID`, mapped to IANA zones.
///
/// The common zones of CLDR's `windowsZones.xml` (territory "001", the zone each Windows name means by
/// default), plus Outlook's display form `(UTC-05:00) Eastern Time (US & Canada)` for the US and
/// European zones.
enum WindowsTimeZones {
    static let ianaByWindowsName: [String: String] = [
        "Dateline Standard Time": "Etc/GMT+12",
        "UTC-11": "Etc/GMT+11",
        "Hawaiian Standard Time": "Pacific/Honolulu",
        "Alaskan Standard Time": "America/Anchorage",
        "Pacific Standard Time": "America/Los_Angeles",
        "Pacific Standard Time (Mexico)": "America/Tijuana",
        "US Mountain Standard Time": "America/Phoenix",
        "Mountain Standard Time": "America/Denver",
        "Central America Standard Time": "America/Guatemala",
        "Central Standard Time": "America/Chicago",
        "Central Standard Time (Mexico)": "America/Mexico_City",
        "Canada Central Standard Time": "America/Regina",
        "SA Pacific Standard Time": "America/Bogota",
        "Eastern Standard Time": "America/New_York",
        "US Eastern Standard Time": "America/Indiana/Indianapolis",
        "Atlantic Standard Time": "America/Halifax",
        "Newfoundland Standard Time": "America/St_Johns",
        "E. South America Standard Time": "America/Sao_Paulo",
        "Argentina Standard Time": "America/Argentina/Buenos_Aires",
        "UTC": "Etc/UTC",
        "GMT Standard Time": "Europe/London",
        "Greenwich Standard Time": "Atlantic/Reykjavik",
        "W. Europe Standard Time": "Europe/Berlin",
        "Central Europe Standard Time": "Europe/Budapest",
        "Romance Standard Time": "Europe/Paris",
        "Central European Standard Time": "Europe/Warsaw",
        "W. Central Africa Standard Time": "Africa/Lagos",
        "GTB Standard Time": "Europe/Bucharest",
        "FLE Standard Time": "Europe/Kiev",
        "E. Europe Standard Time": "Europe/Chisinau",
        "Israel Standard Time": "Asia/Jerusalem",
        "Egypt Standard Time": "Africa/Cairo",
        "South Africa Standard Time": "Africa/Johannesburg",
        "Turkey Standard Time": "Europe/Istanbul",
        "Russian Standard Time": "Europe/Moscow",
        "Arabian Standard Time": "Asia/Dubai",
        "India Standard Time": "Asia/Kolkata",
        "China Standard Time": "Asia/Shanghai",
        "Singapore Standard Time": "Asia/Singapore",
        "Tokyo Standard Time": "Asia/Tokyo",
        "Korea Standard Time": "Asia/Seoul",
        "W. Australia Standard Time": "Australia/Perth",
        "Cen. Australia Standard Time": "Australia/Adelaide",
        "E. Australia Standard Time": "Australia/Brisbane",
        "AUS Eastern Standard Time": "Australia/Sydney",
        "New Zealand Standard Time": "Pacific/Auckland",
    ]

    /// Outlook's display names, after the `(UTC±hh:mm) ` prefix.
    static let ianaByDisplayName: [String: String] = [
        "Eastern Time (US & Canada)": "America/New_York",
        "Central Time (US & Canada)": "America/Chicago",
        "Mountain Time (US & Canada)": "America/Denver",
        "Pacific Time (US & Canada)": "America/Los_Angeles",
        "Arizona": "America/Phoenix",
        "Alaska": "America/Anchorage",
        "Hawaii": "Pacific/Honolulu",
        "Dublin, Edinburgh, Lisbon, London": "Europe/London",
        "Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": "Europe/Berlin",
        "Brussels, Copenhagen, Madrid, Paris": "Europe/Paris",
        "Coordinated Universal Time": "Etc/UTC",
    ]

    /// The zone a calendar's `TZID` names: an IANA id, a Windows name, or Outlook's display name.
    ///
    /// - Parameter tzid: The parameter's value, quotes removed.
    /// - Returns: The zone, or nil when the name is not known.
    static func zone(for tzid: String) -> TimeZone? {
        var name = tzid.trimmingCharacters(in: .whitespaces)
        // Some exporters prefix a path-like marker ("/mozilla.org/20050126_1/America/New_York").
        if name.hasPrefix("/"), let range = name.range(of: #"[A-Z][A-Za-z_]+/[A-Za-z_/+-]+$"#, options: .regularExpression) {
            name = String(name[range])
        }
        if let iana = ianaByWindowsName[name] { return TimeZone(identifier: iana) }
        if name.hasPrefix("("), let close = name.firstIndex(of: ")") {
            let display = name[name.index(after: close)...].trimmingCharacters(in: .whitespaces)
            if let iana = ianaByDisplayName[display] { return TimeZone(identifier: iana) }
        }
        if name.contains("/") || name == "UTC" || name == "GMT", let zone = TimeZone(identifier: name) { return zone }
        return nil
    }
}
