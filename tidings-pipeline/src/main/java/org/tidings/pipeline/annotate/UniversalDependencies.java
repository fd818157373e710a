package org.tidings.pipeline.annotate;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a basic tree from {@link ArcStandardParser} into CoreNLP's enhanced++ Universal
 * Dependencies graph (the conversion CoreNLP's {@code depparse} annotator applies to its own
 * parser's output, with the maximal extra dependencies) and stores it on the sentence. Only the
 * enhanced++ graph is built: it is the one {@link CoreNlpAnnotator} reads.
 *
 * <p>Stateless and thread-safe.
 */
final class UniversalDependencies {
  private UniversalDependencies() {}

  /** Parses {@code sentence} (tokens with tags) with {@code parser} and sets its enhanced++ graph. */
  static void annotate(ArcStandardParser parser, CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> words = new ArrayList<>(tokens.size());
    List<String> tags = new ArrayList<>(tokens.size());
    for (CoreLabel t : tokens) {
      words.add(t.word());
      tags.add(t.tag());
    }
    ArcStandardParser.Tree tree = parser.parse(words, tags);
    GrammaticalStructure structure = structure(tokens, tree);
    SemanticGraph graph =
        SemanticGraphFactory.makeFromTree(
            structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.MAXIMAL, null);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
  }

  private static GrammaticalStructure structure(List<CoreLabel> tokens, ArcStandardParser.Tree tree) {
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> arcs = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      int head = tree.heads()[i];
      IndexedWord dependent = new IndexedWord(tokens.get(i));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(tree.labels()[i]);
      arcs.add(new TypedDependency(relation, governor, dependent));
    }
    return new UniversalEnglishGrammaticalStructure(arcs, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null
        ? known
        : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
  }
}
