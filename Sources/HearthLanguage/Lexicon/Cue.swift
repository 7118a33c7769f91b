/// A kind of phrase the curated lexicon recognises.
///
/// Each cue feeds the model as a feature, and when it supports a label the analyzer found
/// it becomes that label's evidence, with a sentence a person can act on.
enum Cue: UInt8, CaseIterable, Sendable {
    // Speaking from a part
    case absolute, accusation, insult, contempt, verdictOnSelf, ultimatum
    case counterattack, fixing, pleasing, overApologizing, shuttingDown, controlling, distancing, escaping
    case judgementAsFeeling, fauxFeeling
    // Speaking for a part
    case partLanguage, noticing, feelingWord, ownedFeeling, positiveFeeling, needWord, impulse, thought
    case energy, dream, hope, mourning
    // Listening
    case reflecting, openQuestion, acknowledging, advice, ownStory, detailQuestion, dismissing
    // Safety
    case selfHarm, abuseDisclosure, abuseThreat, crisisIdiom
    // Neutral frames
    case thanks, logistics

    /// How many cues there are (`allCases.count` without building the array).
    static let caseCount = allCases.count

    /// The label this cue is evidence for, if any.
    var supports: Finding? {
        switch self {
        case .absolute, .accusation, .insult, .contempt, .verdictOnSelf, .ultimatum, .judgementAsFeeling:
            .stance(.fromPart)
        case .counterattack: .strategy(.counterattacking)
        case .fixing: .strategy(.fixing)
        case .pleasing: .strategy(.pleasing)
        case .overApologizing: .strategy(.overApologizing)
        case .shuttingDown: .strategy(.shuttingDown)
        case .controlling: .strategy(.controlling)
        case .distancing: .strategy(.distancing)
        case .escaping: .strategy(.escaping)
        case .partLanguage, .noticing: .stance(.forPart)
        case .feelingWord, .ownedFeeling, .positiveFeeling: .experience(.feeling)
        case .needWord: .experience(.need)
        case .impulse: .experience(.impulse)
        case .thought: .experience(.thought)
        case .energy: .experience(.energy)
        case .dream: .experience(.dream)
        case .hope: .experience(.hope)
        case .mourning: .experience(.mourning)
        case .reflecting, .openQuestion, .acknowledging: .listening(.presence)
        case .advice: .listening(.advice)
        case .ownStory: .listening(.ownStory)
        case .detailQuestion: .listening(.details)
        case .dismissing: .listening(.dismissing)
        case .selfHarm: .safety(.selfHarm)
        case .abuseDisclosure, .abuseThreat: .safety(.abuse)
        case .fauxFeeling, .crisisIdiom, .thanks, .logistics: nil
        }
    }

    /// A plain sentence about what the cue does; `%@` stands for the cue's words.
    var sentence: StaticString {
        switch self {
        case .absolute: "'%@' turns one moment into a verdict on who they are; name the moment instead."
        case .accusation: "'%@' tells them what they feel or are, which invites a defence rather than closeness."
        case .insult: "'%@' judges their character; the hurt underneath is what can be heard."
        case .contempt: "'%@' carries contempt, the part's armour; what it protects is worth saying plainly."
        case .verdictOnSelf: "'%@' is a wounded part's belief stated as fact; it can be spoken for: 'a part of me believes...'."
        case .ultimatum: "'%@' is a threat; the fear behind it is what needs to be said."
        case .counterattack: "'%@' answers a complaint with a complaint, so neither gets heard."
        case .fixing: "'%@' tries to change them; saying what you need keeps it about you."
        case .pleasing: "'%@' gives yourself up to keep the peace; what do you want here?"
        case .overApologizing: "'%@' takes all the blame to end the conflict; one clear apology is enough."
        case .shuttingDown: "'%@' closes the door; saying you need a pause, and when you'll come back, keeps it open."
        case .controlling: "'%@' commands or checks on them; the fear underneath can be shared instead."
        case .distancing: "'%@' pretends not to need them; the need is still there."
        case .escaping: "'%@' reaches for an escape; what feeling is it numbing?"
        case .judgementAsFeeling: "'%@' dresses a judgement as a feeling; what do you feel when it happens?"
        case .fauxFeeling: "'%@' describes what they did more than what you feel."
        case .partLanguage: "'%@' speaks for the part while staying beside it."
        case .noticing: "'%@' notices from a calm place; that is the Self at work."
        case .feelingWord, .ownedFeeling, .positiveFeeling: "'%@' names a feeling of yours: this is what lets them come closer."
        case .needWord: "'%@' names a need of yours, which gives them something they can meet."
        case .impulse: "'%@' names an urge without acting on it."
        case .thought: "'%@' shares a thought as your own inner process, not as fact."
        case .energy: "'%@' tells what your body feels, which is hard to argue with."
        case .dream: "'%@' shares a longing, an invitation to dream together."
        case .hope: "'%@' shares a hope, which points the way forward."
        case .mourning: "'%@' names a loss or regret; grief shared softens."
        case .reflecting: "'%@' reflects their experience back, so they feel heard."
        case .openQuestion: "'%@' invites more of their experience with curiosity."
        case .acknowledging: "'%@' acknowledges them and gives them room."
        case .advice: "'%@' offers a solution; first they may need to feel heard."
        case .ownStory: "'%@' turns to your own story; stay with theirs a little longer."
        case .detailQuestion: "'%@' asks for facts; asking what it was like stays with their experience."
        case .dismissing: "'%@' minimises or corrects; their experience is real to them."
        case .selfHarm: "'%@' sounds like thoughts of hurting yourself. You deserve support right now."
        case .abuseDisclosure: "'%@' sounds like you may not be safe. You deserve support right now."
        case .abuseThreat: "'%@' is a threat of harm. Please step away and reach out for help."
        case .crisisIdiom: "'%@' is a figure of speech."
        case .thanks: "'%@' expresses thanks."
        case .logistics: "'%@' is about plans and practicalities."
        }
    }
}
