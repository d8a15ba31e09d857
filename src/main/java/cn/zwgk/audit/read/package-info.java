/**
 * Reading: turns a file (text, HTML, .docx, PDF, in whatever encoding) into a {@link cn.zwgk.audit.read.SourceDocument},
 * the plain lines the parser works on. Tables from structured formats become pipe-separated lines
 * ({@code 规章 | 0 | 0 | 0 |}), one per table row, so every format is parsed by the same code.
 */
package cn.zwgk.audit.read;
