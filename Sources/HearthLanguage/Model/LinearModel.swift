/// The analyzer's learned weights: one row of ``Outputs/width`` scores per known feature.
///
/// Rows are stored as 8-bit integers with one scale per output, and the feature table packs a
/// 32-bit fingerprint with each row number, so the whole model stays near the size of a
/// core's L2 cache. Trained by `hearth train` on the project's own corpus and shipped as the
/// resource `model.bin`; reading it is deterministic and needs nothing from the network.
public final class LinearModel: Sendable {
    /// One slot of the open-addressed feature table.
    struct Slot: Equatable {
        /// The upper 32 bits of the feature's hash (its lower bits chose the slot).
        var fingerprint: UInt32
        /// The feature's row, or -1 for an empty slot.
        var row: Int32
        static let empty = Slot(fingerprint: 0, row: -1)
    }

    let slots: [Slot]
    /// Rows of ``Outputs/width`` quantized weights, one after another.
    let weights: [Int8]
    /// What one step of a quantized weight is worth, per output.
    let scales: SIMD32<Float>
    let bias: SIMD32<Float>

    init(slots: [Slot], weights: [Int8], scales: SIMD32<Float>, bias: SIMD32<Float>) {
        self.slots = slots
        self.weights = weights
        self.scales = scales
        self.bias = bias
    }

    /// Quantizes float rows keyed by feature hash into a model.
    convenience init(features: [UInt64], rows: [SIMD32<Float>], bias: SIMD32<Float>) {
        var capacity = 16
        while capacity < features.count * 3 / 2 { capacity <<= 1 }
        var slots = [Slot](repeating: .empty, count: capacity)
        for (row, feature) in features.enumerated() {
            var slot = Int(truncatingIfNeeded: feature) & (capacity - 1)
            while slots[slot].row >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(fingerprint: UInt32(truncatingIfNeeded: feature >> 32), row: Int32(row))
        }
        var largest = SIMD32<Float>(repeating: 1e-9)
        for row in rows { largest = pointwiseMax(largest, pointwiseMax(row, -row)) }
        let scales = largest / 127
        var weights = [Int8](repeating: 0, count: rows.count * Outputs.width)
        for (index, row) in rows.enumerated() {
            for lane in 0..<Outputs.width {
                weights[index * Outputs.width + lane] = Int8((row[lane] / scales[lane]).rounded())
            }
        }
        self.init(slots: slots, weights: weights, scales: scales, bias: bias)
    }

    /// How many features have weights.
    public var featureCount: Int { weights.count / Outputs.width }

    /// A feature's weight for one output, in score units.
    func weight(row: Int32, output: Int) -> Float {
        Float(weights[Int(row) * Outputs.width + output]) * scales[output]
    }

    /// Raw views of the model's tables, for the scoring loop.
    struct Tables {
        let slots: UnsafePointer<Slot>
        let mask: Int
        let weights: UnsafePointer<Int8>

        @inline(__always)
        func row(of feature: UInt64) -> Int32? {
            let fingerprint = UInt32(truncatingIfNeeded: feature >> 32)
            var slot = Int(truncatingIfNeeded: feature) & mask
            while true {
                let stored = slots[slot]
                if stored.row < 0 { return nil }
                if stored.fingerprint == fingerprint { return stored.row }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Calls `body` with raw views of the tables, valid only during the call.
    func withTables<Result>(_ body: (Tables) -> Result) -> Result {
        slots.withUnsafeBufferPointer { slots in
            weights.withUnsafeBufferPointer { weights in
                body(Tables(slots: slots.baseAddress!, mask: slots.count - 1, weights: weights.baseAddress!))
            }
        }
    }

    // MARK: Stored form

    private static let magic: [UInt8] = Array("HEARTHM2".utf8)

    /// The model as bytes: a magic word, sizes, the feature table, scales, bias and rows
    /// (little-endian).
    public func serialized() -> [UInt8] {
        var bytes = LinearModel.magic
        func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        func put(_ vector: SIMD32<Float>) {
            for lane in 0..<Outputs.width { put(vector[lane].bitPattern) }
        }
        put(UInt32(Outputs.width))
        put(UInt32(slots.count))
        put(UInt32(featureCount))
        for slot in slots {
            put(slot.fingerprint)
            put(slot.row)
        }
        put(scales)
        put(bias)
        bytes.append(contentsOf: weights.map { UInt8(bitPattern: $0) })
        return bytes
    }

    /// Reads a model written by ``serialized()``.
    public convenience init(serialized bytes: [UInt8]) throws(ModelError) {
        guard Array(bytes.prefix(LinearModel.magic.count)) == LinearModel.magic else { throw .notAModel }
        var reader = ByteReader(bytes: bytes, offset: LinearModel.magic.count)
        guard try reader.read(UInt32.self) == UInt32(Outputs.width) else { throw .incompatible }
        let capacity = Int(try reader.read(UInt32.self))
        let rowCount = Int(try reader.read(UInt32.self))
        guard capacity.nonzeroBitCount == 1, rowCount <= capacity else { throw .corrupt }
        var slots = [Slot](repeating: .empty, count: capacity)
        for index in 0..<capacity {
            slots[index] = Slot(fingerprint: try reader.read(UInt32.self), row: try reader.read(Int32.self))
            guard slots[index].row < Int32(rowCount) else { throw .corrupt }
        }
        guard slots.contains(.empty) else { throw .corrupt }
        let scales = try reader.readVector()
        let bias = try reader.readVector()
        let weights = try reader.readBytes(rowCount * Outputs.width).map { Int8(bitPattern: $0) }
        self.init(slots: slots, weights: weights, scales: scales, bias: bias)
    }
}

/// Why stored model bytes could not be read.
public enum ModelError: Error, Equatable {
    case notAModel, incompatible, corrupt, missingResource
}

/// Reads little-endian values from a byte array, failing cleanly at the end.
private struct ByteReader {
    let bytes: [UInt8]
    var offset: Int

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws(ModelError) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw .corrupt }
        let value = bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
        offset += size
        return value
    }

    mutating func readVector() throws(ModelError) -> SIMD32<Float> {
        var vector = SIMD32<Float>()
        for lane in 0..<Outputs.width { vector[lane] = Float(bitPattern: try read(UInt32.self)) }
        return vector
    }

    mutating func readBytes(_ count: Int) throws(ModelError) -> ArraySlice<UInt8> {
        guard offset + count <= bytes.count else { throw .corrupt }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }
}
