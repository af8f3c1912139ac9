import CEL
import Foundation
import TillitFacts
import TillitModel
import TillitYAML

/// Loads policy packs strictly: from the built-in set (compiled into the binary) or from files,
/// following `extends`, validating the pack's shape, compiling every expression, and checking
/// every rule id named in `disable` and `severity`. Any problem is a located diagnostic.
public struct PolicyPackLoader: Sendable {
  public struct Result: Sendable {
    public var pack: PolicyPack?
    public var diagnostics: [Diagnostic]
    /// The pack's identity, the same however it was named: `builtin:<name>`, or the file's
    /// path with symbolic links, `.` and `..` resolved. Nil when the reference named nothing.
    public var identity: String?
    /// The identities of every pack this one extends, directly or through others. A pack in
    /// use that another pack in use extends is already inside it (with that pack's `disable`
    /// and `severity` applied), so the configuration drops it rather than run its rules twice.
    public var extended: Set<String> = []
  }

  /// The longest chain of `extends` followed from one pack (default 16). Cycles are found by
  /// identity, so this only bounds chains of distinct files: no real pack needs more than a few
  /// steps, and a generated chain of thousands would otherwise exhaust the stack.
  public var maxExtendsDepth: Int
  /// The same limits as for documents: a pack is YAML read by the same reader.
  public var limits: YAMLLimits

  /// The longest chain of variables computed one from another (default 16). Each is worked
  /// out inside the evaluation of the one that uses it, so a chain of thousands would exhaust
  /// the stack while checking; real packs use a handful of variables, mostly independent.
  public static let maxVariableChain = 16

  public init(maxExtendsDepth: Int = 16, limits: YAMLLimits = .default) {
    self.maxExtendsDepth = maxExtendsDepth
    self.limits = limits
  }

  /// The names of the built-in packs (their file names in `policies/`, without `.yaml`). The
  /// taxonomy and the law register live there too, but are data, not packs.
  public static var builtInNames: [String] {
    let data: Set<String> = ["taxonomy.yaml", LawRegister.fileName]
    return BuiltInPolicySources.files.map(\.name).filter { $0.hasSuffix(".yaml") && !data.contains($0) }
      .map { String($0.dropLast(5)) }
  }

  static func builtInText(_ name: String) -> String? {
    BuiltInPolicySources.files.first { $0.name == name + ".yaml" }?.text
  }

  /// Loads a built-in name (`trust`) or a path to a `.yaml` file.
  ///
  /// With a `folder`, the reference was written in `tillit.yaml` in that folder: a relative
  /// path counts from there, and the pack, like every pack it extends, must lie inside that
  /// folder's tree. Without one, the reference was typed on the command line: it is read
  /// wherever it is, and what it extends must lie inside the folder holding it (see
  /// `FolderBoundary`). `referencedAt` is where the reference was written (a `tillit.yaml`
  /// entry), where a pack that does not exist, cannot be read or lies outside is reported.
  public func load(_ reference: String, relativeTo folder: String? = nil, referencedAt: SourceLocation? = nil)
    -> Result
  {
    var session = Session()
    let source: PackSource
    let written = folder.map { FolderBoundary(folder: $0, owner: .configuration) }
    switch PackSource.resolve(reference, relativeTo: folder, referencedAt: referencedAt, within: written) {
    case .success(let resolved): source = resolved
    case .failure(let error): return Result(pack: nil, diagnostics: [error.diagnostic], identity: nil)
    }
    if case .file = source.kind {
      session.boundary = written ?? FolderBoundary(holding: source.display, owner: .commandLinePack)
    }
    let pack = load(source, session: &session)
    let extended = Set(session.loaded.keys).subtracting([source.identity])
    return Result(pack: pack, diagnostics: session.diagnostics, identity: source.identity, extended: extended)
  }

  /// Loads a pack from bytes, as `load` would read them from the file `origin` given on the
  /// command line: what it extends must lie in `origin`'s folder. The pack fuzz target's entry
  /// point, so that an origin in a folder that does not exist can reach no real file.
  func load(bytes: [UInt8], origin: String) -> Result {
    var session = Session()
    session.boundary = FolderBoundary(holding: origin, owner: .commandLinePack)
    let read = YAMLReader(limits: limits).read(bytes: bytes, file: origin)
    let pack = compile(read, text: Self.textWithoutByteOrderMark(bytes), origin: origin, session: &session)
    return Result(pack: pack, diagnostics: session.diagnostics, identity: nil)
  }

