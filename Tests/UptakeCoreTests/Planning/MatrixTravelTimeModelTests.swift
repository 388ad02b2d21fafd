import Testing
import UptakeCore

@Suite("Matrix travel times: precomputed road times plus overhead")
struct MatrixTravelTimeModelTests {
    static let a = GeoPoint(uncheckedLatitude: 40, longitude: -83)
    static let b = GeoPoint(uncheckedLatitude: 40.1, longitude: -83)
    static let c = GeoPoint(uncheckedLatitude: 40.2, longitude: -83)

    @Test func readsBlocksRowMajorAndAddsTheOverhead() throws {
        var travel = try MatrixTravelTimeModel(overheadMinutes: 5)
        travel.add(origins: [Self.a, Self.b], destinations: [Self.b, Self.c], minutes: [10, 20, 0, 7])
        #expect(travel.minutes(from: Self.a, to: Self.b) == 15)
        #expect(travel.minutes(from: Self.a, to: Self.c) == 25)
        #expect(travel.minutes(from: Self.b, to: Self.c) == 12)
        #expect(travel.minutes(from: Self.b, to: Self.b) == 0)
        #expect(travel.pairCount == 4)
        #expect(travel.matrix(from: [Self.a], to: [Self.b, Self.c]) == [15, 25])
    }

    @Test func unknownPairsAreUnreachableUnlessAFallbackIsGiven() throws {
        var strict = try MatrixTravelTimeModel()
        strict.add(origins: [Self.a], destinations: [Self.b], minutes: [10])
        #expect(strict.minutes(from: Self.b, to: Self.a) == .infinity)
        let fallback = try GreatCircleTravelTimeModel()
        var lenient = try MatrixTravelTimeModel(fallback: fallback)
        lenient.add(origins: [Self.a], destinations: [Self.b], minutes: [10])
        #expect(lenient.minutes(from: Self.b, to: Self.a) == fallback.minutes(from: Self.b, to: Self.a))
    }

    @Test func aNegativeOverheadIsRefused() {
        #expect(throws: PlanningError.self) { try MatrixTravelTimeModel(overheadMinutes: -1) }
    }
}
