package org.tidings.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tidings.pipeline.encode.EncoderModel;
import org.tidings.pipeline.encode.TokenEncoder;
import org.tidings.pipeline.encode.WordPieceTokenizer;

/**
 * Throughput of {@link TokenEncoder}: encodes the sentences of a JSONL corpus (each record's
 * {@code text}, cut crudely into sentences at ". " and line breaks and into words at white space)
 * one article per {@code encodeWords} call, as an event coder would, for MiniLM and BGE-small on 1
 * and 2 ONNX Runtime threads, in batches of one window (the default) and of 32. Prints for
 * each wall-clock seconds, process CPU seconds, word pieces per second (the words' pieces, without
 * [CLS] and [SEP]) and words per second, and the load average before the run, since the machine is
 * shared; and for each batch size the positions the model runs, padding included. Each
 * configuration first encodes 20 articles to warm up, untimed.
 *
 * <p>Usage: {@code EncoderBench CORPUS [ARTICLES]} (default all articles).
 */
public final class EncoderBench {
  private EncoderBench() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: EncoderBench CORPUS.jsonl [ARTICLES]");
      System.exit(2);
    }
    List<List<List<String>>> articles = read(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 0);
    long sentences = articles.stream().mapToLong(List::size).sum();
    long words = articles.stream().flatMap(List::stream).mapToLong(List::size).sum();
    System.out.printf(Locale.ROOT, "%d articles, %,d sentences, %,d words%n", articles.size(), sentences, words);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (EncoderModel model : List.of(EncoderModel.MINILM_L6, EncoderModel.BGE_SMALL)) {
      WordPieceTokenizer tokenizer = WordPieceTokenizer.fromResource(model.tokenizerResource());
      long pieces = pieces(tokenizer, articles);
      for (int batch : new int[] {1, 32}) {
        System.out.printf(Locale.ROOT, "%s, batches of %d: %,d pieces, %,d positions run with [CLS], [SEP] and padding%n",
            model.label(), batch, pieces, positions(tokenizer, articles, batch));
        for (int threads : new int[] {1, 2}) {
          try (TokenEncoder encoder = TokenEncoder.load(model, threads, batch)) {
            for (List<List<String>> article : articles.subList(0, Math.min(20, articles.size()))) {
              encoder.encodeWords(article);
            }
            double load = os.getSystemLoadAverage();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            for (List<List<String>> article : articles) {
              encoder.encodeWords(article);
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT,
                "%-22s batch %2d threads %d: %7.1f s wall %7.1f s cpu  %,7.0f pieces/s %,7.0f words/s  (load %.1f)%n",
                model.label(), batch, threads, wall, cpu, pieces / wall, words / wall, load);
          }
        }
      }
    }
  }

  private static long pieces(WordPieceTokenizer tokenizer, List<List<List<String>>> articles) {
    long n = 0;
    for (List<List<String>> article : articles) {
      for (List<String> sentence : article) {
        for (String word : sentence) {
          n += Math.max(1, tokenizer.ids(word).length);
        }
      }
    }
    return n;
  }

  /** Positions the model runs, counting each sentence as one window (true of nearly all here). */
  private static long positions(WordPieceTokenizer tokenizer, List<List<List<String>>> articles, int batch) {
    long n = 0;
    for (List<List<String>> article : articles) {
      int[] lengths = new int[article.size()];
      for (int s = 0; s < lengths.length; s++) {
        lengths[s] = 2;
        for (String word : article.get(s)) {
          lengths[s] += Math.max(1, tokenizer.ids(word).length);
        }
      }
      Arrays.sort(lengths);
      for (int from = 0; from < lengths.length; from += batch) {
        int to = Math.min(lengths.length, from + batch);
        n += (long) (to - from) * lengths[to - 1];
      }
    }
    return n;
  }

  private static List<List<List<String>>> read(Path corpus, int limit) {
    ObjectMapper json = new ObjectMapper();
    List<List<List<String>>> articles = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null && (limit == 0 || articles.size() < limit); line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode record = json.readTree(line);
        List<List<String>> article = new ArrayList<>();
        for (String sentence : record.path("text").asText().split("\\. |\\n+")) {
          List<String> words = Arrays.stream(sentence.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
          if (!words.isEmpty()) {
            article.add(words);
          }
        }
        articles.add(article);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + corpus, e);
    }
    return articles;
  }
}
