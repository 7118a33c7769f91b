extension Analysis {
    /// Writes the analysis as one JSON object in the label contract's terms, plus `id` when
    /// given, the reframe, the evidence and the help.
    ///
    /// Evidence spans are `[start, end)` offsets in Unicode scalars (code points), as Python
    /// indexes strings; `cue` holds the words themselves.
    public func writeJSON(id: String?, into json: inout JSONWriter) {
        json.beginObject()
        if let id { json.key("id"); json.string(id) }
        json.key("role"); json.string(role.rawValue)
        json.key("stance"); json.string(stance.rawValue)
        json.key("depth"); json.string(depth.rawValue)
        json.key("experience"); json.beginArray()
        for label in experience { json.string(label.rawValue) }
        json.endArray()
        json.key("strategies"); json.beginArray()
        for label in strategies { json.string(label.rawValue) }
        json.endArray()
        json.key("listening")
        if let listening { json.string(listening.rawValue) } else { json.null() }
        json.key("safety"); json.string(safety.rawValue)
        json.key("reframe")
        if let reframe { json.string(reframe) } else { json.null() }
        json.key("evidence"); json.beginArray()
        var scalars = ScalarOffsets(text: text)
        for item in evidence {
            json.beginObject()
            json.key("field"); json.string(item.finding.field)
            json.key("label"); json.string(item.finding.label)
            let cue = item.cue(in: text)
            json.key("span"); json.beginArray()
            json.integer(scalars.offset(ofByte: item.utf8Range.lowerBound))
            json.integer(scalars.offset(ofByte: item.utf8Range.upperBound))
            json.endArray()
            json.key("cue"); json.string(cue)
            json.key("sentence")
            json.beginString()
            item.writeSentence(cue: cue, fixed: { json.appendEscaped($0) }, quoted: { json.appendEscaped($0.utf8) })
            json.endString()
            json.endObject()
        }
        json.endArray()
        json.key("help"); json.beginObject()
        json.key("faux_feelings"); json.beginArray()
        for faux in fauxFeelings {
            json.beginObject()
            json.key("word"); json.string(faux.word)
            json.key("feelings"); json.beginArray()
            for feeling in faux.feelings { json.string(feeling) }
            json.endArray()
            json.key("needs"); json.beginArray()
            for need in faux.needs { json.string(need) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("invitation")
        if let invitation { json.string(invitation) } else { json.null() }
        json.endObject()
        json.endObject()
    }

    /// The analysis as a JSON object string.
    public func json(id: String? = nil) -> String {
        var writer = JSONWriter()
        writeJSON(id: id, into: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

/// Converts UTF-8 byte offsets to Unicode scalar offsets, walking forward from the last answer.
struct ScalarOffsets {
    let text: String
    private var byte = 0
    private var scalar = 0

    init(text: String) { self.text = text }

    mutating func offset(ofByte target: Int) -> Int {
        if target < byte { byte = 0; scalar = 0 }
        let utf8 = text.utf8
        var index = utf8.index(utf8.startIndex, offsetBy: byte)
        while byte < target, index < utf8.endIndex {
            if utf8[index] & 0xC0 != 0x80 { scalar += 1 }
            index = utf8.index(after: index)
            byte += 1
        }
        return scalar
    }
}
