#!/usr/bin/env bash
# A single-node Kafka 4 broker in KRaft mode (combined broker + controller) for trying the stream and
# measuring it (BENCHMARKS.md): no Kafka download needed, the broker's jars are the ones the tests
# use (org.apache.kafka:kafka_2.13 from Maven Central). Usage: scripts/kafka-broker.sh [PORT] [DIR]
# Runs in the foreground until Ctrl-C; topics are created on first use.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${1:-9092}"
dir="${2:-$(mktemp -d)}"
cp_file="$root/tidings-stream/target/broker-classpath.txt"
if [ ! -f "$cp_file" ]; then
  # -am: the Tidings modules resolve from the reactor (each module writes the file; tidings-stream,
  # built last, wins); the broker needs only its own jars, so the Tidings ones are dropped
  (cd "$root" && mvn -q -B dependency:build-classpath -pl tidings-stream -am -Dmdep.includeScope=test \
      -Dmdep.outputFile="$cp_file.all" >&2)
  tr ':' '\n' < "$cp_file.all" | grep -v '/org/tidings/' | paste -sd: > "$cp_file"
fi
cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$((port + 1))
listeners=PLAINTEXT://localhost:$port,CONTROLLER://localhost:$((port + 1))
advertised.listeners=PLAINTEXT://localhost:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/logs
num.partitions=2
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
cp="$(cat "$cp_file")"
java -cp "$cp" kafka.tools.StorageTool format -t "$(java -cp "$cp" kafka.tools.StorageTool random-uuid)" \
    -c "$dir/server.properties" >&2
echo "kafka: broker on localhost:$port (logs in $dir)" >&2
exec java -Xmx512m -cp "$cp" kafka.Kafka "$dir/server.properties"
