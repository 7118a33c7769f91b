import Foundation

extension Analyzer {
    /// The analyzer with the model shipped in Hearth's resources, loaded once.
    ///
    /// Foundation is used here only, to find and read the resource file.
    public static let bundled: Result<Analyzer, ModelError> = {
        guard let url = Bundle.module.url(forResource: "model", withExtension: "bin"),
              let data = try? Data(contentsOf: url) else { return .failure(.missingResource) }
        return Result { () throws(ModelError) in Analyzer(model: try LinearModel(serialized: [UInt8](data))) }
    }()

    /// The bundled analyzer; stops the program with a clear message if the resource is damaged.
    public static var shared: Analyzer {
        switch bundled {
        case .success(let analyzer): return analyzer
        case .failure(let error): fatalError("Hearth's language model could not be loaded (\(error)); reinstall Hearth.")
        }
    }
}
