package zonepulse.store.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.mongodb.client.ListIndexesIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Retired indexes are dropped by their default name when present, and only then (mongo-java-server keeps no secondary
 * index, so the collection is a mock here).
 */
class RetiredIndexesTest {

    @Test
    void namesAreMongoDbsDefaultNames() {
        assertThat(RetiredIndexes.name(
                        Indexes.compoundIndex(Indexes.ascending("region"), Indexes.descending("lastSeen"))))
                .isEqualTo("region_1_lastSeen_-1");
        assertThat(RetiredIndexes.name(Indexes.ascending("timeline.stage"))).isEqualTo("timeline.stage_1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void dropsTheRetiredIndexesPresentAndNoOther() {
        MongoCollection<Document> collection = mock(MongoCollection.class);
        ListIndexesIterable<Document> listed = mock(ListIndexesIterable.class);
        when(collection.listIndexes()).thenReturn(listed);
        doAnswer(invocation -> {
                    Consumer<Document> each = invocation.getArgument(0);
                    List.of("_id_", "indicator_1", "operators_own")
                            .forEach(name -> each.accept(new Document("name", name)));
                    return null;
                })
                .when(listed)
                .forEach(org.mockito.ArgumentMatchers.any());

        RetiredIndexes.drop(collection, List.of(Indexes.ascending("indicator"), Indexes.ascending("extractor")));

        verify(collection).dropIndex("indicator_1");
        verify(collection, never()).dropIndex("extractor_1");
        verify(collection, never()).dropIndex("operators_own");
        verify(collection, never()).dropIndex("_id_");
        verify(collection, org.mockito.Mockito.times(1)).dropIndex(anyString());
    }
}
