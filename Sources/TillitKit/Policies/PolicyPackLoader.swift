import Foundation

/// Loads policy packs strictly: from the built-in set (compiled into the binary) or from files,
/// following `extends`, validating the pack's shape, compiling every expression, and checking
/// every rule id named in `disable` and `severity`. Any problem is a located diagnostic.
public struct PolicyPackLoader: Sendable {
  public struct Result: Sendable {
    public var pack: PolicyPack?
    public var diagnostics: [Diagnostic]
  }

  public init() {}

  /// The names of the built-in packs (their file names in `policies/`, without `.yaml`).
  public static var builtInNames: [String] {
    BuiltInPolicySources.files.map(\.name).filter { $0.hasSuffix(".yaml") && $0 != "taxonomy.yaml" }
      .map { String($0.dropLast(5)) }
  }

  static func builtInText(_ name: String) -> String? {
    BuiltInPolicySources.files.first { $0.name == name + ".yaml" }?.text
  }

  /// A built-in name (`trust`) or a path to a `.yaml` file.
  public func load(_ reference: String, relativeTo folder: String? = nil) -> Result {
    var stack: [String] = []
    return load(reference, relativeTo: folder, referencedAt: nil, stack: &stack)
  }

  private func load(
    _ reference: String, relativeTo folder: String?, referencedAt: SourceLocation?, stack: inout [String]
  )
    -> Result
  {
    let isPath = reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml")
    let origin: String
    let text: String
    if !isPath {
      guard let builtIn = PolicyPackLoader.builtInText(reference) else {
        return Result(
          pack: nil,
          diagnostics: [
            PackError.unknownPack(name: reference, known: PolicyPackLoader.builtInNames, referencedAt).diagnostic
          ])
      }
      origin = "builtin:\(reference)"
      text = builtIn
    } else {
      let path =
        folder.map { reference.hasPrefix("/") ? reference : ($0 as NSString).appendingPathComponent(reference) }
        ?? reference
      guard let data = FileManager.default.contents(atPath: path) else {
        return Result(
          pack: nil,
          diagnostics: [
            PackError.unknownPack(name: reference, known: PolicyPackLoader.builtInNames, referencedAt).diagnostic
          ])
      }
      origin = path
      text = String(decoding: data, as: UTF8.self)
    }
    if stack.contains(origin) {
      return Result(
        pack: nil,
        diagnostics: [
          PackError.extendsCycle(name: reference, referencedAt ?? SourceLocation(file: origin, line: 0, column: 0))
            .diagnostic
        ])
    }
    stack.append(origin)
    defer { stack.removeLast() }
    return compile(text: text, origin: origin, stack: &stack)
  }

