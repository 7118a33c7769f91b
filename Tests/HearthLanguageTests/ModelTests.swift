import Testing
@testable import HearthLanguage

/// The model's stored form, and training's determinism.
@Suite struct ModelTests {
    static let corpus: [LabelledMessage] = [
        LabelledMessage(id: "1", role: .speaker, text: "You never help with anything.", stance: .fromPart, strategies: [.criticizing]),
        LabelledMessage(id: "2", role: .speaker, text: "You never ever help me.", stance: .fromPart, strategies: [.criticizing]),
        LabelledMessage(id: "3", role: .speaker, text: "I feel lonely and sad tonight.", stance: .forPart, experience: [.feeling]),
        LabelledMessage(id: "4", role: .speaker, text: "I feel sad and a bit lonely.", stance: .forPart, experience: [.feeling]),
        LabelledMessage(id: "5", role: .speaker, text: "Dinner is at seven tonight.", stance: .neutral),
        LabelledMessage(id: "6", role: .speaker, text: "Dinner at seven, see you.", stance: .neutral),
    ]

    @Test func trainingIsDeterministicAndLearns() {
        var trainer = Trainer()
        trainer.epochs = 20
        let first = trainer.train(Self.corpus)
        let second = trainer.train(Self.corpus)
        #expect(first.serialized() == second.serialized())
        #expect(first.featureCount > 0)
        let analyzer = Analyzer(model: first)
        #expect(analyzer.analyze("You never help.").stance == .fromPart)
        #expect(analyzer.analyze("I feel sad.").stance == .forPart)
    }

    @Test func storedFormRoundTrips() throws {
        let model = Trainer().train(Self.corpus)
        let restored = try LinearModel(serialized: model.serialized())
        #expect(restored.serialized() == model.serialized())
    }

    @Test func damagedModelsAreRejected() {
        let bytes = Trainer().train(Self.corpus).serialized()
        #expect(throws: ModelError.notAModel) { try LinearModel(serialized: Array("not a model".utf8)) }
        #expect(throws: ModelError.corrupt) { try LinearModel(serialized: Array(bytes.prefix(bytes.count / 2))) }
        #expect(throws: ModelError.notAModel) { try LinearModel(serialized: []) }
    }

    @Test func theBundledModelLoads() throws {
        let analyzer = try Analyzer.bundled.get()
        #expect(analyzer.model.featureCount > 1000)
    }
}