  /// One loading of a pack and everything it extends. Each pack's problems are recorded once
  /// here, and each pack is compiled once however often it is extended, so that packs extending
  /// each other many times over cannot multiply the work or the messages.
  struct Session {
    var diagnostics: [Diagnostic] = []
    /// The packs being loaded, outermost first, with where each extends the next.
    var stack: [PackSource] = []
    /// Loaded packs by identity; nil for one that failed (its problems are already recorded).
    var loaded: [String: PolicyPack?] = [:]
    /// The tree every `extends` path must stay in; nil for a built-in pack, which names none.
    var boundary: FolderBoundary?
  }

  /// Nil when the pack, or one it extends, has a problem (recorded in `session`).
  private func load(_ source: PackSource, referencedAt: SourceLocation? = nil, session: inout Session) -> PolicyPack? {
    if let start = session.stack.firstIndex(where: { $0.identity == source.identity }) {
      let chain = session.stack[start...].map(\.display) + [source.display]
      session.diagnostics.append(
        PackError.extendsCycle(chain: chain, referencedAt ?? SourceLocation(file: source.display, line: 0, column: 0))
          .diagnostic)
      return nil
    }
    if let done = session.loaded[source.identity] { return done }
    if session.stack.count >= maxExtendsDepth {
      session.diagnostics.append(
        PackError.extendsTooDeep(
          limit: maxExtendsDepth, referencedAt ?? SourceLocation(file: source.display, line: 0, column: 0)
        ).diagnostic)
      return nil
    }
    let reader = YAMLReader(limits: limits)
    let read: YAMLReadResult
    let text: String
    switch source.kind {
    case .builtIn(let name):
      text = PolicyPackLoader.builtInText(name) ?? ""
      read = reader.read(text, file: source.display)
    case .file(let path, let followingLinks):
      // The same reader on the same bytes as documents: invalid UTF-8, size and depth are
      // refused alike, at their place.
      let bytes: [UInt8]
      switch FileBytes.readRegularFile(path: path, limit: limits.maxFileBytes, followingLinks: followingLinks) {
      case .success(let read): bytes = read
      case .failure(let problem):
        // Checked before, so only a file changed since gets here: say what it is now.
        let error: any DiagnosticConvertible
        switch problem {
        case .tooLarge(let size):
          error = YAMLError.fileTooLarge(file: source.display, bytes: size, limit: limits.maxFileBytes)
        case .notARegularFile(let kind):
          error = PackError.packFile(
            reference: source.display, path: source.display, problem: .notARegularFile(kind), referencedAt)
        case .system(let code):
          error = PackError.packFile(
            reference: source.display, path: source.display, problem: .system(code), referencedAt)
        }
        session.diagnostics.append(error.diagnostic)
        session.loaded[source.identity] = .some(nil)
        return nil
      }
      read = reader.read(bytes: bytes, file: source.display)
      text = PolicyPackLoader.textWithoutByteOrderMark(bytes)
    }
    session.stack.append(source)
    let pack = compile(read, text: text, origin: source.display, session: &session)
    session.stack.removeLast()
    session.loaded[source.identity] = .some(pack)
    return pack
  }