  /// Reads and compiles one pack's text. `origin` names it in messages.
  func compile(text: String, origin: String, stack: inout [String]) -> Result {
    let read = YAMLReader().read(text, file: origin)
    var diagnostics = read.errors.map(\.diagnostic)
    guard let yaml = read.documents.first else {
      if diagnostics.isEmpty {
        diagnostics.append(PackError.notAPack(SourceLocation(file: origin, line: 1, column: 1)).diagnostic)
      }
      return Result(pack: nil, diagnostics: diagnostics)
    }
    let root = yaml.root
    guard root.isMapping, root["kind"]?.hasText("PolicyPack") == true else {
      return Result(pack: nil, diagnostics: diagnostics + [PackError.notAPack(yaml.location(root.start)).diagnostic])
    }
    var validator = ShapeValidator(document: yaml)
    validator.validate(root, against: PolicyPackSchema.pack)
    diagnostics += validator.errors.map(\.diagnostic)
    guard diagnostics.isEmpty else { return Result(pack: nil, diagnostics: diagnostics) }

    var context = CompileContext(origin: origin, fileText: text, document: yaml)
    let packID = root.text("id") ?? ""
    let folder = origin.hasPrefix("builtin:") ? nil : (origin as NSString).deletingLastPathComponent

    // Extended packs first: their rules, then ours.
    var rules: [Rule] = []
    var thresholds: [String: Value] = [:]
    for item in (root["extends"]?.items).map(Array.init) ?? [] {
      guard let name = item.text else { continue }
      let extended = load(name, relativeTo: folder, referencedAt: yaml.location(item.start), stack: &stack)
      diagnostics += extended.diagnostics
      if let pack = extended.pack {
        rules += pack.rules
        thresholds.merge(pack.thresholds) { _, new in new }
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
    for rule in rules + ownRules {
      if let first = firstByID[rule.id] {
        diagnostics.append(PackError.duplicateRuleID(id: rule.id, first: first, second: rule.location).diagnostic)
      } else {
        firstByID[rule.id] = rule.location
      }
    }
    rules += ownRules

    // disable and severity name rules of this pack or the packs it extends.
    let known = rules.map(\.id)
    var disabled = Set<String>()
    for item in (root["disable"]?.items).map(Array.init) ?? [] {
      guard let id = item.text else { continue }
      if known.contains(id) {
        disabled.insert(id)
      } else {
        diagnostics.append(
          PackError.unknownRule(id: id, suggestion: Suggestion.closest(to: id, among: known), yaml.location(item.start))
            .diagnostic)
      }
    }
    for pair in root["severity"]?.pairs ?? YAMLNode.Pairs(tree: root.tree) {
      let id = pair.keyText
      guard let index = rules.firstIndex(where: { $0.id == id }) else {
        diagnostics.append(
          PackError.unknownRule(
            id: id, suggestion: Suggestion.closest(to: id, among: known), yaml.location(pair.keyMark)
          )
          .diagnostic)
        continue
      }
      if let severity = pair.value.text.flatMap(Severity.init) { rules[index].severity = severity }
    }
    rules.removeAll { disabled.contains($0.id) }

    guard diagnostics.isEmpty else { return Result(pack: nil, diagnostics: diagnostics) }
    let pack = PolicyPack(
      id: packID, version: root.text("version"),
      title: localized(root["title"]) ?? LocalizedText(sv: packID, en: packID),
      description: localized(root["description"]), references: root.objects("references").map(Reference.init),
      origin: origin, rules: rules, thresholds: thresholds)
    return Result(pack: pack, diagnostics: [])
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
  var slotCount = RuleScope.variables.count

  init(origin: String, fileText: String, document: YAMLDocument) {
    self.origin = origin
    self.fileText = fileText
    self.document = document
  }

  /// Compiles an expression written in `node`; on error records it at its place in the file.
  mutating func expression(_ node: YAMLNode?) -> CompiledExpression? {
    guard let node, let source = node.text else { return nil }
    do {
      let compiled = try CompiledExpression(source, variables: RuleScope.variables, computed: computed)
      slotCount = max(slotCount, compiled.requiredSlots)
      return compiled
    } catch {
      diagnostics.append(
        PackError.expression(
          error, ExpressionLocator.location(ofOffset: error.range.lowerBound, in: node, fileText: fileText)
        ).diagnostic)
      return nil
    }
  }

  mutating func template(_ node: YAMLNode?) -> MessageTemplate? {
    guard let node, let text = node.text else { return nil }
    let computed = self.computed
    do {
      var slots = slotCount
      let template = try MessageTemplate.parse(text) { (source) throws(ExpressionError) in
        let compiled = try CompiledExpression(source, variables: RuleScope.variables, computed: computed)
        slots = max(slots, compiled.requiredSlots)
        return compiled
      }
      slotCount = slots
      return template
    } catch {
      diagnostics.append(
        PackError.expression(
          error, ExpressionLocator.location(ofOffset: error.range.lowerBound, in: node, fileText: fileText)
        ).diagnostic)
      return nil
    }
  }

  /// A bilingual template: `{sv, en}` or one text for both.
  mutating func bilingualTemplate(_ node: YAMLNode?) -> (sv: MessageTemplate, en: MessageTemplate)? {
    guard let node else { return nil }
    if node.isMapping {
      let sv = template(node["sv"] ?? node["en"])
      let en = template(node["en"] ?? node["sv"])
      guard let sv, let en else { return nil }
      return (sv, en)
    }
    guard let both = template(node) else { return nil }
    return (both, both)
  }

  mutating func compileRules(_ root: YAMLNode, packID: String) -> [Rule] {
    var names = Set<String>()
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
      if let compiled = expression(variable["expression"]) { computed.append(("vars.\(name)", compiled)) }
    }

    struct Pending {
      var node: YAMLNode
      var kind: DocumentKind
      var forEach: FieldPath?
      var when: CompiledExpression?
      var assertion: CompiledExpression
      var message: (sv: MessageTemplate, en: MessageTemplate)
    }
    var pending: [Pending] = []
    for node in root.objects("rules") {
      guard let kind = node.text("applies_to").flatMap(DocumentKind.init) else { continue }
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
              PackError.invalidFactsList(path: text, kind: kind, known: WorkspaceFacts.locatedLists(of: kind), location)
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
            PackError.invalidFieldPath(path: text, kind: kind, needsList: false, document.location(node["path"]!.start))
              .diagnostic)
        }
      }
      let when = expression(node["when"])
      let assertion = expression(node["assert"])
      let message = bilingualTemplate(node["message"])
      if let assertion, let message, node["when"] == nil || when != nil {
        pending.append(
          Pending(node: node, kind: kind, forEach: forEach, when: when, assertion: assertion, message: message))
      }
    }

