package io.github.azlighthouse.plugin;

import io.github.azlighthouse.Lighthouse;
import io.github.azlighthouse.diff.PartnerArchive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * A released onboarding archive ({@code groupId:artifactId:version}, classifier {@code onboarding}, type
 * {@code zip}) resolved through Maven's repository system: the local repository, then the project's repositories;
 * then every customer's archive its manifest lists (classifier {@code onboarding-<customer-id>}), which the
 * repository places beside it, where the diff reads them. What cannot be resolved (offline, not deployed, a typo) is a build failure naming the coordinates and where they
 * were looked for, without a stack trace.
 */
final class ReleasedArchive {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    ReleasedArchive(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories == null ? List.of() : repositories;
    }

    /** {@code groupId:artifactId:version}: three parts, none with a path separator or a space. */
    static boolean isCoordinates(String text) {
        return text.matches("[^:/\\\\\\s]+:[^:/\\\\\\s]+:[^:/\\\\\\s]+");
    }

    Path resolve(String coordinates) throws MojoFailureException {
        String[] gav = coordinates.split(":");
        String artifact = gav[0] + ":" + gav[1] + ":zip:onboarding:" + gav[2];
        if (system == null || session == null) {
            throw new MojoFailureException("lighthouse.baseline " + coordinates + ": Maven's repository system is not"
                    + " available here; give the onboarding archive's file instead");
        }
        try {
            Path partner = resolve(gav, Lighthouse.ONBOARDING);
            List<String> customers;
            try {
                customers = PartnerArchive.customerIds(partner);
            } catch (IOException e) {
                return partner; // the diff says what is wrong with it
            }
            for (String id : customers) {
                artifact = gav[0] + ":" + gav[1] + ":zip:" + Lighthouse.customerClassifier(id) + ":" + gav[2];
                resolve(gav, Lighthouse.customerClassifier(id));
            }
            return partner;
        } catch (ArtifactResolutionException | IllegalArgumentException e) {
            String where = "the local repository "
                    + session.getLocalRepository().getBasedir()
                    + (repositories.isEmpty()
                            ? ""
                            : " and "
                                    + repositories.stream()
                                            .map(r -> r.getId() + " (" + r.getUrl() + ")")
                                            .collect(Collectors.joining(", ")))
                    + (session.isOffline() ? "; Maven is offline (-o), so only the local repository was searched" : "");
            throw new MojoFailureException("lighthouse.baseline " + coordinates + ": cannot resolve the onboarding"
                    + " archive " + artifact + " from " + where + ". Is that version released (mvn deploy attaches it,"
                    + " classifier onboarding)? Or give the archive's file, or the target branch's customer list. ("
                    + e.getMessage() + ")");
        }
    }

    private Path resolve(String[] gav, String classifier) throws ArtifactResolutionException {
        ArtifactRequest request =
                new ArtifactRequest(new DefaultArtifact(gav[0], gav[1], classifier, "zip", gav[2]), repositories, null);
        return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
    }
}
