package org.tidings.pipeline.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WordPieceTokenizerTest {

  private static final WordPieceTokenizer MINILM =
      WordPieceTokenizer.fromResource(EncoderModel.MINILM_L6.tokenizerResource());

  @Test
  void rareWordsSplitLongestMatchFirstWithContinuationPieces() {
    assertEquals(List.of("una", "##ffa", "##ble"), MINILM.pieces("Unaffable"));
    assertEquals(List.of("mag", "##ni", "##to", "##gor", "##sk"), MINILM.pieces("Magnitogorsk"));
    assertEquals(List.of("rebels", "attacked", "the", "town"), MINILM.pieces("Rebels attacked the town"));
  }

  @Test
  void idsAreTheVocabularyIdsOfThePieces() {
    int[] expected = {MINILM.id("una"), MINILM.id("##ffa"), MINILM.id("##ble"), MINILM.id(",")};
    assertArrayEquals(expected, MINILM.ids("unaffable,"));
    assertEquals(-1, MINILM.id("##unaffable"));
    assertEquals(30_522, MINILM.vocabularySize());
  }

  @Test
  void specialPiecesAreReadFromTheVocabulary() {
    assertEquals(MINILM.id("[UNK]"), MINILM.unkId());
    assertEquals(MINILM.id("[CLS]"), MINILM.clsId());
    assertEquals(MINILM.id("[SEP]"), MINILM.sepId());
    assertEquals(MINILM.id("[PAD]"), MINILM.padId());
  }

  @Test
  void accentsAreStrippedAndCaseFolded() {
    assertEquals(List.of("naive", "cafe"), MINILM.pieces("Naïve CAFÉ"));
    assertEquals(MINILM.pieces("Sao Paulo"), MINILM.pieces("São Paulo"));
  }

  @Test
  void everyPunctuationCharacterAndAsciiSymbolIsItsOwnToken() {
    assertEquals(List.of("hello", ",", "world", "!"), MINILM.pieces("Hello, world!"));
    assertEquals(List.of("u", ".", "s", ".", "-", "led"), MINILM.pieces("U.S.-led"));
    assertEquals(List.of("$", "5", "^", "2"), MINILM.basicTokens("$5^2"));
    assertEquals(List.of("«", "oui", "»"), MINILM.basicTokens("«oui»"));
  }

  @Test
  void cjkCharactersAreSeparateWordsNotContinuations() {
    assertEquals(List.of("東", "京"), MINILM.pieces("東京"));
  }

  @Test
  void controlAndFormatCharactersAreDroppedAndOtherSpacesSplit() {
    assertEquals(List.of("ab"), MINILM.basicTokens("a\u00ADb")); // soft hyphen is a format character
    assertEquals(List.of("a", "b"), MINILM.basicTokens("a\u00A0b\u2003"));
    assertEquals(List.of(), MINILM.pieces("\u0000\uFFFD \t\n"));
  }

  @Test
  void unsplittableOrOverlongWordsBecomeOneUnknownPiece() {
    assertEquals(List.of("[UNK]"), MINILM.pieces("🙂"));
    // one unmatched character makes the whole word unknown, not just its tail
    assertEquals(List.of("[UNK]"), MINILM.pieces("town🙂town"));
    assertEquals(List.of("the", "[UNK]", "town"), MINILM.pieces("the " + "a".repeat(101) + " town"));
    assertTrue(MINILM.pieces("a".repeat(100)).stream().noneMatch("[UNK]"::equals));
  }

  @ParameterizedTest
  @EnumSource(EncoderModel.class)
  void everyModelShipsAnUncasedWordPieceTokenizer(EncoderModel model) {
    WordPieceTokenizer tokenizer = WordPieceTokenizer.fromResource(model.tokenizerResource());
    assertEquals(30_522, tokenizer.vocabularySize());
    assertEquals(List.of("una", "##ffa", "##ble"), tokenizer.pieces("unaffable"));
  }

  @Test
  void otherTokenizerKindsAndMissingResourcesAreRejected() {
    String cased = """
        {"normalizer": {"type": "BertNormalizer", "lowercase": false, "clean_text": true,
          "handle_chinese_chars": true, "strip_accents": null},
         "pre_tokenizer": {"type": "BertPreTokenizer"},
         "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
           "vocab": {"[UNK]": 0, "[CLS]": 1, "[SEP]": 2, "[PAD]": 3}}}
        """;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WordPieceTokenizer.read(new ByteArrayInputStream(cased.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("lowercase"), e.getMessage());
    assertThrows(UncheckedIOException.class, () -> WordPieceTokenizer.fromResource("no/such/tokenizer.json"));
  }
}
