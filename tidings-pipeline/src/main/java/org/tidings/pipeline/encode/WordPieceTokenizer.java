package org.tidings.pipeline.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The uncased BERT WordPiece tokenizer of a Hugging Face {@code tokenizer.json}, written by us so
 * that no tokenizer library (DJL's calls home) is needed.
 *
 * <p>It reproduces the {@code BertNormalizer} (clean text, CJK characters split apart, accents
 * stripped by NFD and dropping non-spacing marks, lower case), the {@code BertPreTokenizer} (split
 * on white space, every punctuation character a token of its own) and the greedy longest-match-first
 * {@code WordPiece} model with the {@code ##} continuation prefix, where a word longer than
 * {@code max_input_chars_per_word} code points, or with a part no vocabulary entry matches, becomes
 * the single {@code [UNK]} piece. Only that configuration is accepted: {@link #read} rejects a file
 * describing another normalizer, pre-tokenizer or model, or a cased one, rather than tokenizing it
 * wrongly.
 *
 * <p>Immutable and thread-safe. No method accepts or returns null.
 */
public final class WordPieceTokenizer {

  private static final String CONTINUATION = "##";

  private final Map<String, Integer> vocab;
  private final int maxCharsPerWord;
  private final int unkId;
  private final int clsId;
  private final int sepId;
  private final int padId;

  private WordPieceTokenizer(Map<String, Integer> vocab, int maxCharsPerWord) {
    this.vocab = Map.copyOf(vocab);
    this.maxCharsPerWord = maxCharsPerWord;
    this.unkId = required(vocab, "[UNK]");
    this.clsId = required(vocab, "[CLS]");
    this.sepId = required(vocab, "[SEP]");
    this.padId = required(vocab, "[PAD]");
  }

  /**
   * Reads a tokenizer from a class path resource holding a {@code tokenizer.json}.
   *
   * @param resource absolute resource name, without a leading slash
   * @throws UncheckedIOException when the resource is missing or unreadable
   * @throws IllegalArgumentException when it is not an uncased BERT WordPiece tokenizer
   */
  public static WordPieceTokenizer fromResource(String resource) {
    Objects.requireNonNull(resource, "resource");
    try (InputStream in = WordPieceTokenizer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("tokenizer not on the class path: " + resource));
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer " + resource, e);
    }
  }

  /**
   * Reads a {@code tokenizer.json}; the stream is not closed.
   *
   * @throws IOException when the stream cannot be read or is not JSON
   * @throws IllegalArgumentException when it is not an uncased BERT WordPiece tokenizer
   */
  public static WordPieceTokenizer read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    expect(root, "/normalizer/type", "BertNormalizer");
    expect(root, "/normalizer/lowercase", "true");
    expect(root, "/normalizer/clean_text", "true");
    expect(root, "/normalizer/handle_chinese_chars", "true");
    JsonNode strip = root.at("/normalizer/strip_accents");
    // BERT's rule: strip_accents unset (null) follows lowercase, which is true here.
    if (!(strip.isMissingNode() || strip.isNull() || strip.asBoolean())) {
      throw new IllegalArgumentException("tokenizer.json keeps accents; only uncased BERT is supported");
    }
    expect(root, "/pre_tokenizer/type", "BertPreTokenizer");
    expect(root, "/model/type", "WordPiece");
    expect(root, "/model/continuing_subword_prefix", CONTINUATION);
    expect(root, "/model/unk_token", "[UNK]");
    JsonNode vocabNode = root.at("/model/vocab");
    if (!vocabNode.isObject() || vocabNode.isEmpty()) {
      throw new IllegalArgumentException("tokenizer.json has no model.vocab object");
    }
    Map<String, Integer> vocab = new HashMap<>(vocabNode.size() * 2);
    for (Iterator<Map.Entry<String, JsonNode>> it = vocabNode.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().canConvertToInt()) {
        throw new IllegalArgumentException("vocabulary id of '" + e.getKey() + "' is not an int");
      }
      vocab.put(e.getKey(), e.getValue().intValue());
    }
    int maxChars = root.at("/model/max_input_chars_per_word").asInt(100);
    return new WordPieceTokenizer(vocab, maxChars);
  }

  /** Vocabulary id of the {@code [UNK]} piece. */
  public int unkId() {
    return unkId;
  }

  /** Vocabulary id of the {@code [CLS]} piece that opens every sequence. */
  public int clsId() {
    return clsId;
  }

  /** Vocabulary id of the {@code [SEP]} piece that closes every sequence. */
  public int sepId() {
    return sepId;
  }

  /** Vocabulary id of the {@code [PAD]} piece. */
  public int padId() {
    return padId;
  }

  /** Number of entries in the vocabulary. */
  public int vocabularySize() {
    return vocab.size();
  }

  /**
   * Vocabulary id of a piece exactly as written (a continuation piece with its {@code ##}), or -1
   * when the vocabulary lacks it.
   */
  public int id(String piece) {
    Integer id = vocab.get(Objects.requireNonNull(piece, "piece"));
    return id == null ? -1 : id;
  }

  /**
   * The pieces of a text: normalized, pre-tokenized and split into word pieces, without
   * {@code [CLS]} and {@code [SEP]}. Empty when the text has nothing but white space and control
   * characters.
   */
  public List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    for (String word : basicTokens(text)) {
      wordPieces(word, out);
    }
    return out;
  }

  /** The vocabulary ids of {@link #pieces}, in order. */
  public int[] ids(String text) {
    List<String> pieces = pieces(text);
    int[] ids = new int[pieces.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = vocab.get(pieces.get(i)); // every piece comes from the vocabulary or is [UNK]
    }
    return ids;
  }

  /**
   * The basic tokens of a text: BERT normalization (clean, CJK apart, accents stripped, lower case),
   * then split on white space and around each punctuation character.
   */
  public List<String> basicTokens(String text) {
    String normalized = normalize(Objects.requireNonNull(text, "text"));
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < normalized.length(); ) {
      int cp = normalized.codePointAt(i);
      i += Character.charCount(cp);
      if (isWhitespace(cp)) {
        flush(current, tokens);
      } else if (isPunctuation(cp)) {
        flush(current, tokens);
        tokens.add(new String(Character.toChars(cp)));
      } else {
        current.appendCodePoint(cp);
      }
    }
    flush(current, tokens);
    return tokens;
  }

  /** Appends the word pieces of one basic token, or {@code [UNK]} when it cannot be split. */
  private void wordPieces(String word, List<String> out) {
    if (word.codePointCount(0, word.length()) > maxCharsPerWord) {
      out.add("[UNK]");
      return;
    }
    int mark = out.size();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      String found = null;
      while (end > start) {
        String candidate = start == 0 ? word.substring(start, end) : CONTINUATION + word.substring(start, end);
        if (vocab.containsKey(candidate)) {
          found = candidate;
          break;
        }
        // never cut a surrogate pair in half
        end -= Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 >= start ? 2 : 1;
      }
      if (found == null) {
        out.subList(mark, out.size()).clear();
        out.add("[UNK]");
        return;
      }
      out.add(found);
      start = end;
    }
  }

  private static String normalize(String text) {
    StringBuilder cleaned = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
        continue;
      }
      if (isWhitespace(cp)) {
        cleaned.append(' ');
      } else if (isCjk(cp)) {
        cleaned.append(' ').appendCodePoint(cp).append(' ');
      } else {
        cleaned.appendCodePoint(cp);
      }
    }
    String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
    StringBuilder stripped = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) != Character.NON_SPACING_MARK) {
        stripped.appendCodePoint(cp);
      }
    }
    return stripped.toString().toLowerCase(Locale.ROOT);
  }

  private static void flush(StringBuilder current, List<String> tokens) {
    if (current.length() > 0) {
      tokens.add(current.toString());
      current.setLength(0);
    }
  }

  private static boolean isWhitespace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r'
        || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  private static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE || type == Character.SURROGATE;
  }

  /** ASCII symbols count as punctuation for BERT (so "$" and "^" split), as do Unicode P* classes. */
  private static boolean isPunctuation(int cp) {
    if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  /** The CJK Unified Ideograph blocks BERT splits character by character. */
  private static boolean isCjk(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B73F)
        || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }

  private static void expect(JsonNode root, String pointer, String value) {
    JsonNode node = root.at(pointer);
    if (node.isMissingNode() || !node.asText().equals(value)) {
      throw new IllegalArgumentException("tokenizer.json " + pointer + " is "
          + (node.isMissingNode() ? "missing" : "'" + node.asText() + "'") + ", expected '" + value + "'");
    }
  }

  private static int required(Map<String, Integer> vocab, String piece) {
    Integer id = vocab.get(piece);
    if (id == null) {
      throw new IllegalArgumentException("tokenizer vocabulary lacks " + piece);
    }
    return id;
  }
}
