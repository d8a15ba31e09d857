package cn.zwgk.audit.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeerIndexTest {

    /** Keeping the best links as they come gives what sorting all of them (stably) and cutting would: ties included. */
    @Test
    void theLinksKeptAreTheBestOfAllInTheirOrder() {
        Random random = new Random(15);
        for (int round = 0; round < 2_000; round++) {
            int n = random.nextInt(12);
            List<PeerIndex.Link> all = new ArrayList<>();
            List<PeerIndex.Link> kept = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // few distinct estimates, so that ties are common
                PeerIndex.Link link = new PeerIndex.Link(i, (1 + random.nextInt(4)) / 8.0);
                all.add(link);
                PeerIndex.keep(kept, link);
            }
            List<PeerIndex.Link> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparingDouble(PeerIndex.Link::estimate).reversed());
            assertEquals(sorted.subList(0, Math.min(PeerIndex.MAX_LINKS, sorted.size())), kept, all.toString());
        }
    }
}
