import Dispatch
import Testing
import UptakeCore

@Suite("BackgroundResult: work on another thread, waited for later")
struct BackgroundResultTests {
    struct Failure: Error, Equatable {}

    @Test("the work runs while the caller goes on, and its value can be read more than once")
    func runsConcurrently() throws {
        let go = DispatchSemaphore(value: 0)
        // The work waits for the caller, who signals only after starting it: run inline, it would time out.
        let result = BackgroundResult { go.wait(timeout: .now() + 10) == .success ? 42 : -1 }
        go.signal()
        #expect(try result.value() == 42)
        #expect(try result.value() == 42)
    }

    @Test("the work's error is rethrown by every read")
    func errorsAreRethrown() {
        let result = BackgroundResult<Int> { throw Failure() }
        #expect(throws: Failure.self) { try result.value() }
        #expect(throws: Failure.self) { try result.value() }
    }
}