  /// The file's text as the reader saw it: a byte-order mark is not content, and keeping it
  /// would shift the columns of the first line by one.
  static func textWithoutByteOrderMark(_ bytes: [UInt8]) -> String {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Compiles one pack read from `text`; `origin` names it in messages. Nil when it has a
  /// problem, recorded in `session`.
  private func compile(_ read: YAMLReadResult, text: String, origin: String, session: inout Session) -> PolicyPack? {
    var diagnostics = read.errors.map(\.diagnostic)
    defer { session.diagnostics += diagnostics }
    guard let yaml = read.documents.first else {
      if diagnostics.isEmpty {
        diagnostics.append(PackError.notAPack(SourceLocation(file: origin, line: 1, column: 1)).diagnostic)
      }
      return nil
    }
    if read.documents.count > 1 {
      diagnostics.append(
        PackError.severalDocuments(read.documents[1].location(read.documents[1].root.start)).diagnostic)
    }
    let root = yaml.root
    guard root.isMapping, root["kind"]?.hasText("PolicyPack") == true else {
      diagnostics.append(PackError.notAPack(yaml.location(root.start)).diagnostic)
      return nil
    }
    var validator = ShapeValidator(document: yaml)
    validator.validate(root, against: PolicyPackSchema.pack)
    diagnostics += validator.errors.map(\.diagnostic)
    guard diagnostics.isEmpty else { return nil }

    var context = CompileContext(origin: origin, fileText: text, document: yaml)
    let packID = root.text("id") ?? ""
    let folder = origin.hasPrefix("builtin:") ? nil : (origin as NSString).deletingLastPathComponent

    // Extended packs first: their rules, then ours.
    var rules: [Rule] = []
    var thresholds: [String: Value] = [:]
    // A failed extended pack's rules are missing, so names in `disable` and `severity` cannot
    // be checked against them: saying they do not exist would be a second, wrong message.
    var extendedFailed = false
    for item in (root["extends"]?.items).map(Array.init) ?? [] {
      guard let name = item.text else { continue }
      let location = yaml.location(item.start)
      switch PackSource.resolve(name, relativeTo: folder, referencedAt: location, within: session.boundary) {
      case .failure(let error):
        diagnostics.append(error.diagnostic)
        extendedFailed = true
      case .success(let source):
        if let pack = load(source, referencedAt: location, session: &session) {
          rules += pack.rules
          thresholds.merge(pack.thresholds) { _, new in new }
        } else {
          extendedFailed = true
        }
      }
    }
    if let own = root["thresholds"] {
      for field in DocumentSchema.thresholdFields where own[field.key] != nil {
        thresholds[field.key] = DocumentValue.value(of: own[field.key], shape: field.shape)
      }
    }

    let ownRules = context.compileRules(root, packID: packID)
    diagnostics += context.diagnostics
    var firstByID: [String: SourceLocation] = [:]
    // A rule written for several kinds is one rule compiled several times (same place).
    for rule in rules + ownRules {
      if let first = firstByID[rule.id], first != rule.location {
        diagnostics.append(PackError.duplicateRuleID(id: rule.id, first: first, second: rule.location).diagnostic)
      } else {
        firstByID[rule.id] = rule.location
      }
    }
    rules += ownRules

    // disable and severity name rules of this pack or the packs it extends. Looked up by id,
    // not searched, so that a pack with many rules and many names loads in linear time.
    var indexByID: [String: Int] = [:]
    for (index, rule) in rules.enumerated() where indexByID[rule.id] == nil { indexByID[rule.id] = index }
    var unknown = UnknownRuleNames(known: rules.map(\.id))
    var disabled = Set<String>()
    for item in (root["disable"]?.items).map(Array.init) ?? [] {
      guard let id = item.text else { continue }
      if indexByID[id] != nil {
        disabled.insert(id)
      } else if !extendedFailed {
        diagnostics.append(unknown.error(id, yaml.location(item.start)).diagnostic)
      }
    }
    for pair in root["severity"]?.pairs ?? YAMLNode.Pairs(tree: root.tree) {
      let id = pair.keyText
      guard let index = indexByID[id] else {
        if !extendedFailed { diagnostics.append(unknown.error(id, yaml.location(pair.keyMark)).diagnostic) }
        continue
      }
      if let severity = pair.value.text.flatMap(Severity.init) { rules[index].severity = severity }
    }
    rules.removeAll { disabled.contains($0.id) }

    guard diagnostics.isEmpty, !extendedFailed else { return nil }
    let pack = PolicyPack(
      id: packID, version: root.text("version"),
      title: localized(root["title"]) ?? LocalizedText(sv: packID, en: packID),
      description: localized(root["description"]), references: root.objects("references").map(Reference.init),
      origin: origin, rules: rules, thresholds: thresholds)
    return pack
  }
}

/// A bilingual text field of a pack: `{sv, en}`, or one text for both.
func localized(_ node: YAMLNode?) -> LocalizedText? {
  guard let node, !node.isNull else { return nil }
  if node.isMapping {
    let sv = node.text("sv")
    let en = node.text("en")
    return LocalizedText(sv: sv ?? en ?? "", en: en ?? sv ?? "")
  }
  return node.text.map { LocalizedText(sv: $0, en: $0) }
}

/// The compilation of one pack's variables and rules, collecting located errors.
struct CompileContext {
  let origin: String
  let fileText: String
  let document: YAMLDocument
  var diagnostics: [Diagnostic] = []
  var computed: [(name: String, expression: CompiledExpression)] = []
  /// `computed` by name, as the compiler looks names up, kept in step with it.
  var computedTable: [String: Compiler.ComputedVariable] = [:]
  var slotCount = RuleScope.variables.count

