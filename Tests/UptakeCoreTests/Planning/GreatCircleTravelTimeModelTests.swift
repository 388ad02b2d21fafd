import Testing
import UptakeCore

@Suite("Great-circle travel-time model")
struct GreatCircleTravelTimeModelTests {
    let columbus = GeoPoint(uncheckedLatitude: 39.9612, longitude: -82.9988)
    let cleveland = GeoPoint(uncheckedLatitude: 41.4993, longitude: -81.6944)

    @Test("distance × 1.3 ÷ 50 km/h + 5 minutes by default; zero to the same place")
    func defaults() throws {
        let model = try GreatCircleTravelTimeModel()
        let kilometres = columbus.distanceKilometres(to: cleveland)
        #expect(abs(kilometres - 203.0) < 2)  // Columbus–Cleveland great-circle distance is about 203 km
        #expect(abs(model.minutes(from: columbus, to: cleveland) - (kilometres * 1.3 / 50 * 60 + 5)) < 1e-9)
        #expect(model.minutes(from: columbus, to: columbus) == 0)
    }

    @Test("every parameter is configurable and the matrix is row-major")
    func configurable() throws {
        let model = try GreatCircleTravelTimeModel(circuityFactor: 1, speedKilometresPerHour: 60, overheadMinutes: 0)
        let kilometres = columbus.distanceKilometres(to: cleveland)
        #expect(abs(model.minutes(from: columbus, to: cleveland) - kilometres) < 1e-9)
        let matrix = model.matrix(from: [columbus, cleveland], to: [cleveland])
        #expect(matrix.count == 2)
        #expect(matrix[1] == 0 && abs(matrix[0] - kilometres) < 1e-9)
    }

    @Test("rejects a speed of zero and a circuity factor below 1")
    func rejects() {
        #expect(throws: PlanningError.self) { try GreatCircleTravelTimeModel(speedKilometresPerHour: 0) }
        #expect(throws: PlanningError.self) { try GreatCircleTravelTimeModel(circuityFactor: 0.9) }
    }
}
