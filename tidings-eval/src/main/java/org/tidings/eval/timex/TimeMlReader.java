package org.tidings.eval.timex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tidings.model.TextSpan;

/**
 * Reads TimeML ({@code .tml}) files as distributed with TempEval-3 (TimeBank, AQUAINT, platinum)
 * with a StAX parser. Offsets are counted in the text of {@code <TEXT>} after removing every tag
 * and decoding entities, so they index {@link TimeMlDocument#text()} exactly.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeMlReader {
  private static final XMLInputFactory FACTORY = newFactory();

  private TimeMlReader() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // TimeML files carry no DTD we need; never fetch or expand external entities.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /**
   * Parses one file.
   *
   * @throws IllegalArgumentException naming the file when it is not well-formed XML, has no
   *     {@code <TEXT>} or no usable creation time
   * @throws UncheckedIOException when the file cannot be read
   */
  public static TimeMlDocument read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        return read(xml, file);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException(file + ": not well-formed TimeML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read", e);
    }
  }

  private static TimeMlDocument read(XMLStreamReader xml, Path file) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    List<TimexAnnotation> timexes = new ArrayList<>();
    LocalDate dct = null;
    boolean inText = false;
    boolean seenText = false;
    boolean inDct = false;
    int timexBegin = -1;
    String timexType = null;
    String timexValue = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("TEXT")) {
          inText = true;
          seenText = true;
        } else if (name.equals("DCT")) {
          inDct = true;
        } else if (name.equals("TIMEX3")) {
          String function = xml.getAttributeValue(null, "functionInDocument");
          String value = xml.getAttributeValue(null, "value");
          if (inDct && "CREATION_TIME".equals(function) && dct == null) {
            dct = dateOf(value, file);
          } else if (inText) {
            timexBegin = text.length();
            timexType = attribute(xml, "type");
            timexValue = attribute(xml, "value");
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("TEXT")) {
          inText = false;
        } else if (name.equals("DCT")) {
          inDct = false;
        } else if (name.equals("TIMEX3") && inText && timexBegin >= 0) {
          if (text.length() > timexBegin) {
            timexes.add(
                new TimexAnnotation(new TextSpan(timexBegin, text.length()), timexType, timexValue));
          }
          timexBegin = -1;
        }
      } else if (inText
          && (event == XMLStreamConstants.CHARACTERS
              || event == XMLStreamConstants.CDATA
              || event == XMLStreamConstants.SPACE)) {
        text.append(xml.getText());
      }
    }
    if (!seenText) {
      throw new IllegalArgumentException(file + ": no <TEXT> element");
    }
    if (dct == null) {
      throw new IllegalArgumentException(file + ": no TIMEX3 with functionInDocument=\"CREATION_TIME\" in <DCT>");
    }
    return new TimeMlDocument(text.toString(), dct, timexes);
  }

  private static String attribute(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }

  private static LocalDate dateOf(String value, Path file) {
    if (value == null || value.length() < 10) {
      throw new IllegalArgumentException(file + ": creation time has no full date: '" + value + "'");
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(file + ": creation time is not a date: '" + value + "'", e);
    }
  }
}
