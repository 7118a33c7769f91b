/// The analyzer's learned weights: one row of ``Outputs/width`` scores per known feature.
///
/// Trained by `hearth train` on the project's own corpus and shipped as the resource
/// `model.bin`; reading it is deterministic and needs nothing from the network.
public struct LinearModel: Sendable {
    let index: HashIndex
    /// Row of each index slot (-1 for an empty slot).
    let rowOfSlot: [Int32]
    let weights: [SIMD32<Float>]
    let bias: SIMD32<Float>

    init(index: HashIndex, rowOfSlot: [Int32], weights: [SIMD32<Float>], bias: SIMD32<Float>) {
        self.index = index
        self.rowOfSlot = rowOfSlot
        self.weights = weights
        self.bias = bias
    }

    /// How many features have weights.
    public var featureCount: Int { weights.count }

    /// The row of weights for a feature, if the model knows it.
    func row(of feature: UInt64) -> Int32? {
        guard let slot = index.slot(of: feature) else { return nil }
        return rowOfSlot[slot]
    }

    /// Raw views of the model's tables, for the scoring loop.
    struct Tables {
        let keys: UnsafePointer<UInt64>
        let rows: UnsafePointer<Int32>
        let mask: Int
        /// Rows of ``Outputs/width`` floats, one after another.
        let weights: UnsafePointer<Float>

        @inline(__always)
        func row(of feature: UInt64) -> Int32? {
            var slot = Int(truncatingIfNeeded: feature) & mask
            while true {
                let stored = keys[slot]
                if stored == feature { return rows[slot] }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Calls `body` with raw views of the tables, valid only during the call.
    func withTables<Result>(_ body: (Tables) -> Result) -> Result {
        index.keys.withUnsafeBufferPointer { keys in
            rowOfSlot.withUnsafeBufferPointer { rows in
                weights.withUnsafeBufferPointer { vectors in
                    UnsafeRawPointer(vectors.baseAddress!).withMemoryRebound(to: Float.self,
                                                                             capacity: vectors.count * Outputs.width) {
                        body(Tables(keys: keys.baseAddress!, rows: rows.baseAddress!, mask: keys.count - 1, weights: $0))
                    }
                }
            }
        }
    }

    // MARK: Stored form

    private static let magic: [UInt8] = Array("HEARTHM1".utf8)

    /// The model as bytes: a magic word, sizes, the hash index, the bias and the rows (little-endian).
    public func serialized() -> [UInt8] {
        var bytes = LinearModel.magic
        func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        func put(_ vector: SIMD32<Float>) {
            for lane in 0..<Outputs.width { put(vector[lane].bitPattern) }
        }
        put(UInt32(Outputs.width))
        put(UInt32(index.capacity))
        put(UInt32(weights.count))
        for key in index.keys { put(key) }
        for row in rowOfSlot { put(row) }
        put(bias)
        for row in weights { put(row) }
        return bytes
    }

    /// Reads a model written by ``serialized()``.
    public init(serialized bytes: [UInt8]) throws(ModelError) {
        var reader = ByteReader(bytes: bytes)
        guard Array(bytes.prefix(LinearModel.magic.count)) == LinearModel.magic else { throw .notAModel }
        reader.offset = LinearModel.magic.count
        guard try reader.read(UInt32.self) == UInt32(Outputs.width) else { throw .incompatible }
        let capacity = Int(try reader.read(UInt32.self))
        let rowCount = Int(try reader.read(UInt32.self))
        guard capacity.nonzeroBitCount == 1, rowCount <= capacity else { throw .corrupt }
        var keys = [UInt64](repeating: 0, count: capacity)
        for slot in 0..<capacity { keys[slot] = try reader.read(UInt64.self) }
        var rows = [Int32](repeating: -1, count: capacity)
        for slot in 0..<capacity {
            rows[slot] = try reader.read(Int32.self)
            guard rows[slot] < Int32(rowCount), (keys[slot] == 0) == (rows[slot] < 0) else { throw .corrupt }
        }
        let bias = try reader.readVector()
        var weights: [SIMD32<Float>] = []
        weights.reserveCapacity(rowCount)
        for _ in 0..<rowCount { weights.append(try reader.readVector()) }
        self.init(index: HashIndex(keys: keys), rowOfSlot: rows, weights: weights, bias: bias)
    }
}

/// Why stored model bytes could not be read.
public enum ModelError: Error, Equatable {
    case notAModel, incompatible, corrupt, missingResource
}

/// Reads little-endian values from a byte array, failing cleanly at the end.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

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
}
