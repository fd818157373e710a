package org.tidings.pipeline.syntax;

import java.util.ArrayList;
import java.util.List;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Sentence;

/**
 * Dependency arcs of a document indexed by token: the arcs leaving and entering each token. Built
 * once per document in time linear in the number of arcs. Not thread-safe; one per document.
 */
public final class ParseIndex {
  private final List<List<Dependency>> out;
  private final List<List<Dependency>> in;

  public ParseIndex(Document doc) {
    int n = doc.tokens().size();
    out = new ArrayList<>(n);
    in = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>(2));
      in.add(new ArrayList<>(1));
    }
    for (Sentence s : doc.sentences()) {
      for (Dependency d : s.dependencies()) {
        if (d.dependent() < 0 || d.dependent() >= n) {
          continue;
        }
        in.get(d.dependent()).add(d);
        if (d.governor() >= 0 && d.governor() < n) {
          out.get(d.governor()).add(d);
        }
      }
    }
  }

  public List<Dependency> children(int token) {
    return out.get(token);
  }

  public List<Dependency> parents(int token) {
    return in.get(token);
  }

  /** The first incoming relation other than a propagated conjunct copy, or "" for none. */
  public String relationOf(int token) {
    for (Dependency d : in.get(token)) {
      return d.relation();
    }
    return "";
  }

  /** The governor of the first incoming arc, or -1. */
  public int governorOf(int token) {
    for (Dependency d : in.get(token)) {
      return d.governor();
    }
    return -1;
  }
}