  init(origin: String, fileText: String, document: YAMLDocument) {
    self.origin = origin
    self.fileText = fileText
    self.document = document
  }

  /// The file's lines, split when the first expression error is located and kept for the rest.
  private var lines: [[Unicode.Scalar]]?

  mutating func locate(_ error: ExpressionError, in node: YAMLNode) -> SourceLocation {
    let lines = self.lines ?? ExpressionLocator.lines(of: fileText)
    self.lines = lines
    return ExpressionLocator.location(ofOffset: error.range.lowerBound, in: node, lines: lines)
  }

  /// Compiles an expression written in `node`; on error records it at its place in the file.
  /// `fieldTypes` are what is known of the variables (see `RuleFieldTypes`).
  mutating func expression(_ node: YAMLNode?, fieldTypes: [String: FieldType]) -> CompiledExpression? {
    guard let node, let source = node.text else { return nil }
    do {
      let compiled = try Self.compile(source, computedTable: computedTable, fieldTypes: fieldTypes)
      slotCount = max(slotCount, compiled.requiredSlots)
      return compiled
    } catch {
      diagnostics.append(PackError.expression(error, locate(error, in: node)).diagnostic)
      return nil
    }
  }

  /// A message in `language`: its expressions may call `MessageFunctions`, which answer in it.
  mutating func template(_ node: YAMLNode?, fieldTypes: [String: FieldType], language: Language) -> MessageTemplate? {
    guard let node, let text = node.text else { return nil }
    let computed = computedTable
    do {
      var slots = slotCount
      let template = try MessageTemplate.parse(text, language: language) { (source) throws(ExpressionError) in
        let compiled = try Self.compile(
          source, computedTable: computed, fieldTypes: fieldTypes, functions: MessageFunctions.library(language))
        slots = max(slots, compiled.requiredSlots)
        return compiled
      }
      slotCount = slots
      return template
    } catch {
      diagnostics.append(PackError.expression(error, locate(error, in: node)).diagnostic)
      return nil
    }
  }

  /// A pack's expression as every one is compiled: the rule variables, the pack's computed
  /// ones, what is known of their fields, and tillit's functions.
  static func compile(
    _ source: String, computedTable: [String: Compiler.ComputedVariable], fieldTypes: [String: FieldType],
    functions: FunctionLibrary = TillitFunctions.library
  ) throws(ExpressionError) -> CompiledExpression {
    try CompiledExpression(
      source, variables: RuleScope.variables, computedTable: computedTable, fieldTypes: fieldTypes,
      functions: functions)
  }

  /// A bilingual template: `{sv, en}` or one text for both.
  mutating func bilingualTemplate(_ node: YAMLNode?, fieldTypes: [String: FieldType]) -> (
    sv: MessageTemplate, en: MessageTemplate
  )? {
    guard let node else { return nil }
    if node.isMapping {
      let sv = template(node["sv"] ?? node["en"], fieldTypes: fieldTypes, language: .sv)
      let en = template(node["en"] ?? node["sv"], fieldTypes: fieldTypes, language: .en)
      guard let sv, let en else { return nil }
      return (sv, en)
    }
    // One text for both is still rendered by each language's rules; a mistake in it is
    // reported once.
    guard let sv = template(node, fieldTypes: fieldTypes, language: .sv),
      let en = template(node, fieldTypes: fieldTypes, language: .en)
    else { return nil }
    return (sv, en)
  }

