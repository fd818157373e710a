package org.tidings.pipeline.events.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained event coder: five heads over {@link Features} (the trigger head linear or with a hidden
 * layer, the others linear) and the settings chosen with
 * them, with its model card.
 *
 * <ul>
 *   <li>{@code trigger}: {@link #NONE} or one of the 16 PLOVER types, per candidate word;
 *   <li>{@code party}: {@link #NONE}, {@link #SOURCE} or {@link #TARGET}, per actor of the
 *       trigger's sentence;
 *   <li>{@code modality}: asserted, reported, intended, negated, hypothetical (lower case);
 *   <li>{@code country}: whether a country option is the party's country (see {@code
 *       EventCandidates#countries});
 *   <li>{@code roots}: the CAMEO code used for a type when neither the rules nor the lexicon give
 *       one of that type.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param encoder name of the encoder whose vectors the heads read ("none" for none)
 * @param dimension length of those vectors
 * @param triggerInput what the trigger head reads of the vectors
 * @param trigger the trigger head
 * @param party the party head
 * @param modality the modality head
 * @param country the country head: {@link #NO} or {@link #YES} per country option of a chosen party
 * @param defaultCodes PLOVER type to CAMEO code, never null
 * @param triggerThreshold least event probability (1 - P(NONE)) to code an event, 0..1
 * @param ruleThreshold least probability of the rule coder's own type at a word the rules coded,
 *     for an event below {@code triggerThreshold} to be coded with that type; above 1 for never
 * @param partyThreshold least probability of SOURCE or TARGET for a party to be taken, 0..1
 * @param keepRuleEvents whether the rule coder's events of the 16 types are kept where the model
 *     codes no event of that type in the sentence (chosen on dev)
 * @param calibration Platt scaling {@code [a, b]}: confidence = 1 / (1 + exp(-(a * logit(p) + b)))
 * @param card what the model was trained on and how it scored, as JSON; never null
 */
public record EventModel(
    String encoder,
    int dimension,
    TriggerInput triggerInput,
    Classifier trigger,
    LinearModel party,
    LinearModel modality,
    LinearModel country,
    Map<String, String> defaultCodes,
    double triggerThreshold,
    double ruleThreshold,
    double partyThreshold,
    boolean keepRuleEvents,
    double[] calibration,
    ObjectNode card) {
  public static final String NONE = "NONE";
  public static final String SOURCE = "SOURCE";
  public static final String TARGET = "TARGET";
  public static final String NO = "NO";
  public static final String YES = "YES";
  /** The bundled model's classpath resource. */
  public static final String RESOURCE = "/org/tidings/events/event-model.json.gz";
  private static final ObjectMapper JSON = new ObjectMapper();

  public EventModel {
    Objects.requireNonNull(encoder, "encoder");
    Objects.requireNonNull(triggerInput, "triggerInput");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(country, "country");
    defaultCodes = Map.copyOf(defaultCodes);
    Objects.requireNonNull(card, "card");
    if (calibration.length != 2) {
      throw new IllegalArgumentException("calibration needs [a, b]");
    }
  }

  /** The same heads with other decision settings (thresholds and the rule union). */
  public EventModel withDecisions(double trigger, double rule, double partyMinimum, boolean keepRules) {
    return new EventModel(encoder, dimension, triggerInput, this.trigger, party, modality, country, defaultCodes, trigger, rule,
        partyMinimum, keepRules, calibration, card);
  }

  /** The same model with another calibration {@code [a, b]}. */
  public EventModel withCalibration(double[] platt) {
    return new EventModel(encoder, dimension, triggerInput, trigger, party, modality, country, defaultCodes, triggerThreshold,
        ruleThreshold, partyThreshold, keepRuleEvents, platt, card);
  }

  /** The calibrated confidence of an event whose trigger head gave event probability {@code p}. */
  public double confidence(double p) {
    double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
    double z = calibration[0] * Math.log(q / (1 - q)) + calibration[1];
    return 1 / (1 + Math.exp(-z));
  }

  /** True when the project ships a trained model on the classpath. */
  public static boolean bundledPresent() {
    return EventModel.class.getResource(RESOURCE) != null;
  }

  /**
   * The model shipped with the project.
   *
   * @throws IllegalStateException when none is on the classpath
   */
  public static EventModel bundled() {
    InputStream in = EventModel.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("no trained event model on the classpath at " + RESOURCE);
    }
    try (InputStream gz = new GZIPInputStream(in)) {
      return fromJson(JSON.readTree(gz));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled event model " + RESOURCE, e);
    }
  }

  /**
   * Reads a model file written by {@link #write}.
   *
   * @throws UncheckedIOException when it cannot be read
   */
  public static EventModel read(Path file) {
    try (InputStream gz = new GZIPInputStream(Files.newInputStream(file))) {
      return fromJson(JSON.readTree(gz));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event model " + file, e);
    }
  }

  /** Writes the model, gzipped JSON. */
  public void write(Path file) {
    ObjectNode root = JSON.createObjectNode();
    root.set("card", card);
    root.put("encoder", encoder);
    root.put("dimension", dimension);
    root.put("triggerInput", triggerInput.id());
    root.put("triggerThreshold", triggerThreshold);
    root.put("ruleThreshold", ruleThreshold);
    root.put("partyThreshold", partyThreshold);
    root.put("keepRuleEvents", keepRuleEvents);
    root.putArray("calibration").add(calibration[0]).add(calibration[1]);
    ObjectNode codes = root.putObject("defaultCodes");
    defaultCodes.keySet().stream().sorted().forEach(k -> codes.put(k, defaultCodes.get(k)));
    root.set("trigger", trigger.toJson());
    root.set("party", party.toJson());
    root.set("modality", modality.toJson());
    root.set("country", country.toJson());
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the event model " + file, e);
    }
  }

  private static EventModel fromJson(JsonNode root) {
    Map<String, String> codes = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("defaultCodes").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      codes.put(e.getKey(), e.getValue().asText());
    }
    JsonNode cal = root.path("calibration");
    return new EventModel(root.path("encoder").asText("none"), root.path("dimension").asInt(0),
        TriggerInput.byId(root.path("triggerInput").asText("word")),
        Classifier.fromJson(root.path("trigger")), LinearModel.fromJson(root.path("party")),
        LinearModel.fromJson(root.path("modality")), LinearModel.fromJson(root.path("country")), codes, root.path("triggerThreshold").asDouble(0.5), root.path("ruleThreshold").asDouble(2),
        root.path("partyThreshold").asDouble(0.5), root.path("keepRuleEvents").asBoolean(false), new double[] {cal.path(0).asDouble(1), cal.path(1).asDouble(0)},
        root.path("card").isObject() ? (ObjectNode) root.path("card") : JSON.createObjectNode());
  }
}
