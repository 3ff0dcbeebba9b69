package cn.eport.onboarding.web.paging;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A PrimeFaces lazy table model paged in the database by a service: the page's current query is
 * read each time the table asks, so 查询/重置 only have to change that query.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Counts the rows of the current query. */
    public interface Counter extends Serializable {
        long count();
    }

    /** Loads one page of the current query. */
    public interface Loader<T> extends Serializable {
        List<T> load(int first, int max);
    }

    /** The row's key, for PrimeFaces. */
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Counter counter;
    private final Loader<T> loader;
    private final Key<T> key;

    public PagedModel(Counter counter, Loader<T> loader, Key<T> key) {
        this.counter = counter;
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}