  /// The kinds of document an `applies_to` names: one, or a list (each once, in order);
  /// names that are no kind are left out (and reported where the rule is compiled).
  static func kinds(of node: YAMLNode?) -> [DocumentKind] {
    guard let node else { return [] }
    let names = node.isSequence ? node.items.compactMap(\.text) : node.text.map { [$0] } ?? []
    var kinds: [DocumentKind] = []
    for kind in names.compactMap(DocumentKind.init) where !kinds.contains(kind) { kinds.append(kind) }
    return kinds
  }

  mutating func compileRules(_ root: YAMLNode, packID: String) -> [Rule] {
    var names = Set<String>()
    // How many variables each one is computed through, itself included.
    var chains: [String: Int] = [:]
    // Variables are evaluated for the documents of every rule of the pack, so their `doc`
    // admits the fields of each kind the rules apply to.
    let variableFieldTypes = RuleFieldTypes.variableRoots(
      rules: root.objects("rules").compactMap { node in
        CompileContext.kinds(of: node["applies_to"]).map { ($0, node.text("for_each").flatMap(FieldPath.init)) }
      }.flatMap { $0 })
    for variable in root.objects("variables") {
      let name = variable.text("name") ?? ""
      let location = document.location(variable["name"]?.start ?? variable.start)
      guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }),
        name.first?.isNumber == false
      else {
        diagnostics.append(PackError.invalidVariableName(name: name, location).diagnostic)
        continue
      }
      guard names.insert(name).inserted else {
        diagnostics.append(PackError.duplicateVariable(name: name, location).diagnostic)
        continue
      }
      if let compiled = expression(variable["expression"], fieldTypes: variableFieldTypes) {
        // Only the first step past the limit is reported: the variables built on it are too
        // long for the same reason.
        let chain = 1 + ((compiled.references.fields["vars"] ?? []).compactMap { chains[$0] }.max() ?? 0)
        chains[name] = chain
        if chain == PolicyPackLoader.maxVariableChain + 1 {
          diagnostics.append(
            PackError.variableChainTooLong(name: name, limit: PolicyPackLoader.maxVariableChain, location).diagnostic)
        }
        computedTable["vars.\(name)"] = compiled.asComputedVariable(at: computed.count)
        computed.append(("vars.\(name)", compiled))
      }
    }

