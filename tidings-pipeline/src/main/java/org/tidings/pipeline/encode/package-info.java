/**
 * The one adapter to a pretrained sentence-transformer encoder: ONNX Runtime running an int8
 * MiniLM, BGE-small or E5-small model in-process, with our own WordPiece tokenizer, giving one
 * contextual vector per word ({@link org.tidings.pipeline.encode.TokenEncoder}).
 *
 * <p>Depends on ONNX Runtime and Jackson only. The events stage's learned coder uses it through
 * {@code events.learn.Encoders}; nothing else does.
 */
package org.tidings.pipeline.encode;
