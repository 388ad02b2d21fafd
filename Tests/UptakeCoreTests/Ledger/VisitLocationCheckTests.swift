import Testing
import UptakeCore

@Suite("VisitLocationCheck")
struct VisitLocationCheckTests {
    @Test func aVisitBeyondTheRadiusIsFlaggedAndOneWithoutGPSIsNot() throws {
        let lead = try GeoPoint(latitude: 40, longitude: -83)
        // 0.001 degree of latitude is 111.2 m on the haversine sphere (6,371.0088 km × π / 180 / 1000).
        let near = VisitLocationCheck.distanceMetres(from: try GeoPoint(latitude: 40.001, longitude: -83), to: lead)
        let far = VisitLocationCheck.distanceMetres(from: try GeoPoint(latitude: 40.005, longitude: -83), to: lead)
        #expect(abs(near - 111.195) < 0.01)
        #expect(abs(far - 555.975) < 0.01)
        let check = VisitLocationCheck()
        #expect(check.radiusMetres == 300)
        #expect(!check.isFlagged(distanceMetres: near))
        #expect(check.isFlagged(distanceMetres: far))
        #expect(!check.isFlagged(distanceMetres: nil))
        #expect(!VisitLocationCheck(radiusMetres: 600).isFlagged(distanceMetres: far))
    }
}