    struct Pending {
      var node: YAMLNode
      var kind: DocumentKind
      var kinds: [DocumentKind]
      var forEach: FieldPath?
      var when: CompiledExpression?
      var assertion: CompiledExpression
      var message: (sv: MessageTemplate, en: MessageTemplate)
      var escalation: Rule.Escalation?
    }
    var pending: [Pending] = []
    for node in root.objects("rules") {
      guard let appliesTo = node["applies_to"] else { continue }
      let kinds = CompileContext.kinds(of: appliesTo)
      for item in appliesTo.isSequence ? appliesTo.items.map({ $0 }) : [appliesTo]
      where item.text.flatMap(DocumentKind.init) == nil {
        let found = item.text ?? ""
        diagnostics.append(
          PackError.invalidAppliesTo(
            found: found, suggestion: Suggestion.closest(to: found, among: DocumentKind.allCases.map(\.rawValue)),
            document.location(item.start)
          ).diagnostic)
      }
      // A rule for several kinds is compiled once per kind, with that kind's fields; a problem
      // that does not depend on the kind is reported once.
      let before = diagnostics.count
      for kind in kinds {
        let shape = Shape.object(DocumentSchema.shape(of: kind))
        var forEach: FieldPath?
        if let text = node.text("for_each") {
          let location = document.location(node["for_each"]!.start)
          if let path = FieldPath(text), case .list? = path.resolve(in: shape) {
            forEach = path
          } else if let path = FieldPath(text), path.isFacts {
            // A list the fact layer computes: each element carries the `path` it is about.
            if path.keys.count == 2, WorkspaceFacts.locatedLists(of: kind).contains(path.keys[1]) {
              forEach = path
            } else {
              diagnostics.append(
                PackError.invalidFactsList(
                  path: text, kind: kind, known: WorkspaceFacts.locatedLists(of: kind), location
                )
                .diagnostic)
            }
          } else {
            diagnostics.append(PackError.invalidFieldPath(path: text, kind: kind, needsList: true, location).diagnostic)
          }
        }
        if let text = node.text("path"), forEach?.isFacts == true {
          diagnostics.append(PackError.pathWithFactsList(path: text, document.location(node["path"]!.start)).diagnostic)
        } else if let text = node.text("path") {
          var base = shape
          if let forEach, case .list(let element)? = forEach.resolve(in: shape) { base = element }
          if FieldPath(text)?.resolve(in: base) == nil {
            diagnostics.append(
              PackError.invalidFieldPath(
                path: text, kind: kind, needsList: false, document.location(node["path"]!.start)
              )
              .diagnostic)
          }
        }
        for field in ["title", "description", "remediation"] {
          for text in [node[field], node[field]?["sv"], node[field]?["en"]] where text?.text?.contains("{{") == true {
            diagnostics.append(PackError.templateInPlainText(field: field, document.location(text!.start)).diagnostic)
          }
        }
        let fieldTypes = RuleFieldTypes.roots(kind: kind, forEach: forEach)
        let when = expression(node["when"], fieldTypes: fieldTypes)
        let assertion = expression(node["assert"], fieldTypes: fieldTypes)
        let message = bilingualTemplate(node["message"], fieldTypes: fieldTypes)
        let escalate = node.object("escalate")
        let escalationWhen = escalate.flatMap { expression($0["when"], fieldTypes: fieldTypes) }
        var escalation: Rule.Escalation?
        if let escalationWhen, let to = escalate?.text("to").flatMap(Severity.init) {
          escalation = Rule.Escalation(severity: to, when: escalationWhen, whenSource: escalationWhen.source)
        }
        if let assertion, let message, node["when"] == nil || when != nil, escalate == nil || escalation != nil {
          pending.append(
            Pending(
              node: node, kind: kind, kinds: kinds, forEach: forEach, when: when, assertion: assertion,
              message: message,
              escalation: escalation))
        }
      }
      if kinds.count > 1 {
        var seen = Set<Diagnostic>()
        let repeated = diagnostics[before...].filter { !seen.insert($0).inserted }.count
        if repeated > 0 {
          seen = []
          diagnostics = Array(diagnostics[..<before]) + diagnostics[before...].filter { seen.insert($0).inserted }
        }
      }
    }

