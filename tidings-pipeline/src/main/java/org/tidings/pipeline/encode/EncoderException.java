package org.tidings.pipeline.encode;

/**
 * ONNX Runtime could not load or run an encoder model; the message names the model and what was
 * being done, the cause is the runtime's own exception.
 */
public final class EncoderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EncoderException(String message, Throwable cause) {
    super(message, cause);
  }
}
