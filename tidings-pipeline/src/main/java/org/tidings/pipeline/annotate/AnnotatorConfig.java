package org.tidings.pipeline.annotate;

/**
 * Options of the CoreNLP annotation stage.
 *
 * @param parse run the dependency parser (later stages need it; off only for NER-only scoring)
 * @param nerModel classpath location of the CRF NER model
 */
public record AnnotatorConfig(boolean parse, String nerModel) {

  /** The 4-class CoNLL CRF (PERSON, ORGANIZATION, LOCATION, MISC), with parsing. */
  public static final AnnotatorConfig DEFAULT =
      new AnnotatorConfig(true, "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

  public AnnotatorConfig {
    if (nerModel == null || nerModel.isBlank()) {
      throw new IllegalArgumentException("nerModel must be set");
    }
  }

  public AnnotatorConfig withParse(boolean on) {
    return new AnnotatorConfig(on, nerModel);
  }
}
