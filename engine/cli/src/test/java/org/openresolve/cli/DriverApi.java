package org.openresolve.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a running driver says about itself through Spark's monitoring REST API on its web UI ({@code
 * /api/v1}). Every call answers empty while the UI is not (or no longer) reachable: the driver
 * starts it a few seconds after launch and stops it when the application ends.
 */
final class DriverApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One executor as the driver sees it; the driver itself is listed as executor "driver". */
  record Executor(String id, boolean active, int rddBlocks, long shuffleWriteBytes) {
    /** Holding cached partitions or shuffle output: losing it costs the job work done already. */
    boolean holdsData() {
      return rddBlocks > 0 || shuffleWriteBytes > 0;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String base;

  DriverApi(int uiPort) {
    this.base = "http://127.0.0.1:" + uiPort + "/api/v1/applications";
  }

  /** The id of the application the driver runs. */
  Optional<String> applicationId() {
    return get("").filter(apps -> apps.size() == 1).map(apps -> apps.get(0).get("id").asText());
  }

  List<Executor> executors(String appId) {
    List<Executor> executors = new ArrayList<>();
    get("/" + appId + "/executors")
        .ifPresent(
            all ->
                all.forEach(
                    e ->
                        executors.add(
                            new Executor(
                                e.get("id").asText(),
                                e.get("isActive").asBoolean(),
                                e.get("rddBlocks").asInt(),
                                e.get("totalShuffleWrite").asLong()))));
    return List.copyOf(executors);
  }

  /** The highest job id the driver has started so far, or -1. */
  int lastJobId(String appId) {
    int last = -1;
    for (JsonNode job : get("/" + appId + "/jobs").orElse(JSON.createArrayNode())) {
      last = Math.max(last, job.get("jobId").asInt());
    }
    return last;
  }

  private Optional<JsonNode> get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200
          ? Optional.of(JSON.readTree(response.body()))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking the driver", e);
    }
  }
}
