package org.openresolve.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openresolve.core.config.UserInputException;

class SparkMastersTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "local",
        "local[1]",
        "local[*]",
        "local[4,2]",
        "yarn",
        "k8s://https://127.0.0.1:6443"
      })
  void acceptsTheUsualMasters(String master) {
    SparkMasters.check(master);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"local[0]", "lcoal[2]", "spark://host", "spark:/host:7077", "127.0.0.1:7077"})
  void refusesWhatIsNoMasterUrl(String master) {
    assertThatThrownBy(() -> SparkMasters.check(master))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            "--master '"
                + master
                + "' is not a Spark master URL; use local[N], local[*], spark://HOST:PORT, yarn or k8s://https://HOST:PORT");
  }

  @Test
  void refusesAStandaloneMasterThatDoesNotAnswer() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }

    assertThatThrownBy(() -> SparkMasters.check("spark://127.0.0.1:" + port))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith(
            "--master spark://127.0.0.1:"
                + port
                + ": no Spark master answers at 127.0.0.1:"
                + port
                + " (");
  }

  @Test
  void acceptsAStandaloneMasterThatAnswers() throws IOException {
    try (ServerSocket master = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      SparkMasters.check("spark://127.0.0.1:" + master.getLocalPort());
    }
  }
}
