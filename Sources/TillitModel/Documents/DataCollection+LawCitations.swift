extension DataCollection {
  /// Every place the collection cites a statute, with its path in the document: each purpose's
  /// `law`, each special-category basis's `law`, `criminal_data_basis.law`, `retention.law` and
  /// `automated_decisions.basis_ref`. Blank ones are left out. In document order, so that a
  /// rule over them (SE-LAW-002, for_each `facts.law_citations`) reports each where it is.
  public var lawCitations: [(path: String, text: String)] {
    var citations: [(path: String, text: String)] = []
    func add(_ path: String, _ text: String?) {
      guard let text, !text.allSatisfy(\.isWhitespace) else { return }
      citations.append((path, text))
    }
    for (i, purpose) in purposes.enumerated() { add("purposes[\(i)].law", purpose.law) }
    for (i, basis) in specialCategoryBasis.enumerated() { add("special_category_basis[\(i)].law", basis.law) }
    add("criminal_data_basis.law", criminalDataLaw)
    add("retention.law", retention?.law)
    add("automated_decisions.basis_ref", automatedDecisions?.basisRef)
    return citations
  }
}
