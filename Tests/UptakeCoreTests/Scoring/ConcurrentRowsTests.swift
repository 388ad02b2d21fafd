import Testing
import UptakeCore

@Suite("ConcurrentRows: per-row work on several threads, results in row order")
struct ConcurrentRowsTests {
    @Test("chunks cover the rows once, in order, one per thread when there are enough rows", arguments: [1, 2, 3, 7])
    func chunksCoverTheRows(threads: Int) {
        for count in [0, 1, 511, 1_024, 1_535, 10_001] {
            let ranges = ConcurrentRows.chunks(count: count, threads: threads) { $0 }
            #expect(ranges.flatMap { Array($0) } == Array(0..<count))
            let expected = max(1, min(threads, count / ConcurrentRows.minimumRowsPerThread))
            #expect(ranges.count == expected, "\(count) rows on \(threads) threads")
        }
    }

    @Test("map gives what a serial map gives, whatever the thread count", arguments: [0, 1, 2, 5])
    func mapMatchesSerial(threads: Int) {
        let count = 4_099
        let serial = (0..<count).map { $0 &* 2_654_435_761 % 1_000 }
        let mapped = ConcurrentRows.map(count: count, threads: threads) { rows in
            rows.map { $0 &* 2_654_435_761 % 1_000 }
        }
        #expect(mapped == serial)
    }

    @Test("a thread count of 0 means every core; a positive count is kept")
    func threadSetting() {
        #expect(ConcurrentRows.threads(for: 0) >= 1)
        #expect(ConcurrentRows.threads(for: -3) == ConcurrentRows.threads(for: 0))
        #expect(ConcurrentRows.threads(for: 3) == 3)
    }
}
