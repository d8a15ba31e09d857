package cn.zwgk.audit.read;

final class PdfReader {
    private PdfReader() {}

    static SourceDocument read(String file, byte[] bytes) throws UnreadableInputException {
        throw new UnreadableInputException("PDF 暂不支持");
    }
}
