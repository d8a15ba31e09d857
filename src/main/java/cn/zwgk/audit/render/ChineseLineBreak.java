package cn.zwgk.audit.render;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

import java.util.BitSet;

/**
 * Line breaking for Chinese text (the basic 禁则 of GB/T 15834 typesetting): a line may break between any two Chinese
 * characters, but never before a closing mark (，。、；：？！）」》” …) and never after an opening mark (（「《“ …). Latin
 * words and numbers stay whole and break at spaces. OpenPDF's default breaks anywhere in CJK text.
 */
public final class ChineseLineBreak implements SplitCharacter {

    public static final ChineseLineBreak INSTANCE = new ChineseLineBreak();

    /** Marks that must not begin a line. */
    static final String NO_START = "，。、；：？！）」』》〉】〕〗〙〛｝］”’…‥·・—–％‰℃〃々ー〜～,.;:?!)]}%>";
    /** Marks that must not end a line. */
    static final String NO_END = "（「『《〈【〔〖〘〚｛［“‘([{<＜";

    /** The two sets above as bit sets: layout asks about every character of every line. */
    private static final BitSet NO_START_SET = set(NO_START);
    private static final BitSet NO_END_SET = set(NO_END);

    private ChineseLineBreak() {}

    private static BitSet set(String chars) {
        BitSet s = new BitSet(0x10000);
        chars.chars().forEach(s::set);
        return s;
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = charAt(current, cc, ck);
        if (current + 1 >= end) return breakableAfter(c);
        return canBreakBetween(c, charAt(current + 1, cc, ck));
    }

    /** Whether a line may end after {@code c} and the next begin with {@code next}. */
    public static boolean canBreakBetween(char c, char next) {
        if (NO_START_SET.get(next) || NO_END_SET.get(c)) return false;
        if (Character.isHighSurrogate(c)) return false;
        if (c <= ' ' || c == '\u3000' || c == '-' || c == '/') return true;
        return wide(c) || wide(next) || next <= ' ';
    }

    /** Whether a line may end after {@code c} when nothing follows it. */
    static boolean breakableAfter(char c) {
        return !NO_END_SET.get(c) && (c <= ' ' || c == '-' || wide(c));
    }

    /** CJK ideographs, kana, full-width forms and CJK punctuation: text where a break between characters is normal. */
    private static boolean wide(char c) {
        return (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFFEF')
                || (c >= '\uAC00' && c <= '\uD7AF') || c == '…' || c == '—' || c == '“' || c == '”' || c == '‘'
                || c == '’' || c == '·' || Character.isSurrogate(c);
    }

    private static char charAt(int i, char[] cc, PdfChunk[] ck) {
        if (ck == null) return cc[i];
        return (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }
}