    // What each variable depends on, from the names its expression reads (a variable reads
    // only those defined before it): the element of a for_each (its value is then forgotten
    // between elements), and the facts (which are then computed for the rules that use it).
    var elementDependentNames = Set<String>()
    var factsDependentNames = Set<String>()
    // Which facts each variable reads, its own and through the variables it reads.
    var factsKeysOfVariable: [String: FactsKeys] = [:]
    for (name, variable) in computed {
      let references = variable.references
      let usesVariables = (references.fields["vars"] ?? []).map { "vars.\($0)" }
      if references.names.contains("item") || references.names.contains("index")
        || usesVariables.contains(where: elementDependentNames.contains)
      {
        elementDependentNames.insert(name)
      }
      if references.names.contains("facts") || usesVariables.contains(where: factsDependentNames.contains) {
        factsDependentNames.insert(name)
      }
      factsKeysOfVariable[name] = usesVariables.reduce(FactsKeys(references)) {
        $0.union(factsKeysOfVariable[$1] ?? FactsKeys())
      }
    }
    let elementDependent = computed.indices.filter { elementDependentNames.contains(computed[$0].name) }
    let scope = RuleScope(
      packID: packID, computedCount: computed.count, slotCount: slotCount, elementDependent: elementDependent)
    func references(_ item: Pending) -> ExpressionReferences {
      item.assertion.references.union(item.when?.references ?? ExpressionReferences())
        .union(item.message.sv.references).union(item.message.en.references)
        .union(item.escalation?.when.references ?? ExpressionReferences())
    }
    /// The facts a rule reads: its expressions' own, its variables', and the list it runs over.
    func factsKeys(_ item: Pending) -> FactsKeys {
      let references = references(item)
      var keys = (references.fields["vars"] ?? []).reduce(FactsKeys(references)) {
        $0.union(factsKeysOfVariable["vars.\($1)"] ?? FactsKeys())
      }
      if let forEach = item.forEach, forEach.isFacts { keys = keys.union(FactsKeys(only: [forEach.keys[1]])) }
      return keys
    }
    func readsFacts(_ references: ExpressionReferences) -> Bool {
      references.names.contains("facts")
        || (references.fields["vars"] ?? []).contains { factsDependentNames.contains("vars.\($0)") }
    }
    return pending.map { item in
      let node = item.node
      // A title is required by the schema, so it is there; were it not, the id names the rule.
      let id = node.text("id") ?? ""
      var rule = Rule(
        id: id, packID: packID, severity: node.text("severity").flatMap(Severity.init) ?? .error,
        title: localized(node["title"]) ?? LocalizedText(sv: id, en: id), description: localized(node["description"]),
        message: item.message, remediation: localized(node["remediation"]), appliesTo: item.kind, forEach: item.forEach,
        path: node.text("path"), when: item.when, assertion: item.assertion, whenSource: node["when"]?.text,
        assertSource: node["assert"]?.text ?? "", references: node.objects("references").map(Reference.init),
        tags: node.texts("tags"), examples: examples(of: node, kind: item.kind, kinds: item.kinds),
        location: document.location(node["id"]?.start ?? node.start), scope: scope,
        usesFacts: item.forEach?.isFacts == true || readsFacts(references(item)),
        factsKeys: factsKeys(item)
      )
      rule.escalation = item.escalation
      rule.declaredKinds = item.kinds
      return rule
    }
  }

  /// The examples of the rule compiled for `kind`: those whose document says that kind, or
  /// says none when `kind` is the first of the rule's kinds (`kinds`).
  mutating func examples(of rule: YAMLNode, kind: DocumentKind, kinds: [DocumentKind]) -> [RuleExample] {
    var result: [RuleExample] = []
    let ruleID = rule.text("id") ?? ""
    for example in rule.objects("examples") {
      guard let document = example["document"] else { continue }
      let location = document.location(in: origin)
      if let written = document["kind"]?.text, written != kind.rawValue {
        if kinds.first == kind, !kinds.map(\.rawValue).contains(written) {
          diagnostics.append(PackError.exampleKindMismatch(expected: kind, found: written, location).diagnostic)
        }
        continue
      }
      if document["kind"] == nil, kinds.first != kind { continue }
      var validator = ShapeValidator(document: YAMLDocument(index: 0, root: document))
      validator.validate(document, against: DocumentSchema.exampleShape(of: kind))
      diagnostics += validator.errors.map(\.diagnostic)
      if let organization = example["organization"] {
        var orgValidator = ShapeValidator(document: YAMLDocument(index: 0, root: organization))
        orgValidator.validate(organization, against: DocumentSchema.exampleShape(of: .organization))
        diagnostics += orgValidator.errors.map(\.diagnostic)
      }
      let expected = example.objects("expect").map {
        (
          rule: $0.text("rule") ?? ruleID, path: $0.text("path") ?? "",
          severity: $0.text("severity").flatMap(Severity.init)
        )
      }
      var also: [YAMLNode] = []
      for extra in example["also"]?.items.map({ $0 }) ?? [] {
        guard let kind = extra["kind"]?.text.flatMap(DocumentKind.init) else {
          diagnostics.append(
            PackError.exampleKindMismatch(expected: kind, found: extra["kind"]?.text ?? "–", extra.location(in: origin))
              .diagnostic)
          continue
        }
        guard kind != .organization else {
          // It would not be the `org` the rule sees; say so rather than test something else.
          diagnostics.append(PackError.organizationInAlso(extra.location(in: origin)).diagnostic)
          continue
        }
        var extraValidator = ShapeValidator(document: YAMLDocument(index: 0, root: extra))
        extraValidator.validate(extra, against: DocumentSchema.exampleShape(of: kind))
        diagnostics += extraValidator.errors.map(\.diagnostic)
        also.append(extra)
      }
      result.append(
        RuleExample(
          name: example.text("name"), document: document, organization: example["organization"], also: also,
          expected: expected, location: document.location(in: origin)))
    }
    return result
  }
}

extension YAMLNode {
  func location(in file: String) -> SourceLocation { start.location(in: file) }
}