    let elementDependent = computed.enumerated().filter { _, variable in
      let source = variable.expression.source
      return source.contains("item") || source.contains("index") || source.contains("vars.")
    }.map(\.offset)
    let scope = RuleScope(
      packID: packID, computedCount: computed.count, slotCount: slotCount, elementDependent: elementDependent)
    let mentionsFacts = root.objects("variables").contains { $0["expression"]?.text?.contains("facts") == true }
    return pending.map { item in
      let node = item.node
      return Rule(
        id: node.text("id") ?? "", packID: packID, severity: node.text("severity").flatMap(Severity.init) ?? .error,
        title: localized(node["title"]) ?? LocalizedText(sv: "", en: ""), description: localized(node["description"]),
        message: item.message, remediation: localized(node["remediation"]), appliesTo: item.kind, forEach: item.forEach,
        path: node.text("path"), when: item.when, assertion: item.assertion, whenSource: node["when"]?.text,
        assertSource: node["assert"]?.text ?? "", references: node.objects("references").map(Reference.init),
        tags: node.texts("tags"), examples: examples(of: node, kind: item.kind),
        location: document.location(node["id"]?.start ?? node.start), scope: scope,
        usesFacts: mentionsFacts || item.forEach?.isFacts == true
          || [node["when"], node["assert"], node["message"]?["sv"], node["message"]?["en"], node["message"]]
            .contains { $0?.text?.contains("facts") == true }
      )
    }
  }

  mutating func examples(of rule: YAMLNode, kind: DocumentKind) -> [RuleExample] {
    var result: [RuleExample] = []
    let ruleID = rule.text("id") ?? ""
    for example in rule.objects("examples") {
      guard let document = example["document"] else { continue }
      let location = document.location(in: origin)
      if let written = document["kind"]?.text, written != kind.rawValue {
        diagnostics.append(PackError.exampleKindMismatch(expected: kind, found: written, location).diagnostic)
        continue
      }
      var validator = ShapeValidator(document: YAMLDocument(index: 0, root: document))
      validator.validate(document, against: DocumentSchema.exampleShape(of: kind))
      diagnostics += validator.errors.map(\.diagnostic)
      if let organization = example["organization"] {
        var orgValidator = ShapeValidator(document: YAMLDocument(index: 0, root: organization))
        orgValidator.validate(organization, against: DocumentSchema.exampleShape(of: .organization))
        diagnostics += orgValidator.errors.map(\.diagnostic)
      }
      let expected = example.objects("expect").map { (rule: $0.text("rule") ?? ruleID, path: $0.text("path") ?? "") }
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
