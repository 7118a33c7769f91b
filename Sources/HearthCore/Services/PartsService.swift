import Foundation

/// A person's map of their parts: adding, editing, relating, sharing and removing them, and what
/// a partner may see of it. Every call names the acting person; no one touches another's parts.
public struct PartsService: Sendable {
    let store: any HearthRepositories

    public init(store: any HearthRepositories) {
        self.store = store
    }

    /// The person's own parts, oldest first, and the relations between them.
    public func map(of owner: UUID) async throws -> (parts: [Part], relations: [PartRelation]) {
        let parts = try await store.parts.parts(ownedBy: owner).sorted { $0.createdAt < $1.createdAt }
        let relations = try await store.parts.relations(ownedBy: owner).sorted { $0.createdAt < $1.createdAt }
        return (parts, relations)
    }

    /// What `viewer` may see of `owner`'s map: everything when it is their own, only the shared
    /// parts (and relations among them) when they are paired, nothing otherwise.
    public func map(of owner: UUID, seenBy viewer: UUID) async throws -> (parts: [Part], relations: [PartRelation]) {
        let full = try await map(of: owner)
        guard viewer != owner else { return full }
        if try await store.accounts.couplesExercisesPaused(for: owner) { return ([], []) }
        let pairing = try await store.pairings.pairing(of: viewer)
        let parts = full.parts.filter { SharingRules.canSee($0, viewer: viewer, pairing: pairing) }
        return (parts, SharingRules.visibleRelations(full.relations, amongVisible: parts))
    }

    /// One of the owner's parts, named by name (any case) or by the start of its id.
    public func part(_ reference: String, of owner: UUID) async throws -> Part {
        let parts = try await store.parts.parts(ownedBy: owner)
        let key = reference.trimmingWhitespace().lowercased()
        if let byName = parts.first(where: { $0.name.lowercased() == key }) { return byName }
        return try IDPrefix.match(reference, in: parts, kind: "Part")
    }

    /// Adds a part to its owner's map. Names are unique within one person's map.
    @discardableResult
    public func add(_ part: Part) async throws -> Part {
        let part = try part.validated()
        try await requireUniqueName(part)
        try await store.parts.insert(part)
        return part
    }

    /// Changes one of the owner's parts.
    @discardableResult
    public func edit(_ id: UUID, of owner: UUID, _ change: (inout Part) throws -> Void) async throws -> Part {
        guard var part = try await store.parts.part(id: id), part.ownerID == owner else {
            throw HearthError.notFound("Part")
        }
        try change(&part)
        part.id = id
        part.ownerID = owner
        part.updatedAt = .hearthNow
        part = try part.validated()
        try await requireUniqueName(part)
        try await store.parts.update(part)
        return part
    }

    /// Shares a part with the partner, or makes it private again (effective at once).
    @discardableResult
    public func setShared(_ id: UUID, of owner: UUID, _ shared: Bool) async throws -> Part {
        try await edit(id, of: owner) { $0.isShared = shared }
    }

    /// Relates two of the owner's parts.
    @discardableResult
    public func relate(_ from: UUID, _ kind: PartRelationKind, _ to: UUID, owner: UUID) async throws -> PartRelation {
        guard from != to else { throw HearthError.invalid("relation", "a part cannot be related to itself") }
        for id in [from, to] {
            guard let part = try await store.parts.part(id: id), part.ownerID == owner else {
                throw HearthError.notFound("Part")
            }
        }
        let relation = PartRelation(ownerID: owner, fromPartID: from, kind: kind, toPartID: to)
        if try await store.parts.relations(ownedBy: owner).contains(where: relation.duplicates) {
            throw HearthError.conflict("Those two parts are already related that way.")
        }
        try await store.parts.insert(relation)
        return relation
    }

    /// Removes a relation between two of the owner's parts.
    public func unrelate(_ from: UUID, _ kind: PartRelationKind, _ to: UUID, owner: UUID) async throws {
        let probe = PartRelation(ownerID: owner, fromPartID: from, kind: kind, toPartID: to)
        guard let relation = try await store.parts.relations(ownedBy: owner).first(where: probe.duplicates) else {
            throw HearthError.notFound("Relation")
        }
        try await store.parts.deleteRelation(id: relation.id)
    }

    /// Removes one of the owner's relations, by id.
    public func removeRelation(_ id: UUID, owner: UUID) async throws {
        guard try await store.parts.relations(ownedBy: owner).contains(where: { $0.id == id }) else {
            throw HearthError.notFound("Relation")
        }
        try await store.parts.deleteRelation(id: id)
    }

    /// Removes one of the owner's parts with its relations.
    public func remove(_ id: UUID, of owner: UUID) async throws {
        guard let part = try await store.parts.part(id: id), part.ownerID == owner else {
            throw HearthError.notFound("Part")
        }
        try await store.parts.delete(id: id)
    }

    func requireUniqueName(_ part: Part) async throws {
        let clash = try await store.parts.parts(ownedBy: part.ownerID).contains {
            $0.id != part.id && $0.name.lowercased() == part.name.lowercased()
        }
        if clash { throw HearthError.conflict("You already have a part named '\(part.name)'.") }
    }
}
