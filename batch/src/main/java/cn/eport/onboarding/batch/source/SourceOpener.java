package cn.eport.onboarding.batch.source;

import java.net.URI;

/**
 * Makes an {@link ImportSource} of a configured location. Each kind of location (a file in the drop
 * folder, an HTTP URL) is a CDI bean implementing this; {@link ImportSources} asks each in turn.
 */
public interface SourceOpener {

    /** Whether this opener reads locations of this scheme ({@code file}, {@code http}, {@code https}). */
    boolean reads(URI location);

    ImportSource source(URI location);
}
