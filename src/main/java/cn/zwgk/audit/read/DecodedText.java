package cn.zwgk.audit.read;

/**
 * Text decoded from bytes.
 *
 * @param text    the characters, without a byte-order mark
 * @param charset the charset the bytes were decoded with, e.g. {@code UTF-8}, {@code UTF-16LE}, {@code GB18030}
 */
public record DecodedText(String text, String charset) {}
