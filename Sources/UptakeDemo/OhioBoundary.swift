/// A coarse outline of Ohio, to keep jittered agency locations out of Lake Erie, Kentucky and
/// West Virginia. Vertices are rounded from the state line, the Lake Erie shore and the Ohio River
/// (within a few kilometres: all 687 towns of the GeoNames table are inside); real towns are always
/// kept, only jitter is checked.
enum OhioBoundary {
    /// Ohio's bounding box (degrees): every Ohio place in the GeoNames table lies inside it.
    static let latitudes = 38.40...41.98
    static let longitudes = -84.83 ... -80.51

    /// (longitude, latitude) vertices, clockwise from the north-west corner.
    static let outline: [(Double, Double)] = [
        (-84.806, 41.696), (-83.45, 41.735), (-83.30, 41.68), (-83.10, 41.60), (-82.94, 41.52), (-82.80, 41.53),
        (-82.71, 41.47), (-82.55, 41.40), (-82.35, 41.43), (-82.18, 41.475), (-82.10, 41.50), (-82.03, 41.515),
        (-81.95, 41.51), (-81.80, 41.495), (-81.69, 41.51), (-81.55, 41.595), (-81.40, 41.70), (-81.25, 41.765),
        (-81.00, 41.865), (-80.79, 41.915), (-80.55, 41.965), (-80.519, 41.98), (-80.519, 40.64),
        (-80.60, 40.605), (-80.66, 40.58), (-80.59, 40.46), (-80.60, 40.30), (-80.61, 40.25), (-80.70, 40.10),
        (-80.72, 40.00), (-80.735, 39.95), (-80.82, 39.85), (-80.87, 39.72), (-81.00, 39.57), (-81.10, 39.50),
        (-81.22, 39.38), (-81.39, 39.36), (-81.46, 39.40), (-81.56, 39.27), (-81.75, 39.19), (-81.90, 38.96),
        (-82.03, 39.015), (-82.10, 38.93), (-82.20, 38.80), (-82.22, 38.60), (-82.30, 38.45), (-82.55, 38.40),
        (-82.60, 38.40), (-82.66, 38.49), (-82.68, 38.53), (-82.85, 38.62), (-82.98, 38.72), (-83.10, 38.63),
        (-83.30, 38.62), (-83.53, 38.69), (-83.65, 38.63), (-83.77, 38.645), (-83.90, 38.72), (-84.00, 38.77),
        (-84.10, 38.80), (-84.23, 38.86), (-84.29, 38.94), (-84.32, 39.00), (-84.43, 39.08), (-84.51, 39.093),
        (-84.62, 39.075), (-84.70, 39.10), (-84.75, 39.14), (-84.822, 39.105),
    ]

    /// Whether a point is inside the outline (ray casting, W. R. Franklin's PNPOLY).
    static func contains(latitude: Double, longitude: Double) -> Bool {
        var inside = false
        var j = outline.count - 1
        for i in outline.indices {
            let (xi, yi) = outline[i]
            let (xj, yj) = outline[j]
            if (yi > latitude) != (yj > latitude),
                longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi
            {
                inside.toggle()
            }
            j = i
        }
        return inside
    }
}
