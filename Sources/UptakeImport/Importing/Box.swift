/// A mutable value shared by a decoder's closures (the attribute columns' contradiction counts).
final class Box<Value> {
    var value: Value
    init(_ value: Value) { self.value = value }
}
