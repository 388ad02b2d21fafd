import Mustache

// The values My day renders name their children for the templates (`MustacheParent`) instead of leaving
// swift-mustache to find them with `Mirror`: a form inside a suggested stop looks up `chrome.csrf` through
// every enclosing value, and reflecting each of them per lookup made the page several times slower to render
// (bench/server). A name not listed here is simply absent to the template, as a missing property would be.

extension Page: MustacheParent {
    /// The template's view of the page.
    ///
    /// - Parameter name: A property name.
    /// - Returns: Its value, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "content": content
        default: nil
        }
    }
}

extension PageChrome: MustacheParent {
    /// The template's view of the chrome.
    ///
    /// - Parameter name: A property name.
    /// - Returns: Its value, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "userName": userName
        case "role": role
        case "nav": nav
        case "csrf": csrf
        case "vendor": vendor
        case "charts": charts
        case "maps": maps
        default: nil
        }
    }
}

extension PageChrome.Link: MustacheParent {
    /// The template's view of a navigation link.
    ///
    /// - Parameter name: A property name.
    /// - Returns: Its value, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "label": label
        case "current": current
        default: nil
        }
    }
}

extension DayController.Content: MustacheParent {
    /// The template's view of My day.
    ///
    /// - Parameter name: A property name.
    /// - Returns: Its value, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "schedule": schedule
        case "isEmpty": isEmpty
        case "hasSuggestions": hasSuggestions
        case "reasons": reasons
        case "mapJSON": mapJSON
        default: nil
        }
    }
}

extension DayController.Reason: MustacheParent {
    /// The template's view of a dismissal reason.
    ///
    /// - Parameter name: A property name.
    /// - Returns: Its value, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "code": code
        case "label": label
        default: nil
        }
    }
}

extension DaySchedule: MustacheParent {
    /// The template's view of the day.
    ///
    /// - Parameter name: A property name.
    /// - Returns: Its value, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "rep": rep
        case "date": date
        case "previousDate": previousDate
        case "nextDate": nextDate
        case "planned": planned
        case "planID": planID
        case "planSummary": planSummary
        case "stops": stops
        case "suggestions": suggestions
        case "dismissalReasons": dismissalReasons
        default: nil
        }
    }
}

extension DaySchedule.Stop: MustacheParent {
    /// The template's view of a stop.
    ///
    /// - Parameter name: A property name.
    /// - Returns: Its value, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "kind": kind
        case "title": title
        case "arrival": arrival
        case "start": start
        case "end": end
        case "lead": lead
        case "leadName": leadName
        case "latitude": latitude
        case "longitude": longitude
        case "suggested": suggested
        case "suggestion": suggestion
        default: nil
        }
    }
}

extension SuggestionCard: MustacheParent {
    /// The template's view of a suggestion.
    ///
    /// - Parameter name: A property name.
    /// - Returns: Its value, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "lead": lead
        case "leadName": leadName
        case "arrival": arrival
        case "text": text
        case "reasons": reasons
        case "addedMinutes": addedMinutes
        case "probability": probability
        case "shown": shown
        case "status": status
        case "dismissalReason": dismissalReason
        case "visitedAt": visitedAt
        case "convertedValue": convertedValue
        case "canAccept": canAccept
        case "canDismiss": canDismiss
        case "canVisit": canVisit
        case "canConvert": canConvert
        default: nil
        }
    }
}

extension RepSummary: MustacheParent {
    /// The template's view of a rep.
    ///
    /// - Parameter name: A property name.
    /// - Returns: Its value, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name  // `name` alone is the parameter
        case "email": email
        case "team": team
        case "timeZone": timeZone
        case "shiftStart": shiftStart
        case "shiftEnd": shiftEnd
        default: nil
        }
    }
}
