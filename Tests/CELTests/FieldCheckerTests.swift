import Testing

@testable import CEL

/// Field reads from names of a declared type are checked before running: a field that can
/// never be there is a compile error at the field's name; anything not declared is left alone.
@Suite struct FieldCheckerTests {
  static let text = FieldType.scalar(CELMessage(sv: "en text", en: "a text"))
  static let arena = FieldType.record(RecordType(name: "Arena", fields: [("name", text), ("kind", text)]))
  static let indicator = FieldType.record(
    RecordType(name: "Indicator", fields: [("id", text), ("users", .list(text)), ("notes", .map(text))]))
  static let report = FieldType.record(
    RecordType(
      name: "Report",
      fields: [
        ("feedback", .record(RecordType(name: "Feedback", fields: [("arena", arena)]))),
        ("indicators", .list(indicator)), ("extra", .map(.dynamic)), ("anything", .dynamic), ("law", text),
      ]))
  static let types: [String: FieldType] = ["doc": report]

  /// Compiles `marked` with `doc` declared; the error, and the offset of 1️⃣ in the source.
  func compile(_ marked: String, types: [String: FieldType] = types) -> (error: ExpressionError?, mark: Int?) {
    let scalars = Array(marked.unicodeScalars)
    let marker = Array("1️⃣".unicodeScalars)
    var mark: Int?
    var source = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
      if Array(scalars[i..<min(scalars.count, i + marker.count)]) == marker {
        mark = source.count
        i += marker.count
        continue
      }
      source.append(scalars[i])
      i += 1
    }
    do {
      _ = try CompiledExpression(String(source), variables: ["doc", "item"], fieldTypes: types)
      return (nil, mark)
    } catch {
      return (error, mark)
    }
  }

  @Test func anUnknownFieldIsRefusedAtItsNameWithADidYouMeanAndTheKnownFields() {
    let (error, mark) = compile("doc.1️⃣feedbak.arena == null")
    #expect(error?.range.lowerBound == mark)
    #expect(
      error?.fieldAccess
        == .unknownField(
          field: "feedbak", owner: "doc", record: ["Report"], suggestion: "feedback",
          known: ["feedback", "indicators", "extra", "anything", "law"], 4..<11))
    #expect(error?.message.en.contains("unknown field 'feedbak' in doc (Report). Did you mean 'feedback'?") == true)
    #expect(error?.message.en.contains("Known fields: feedback, indicators, extra, anything, law") == true)
    #expect(error?.message.sv.contains("okänt fält 'feedbak' i doc (Report). Menade du 'feedback'?") == true)
    #expect(error?.message.sv.contains("Kända fält: feedback, indicators") == true)
  }

  @Test func aNestedUnknownFieldIsRefusedAtItsOwnNameNamingItsOwner() {
    let (error, mark) = compile("size(doc.feedback.1️⃣arrena.name) > 0")
    #expect(error?.range.lowerBound == mark)
    #expect(
      error?.message.en.contains("unknown field 'arrena' in doc.feedback (Feedback). Did you mean 'arena'?") == true)
  }

  @Test func anIndexedListsElementsAreChecked() {
    let (error, mark) = compile("doc.indicators[0].1️⃣usres.size() > 0")
    #expect(error?.range.lowerBound == mark)
    #expect(error?.message.en.contains("in doc.indicators[0] (Indicator). Did you mean 'users'?") == true)
  }

  @Test func aRecordIndexedByAWrittenKeyIsCheckedLikeASelection() {
    let (error, mark) = compile("doc[1️⃣'feedbak'] == null")
    #expect(error?.range.lowerBound == mark)
    #expect(error?.fieldAccess.map { if case .unknownField = $0 { true } else { false } } == true)
    #expect(compile("doc['feedback'].arena.name == ''").error == nil)
  }

  @Test func hasIsCheckedAtTheFieldNameInside() {
    let (error, mark) = compile("has(doc.feedback.1️⃣arrena)")
    #expect(error?.range.lowerBound == mark)
    #expect(error?.message.en.contains("Did you mean 'arena'?") == true)
    #expect(compile("has(doc.feedback.arena) && has(doc.feedback . `arena`)").error == nil)
  }

  @Test func aComprehensionVariableHasTheTypeOfTheListsElements() {
    let (error, mark) = compile("doc.indicators.all(i, i.1️⃣usres.size() > 0)")
    #expect(error?.range.lowerBound == mark)
    #expect(error?.message.en.contains("unknown field 'usres' in i (Indicator)") == true)
    let filtered = compile("doc.indicators.filter(i, i.id != '').exists(j, j.1️⃣idd == 'x')")
    #expect(filtered.error?.range.lowerBound == filtered.mark)
    #expect(compile("doc.indicators.all(i, i.users.all(u, u.size() > 0))").error == nil)
  }

  @Test func aComprehensionVariableShadowsADeclaredNameOfTheSameSpelling() {
    #expect(compile("[{'x': 1}].all(doc, doc.x == 1)").error == nil)
    // Outside the comprehension the declared type holds again.
    let (error, mark) = compile("[{'x': 1}].all(doc, doc.x == 1) && doc.1️⃣x == 1")
    #expect(error?.range.lowerBound == mark)
  }

  @Test func aFreeFormMapAcceptsAnyKey() {
    #expect(compile("doc.extra.whatever.deeper == 1 && doc.indicators[0].notes.mine == 'x'").error == nil)
    #expect(compile("doc.anything.at.all == 1 && dyn(doc).feedbak == 1").error == nil)
  }

  @Test func aFieldOfAListIsRefusedWithHowToReadItsElements() {
    let (error, mark) = compile("doc.indicators.1️⃣users == []")
    #expect(error?.range.lowerBound == mark)
    #expect(error?.fieldAccess == .fieldOfList(field: "users", owner: "doc.indicators", 15..<20))
    #expect(error?.message.en.contains("doc.indicators.all(x, x.users …) or doc.indicators[0].users") == true)
  }

  @Test func aFieldOfAScalarIsRefused() {
    let (error, mark) = compile("doc.law.1️⃣sfs == ''")
    #expect(error?.range.lowerBound == mark)
    #expect(error?.message.en == "doc.law is a text and has no fields, so there is no 'sfs' in it")
    #expect(error?.message.sv == "doc.law är en text och har inga fält, så 'sfs' finns inte där")
  }

  @Test func aQuotedFieldNameIsLocatedInsideItsBackticks() {
    let (error, mark) = compile("doc.feedback.`1️⃣arrena` == null")
    #expect(error?.range == mark.map { $0..<($0 + 6) })
  }

  @Test func undeclaredNamesAndExpressionsWithoutTypesAreNotChecked() {
    #expect(compile("item.anything == 1").error == nil)
    #expect(compile("doc.feedbak == 1", types: [:]).error == nil)
  }

  @Test func mergedRecordsAdmitTheFieldsOfEitherAndNameBoth() {
    let other = FieldType.record(RecordType(name: "Collection", fields: [("purposes", .list(Self.text))]))
    let merged = Self.report.merged(with: other)
    #expect(compile("doc.purposes.size() > 0 && doc.feedback.arena.name == ''", types: ["doc": merged]).error == nil)
    let (error, _) = compile("doc.feedbak == 1", types: ["doc": merged])
    #expect(error?.message.en.contains("in doc (Report or Collection)") == true)
    #expect(error?.message.sv.contains("i doc (Report eller Collection)") == true)
  }
}
