import Testing
import UptakeCore
@testable import UptakeDemo

@Suite("Ohio outline")
struct OhioBoundaryTests {
    @Test("every GeoNames town is inside the outline and its bounding box")
    func towns() throws {
        for place in try OhioPlace.bundled() {
            #expect(OhioBoundary.contains(latitude: place.location.latitude, longitude: place.location.longitude),
                    "\(place.name) is outside the outline")
            #expect(OhioBoundary.latitudes.contains(place.location.latitude))
            #expect(OhioBoundary.longitudes.contains(place.location.longitude))
        }
    }

    @Test("Lake Erie, Kentucky, West Virginia and Indiana are outside",
          arguments: [(41.80, -81.90), (41.60, -82.50), (38.999, -84.627), (38.8445, -82.137), (40.0, -85.0)])
    func outside(latitude: Double, longitude: Double) {
        #expect(!OhioBoundary.contains(latitude: latitude, longitude: longitude))
    }
}
