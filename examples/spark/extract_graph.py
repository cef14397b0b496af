#!/usr/bin/env python3
"""standpunkt on Apache Spark: statements and the knowledge graph of a corpus of any size.

    spark-submit [--files target/release/standpunkt] extract_graph.py INPUT OUTPUT \
        [--standpunkt PATH] [--partitions N] [--formats json,dot,...]

INPUT is JSON Lines articles (`{"id", "text", "date"?, ...}` a line): a file, a directory
or a glob, on the local file system or any Hadoop file system URI (hdfs://, s3a://, ...).
Each partition is piped through `standpunkt extract --with-articles -` (the binary shipped
to the executors with `--files`, or installed on them and named by `--standpunkt`); each
partition's lines become a partial graph (`standpunkt build --statements -`), and the
partial graphs are reduced with `standpunkt merge`, which is associative and commutative,
so the result is byte-identical to `standpunkt build` over the same input on one machine.

OUTPUT receives:
    statements/jsonl/    the statements, JSON Lines (part-*), as `standpunkt extract` writes them
    statements/parquet/  the same statements as Parquet (the statement spec's fields)
    articles/            one line per article read: {"article_read": {"id", "date", "content_hash"}}
    graph.json           the graph (node-link JSON), and beside it the other --formats
"""

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import types as T

ARTICLE_PREFIX = '{"article_read":'


def statement_schema():
    """The statement spec's JSON form as a Spark schema (so Parquet types never depend
    on what a sample of the data happens to hold)."""
    string = T.StringType()
    return T.StructType([
        T.StructField("article", string),
        T.StructField("date", string),
        T.StructField("actor", T.StructType([
            T.StructField("name", string),
            T.StructField("kind", string),
            T.StructField("qid", string),
            T.StructField("role", string),
        ])),
        T.StructField("country", string),
        T.StructField("predicate", string),
        T.StructField("negated", T.BooleanType()),
        T.StructField("object", T.StructType([
            T.StructField("kind", string),
            T.StructField("label", string),
            T.StructField("id", string),
        ])),
        T.StructField("cue", string),
        T.StructField("evidence", T.StructType([
            T.StructField("sentence", string),
            T.StructField("quote", string),
            T.StructField("mode", string),
            T.StructField("span", T.ArrayType(T.LongType())),
        ])),
    ])


def find_binary(named):
    """The standpunkt binary on this machine (driver or executor): the one named by
    --standpunkt, else the one shipped with --files, else the one on PATH."""
    candidates = [named] if named else []
    try:
        candidates.append(SparkFiles.get("standpunkt"))
    except Exception:  # no SparkContext files on this side
        pass
    candidates.append(shutil.which("standpunkt"))
    for path in candidates:
        if path and os.path.isfile(path):
            if not os.access(path, os.X_OK):
                # Files shipped with --files may lose their execute bit.
                try:
                    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
                except OSError:
                    copy = os.path.join(tempfile.mkdtemp(prefix="standpunkt-"), "standpunkt")
                    shutil.copy(path, copy)
                    os.chmod(copy, 0o755)
                    path = copy
            return path
    raise RuntimeError(
        "standpunkt binary not found: ship it with `spark-submit --files PATH/standpunkt` "
        "or install it on every node and pass --standpunkt PATH")


def run(args, stdin_lines=None):
    """Runs standpunkt with `args`, streaming `stdin_lines` in (on a thread, so that
    input and output never wait for each other) and yielding its output lines. A
    failure raises with standpunkt's own message."""
    errors = tempfile.TemporaryFile()
    process = subprocess.Popen(
        args,
        stdin=subprocess.PIPE if stdin_lines is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=errors,
    )
    failure = []

    def feed():
        try:
            for line in stdin_lines:
                process.stdin.write(line.encode("utf-8"))
                process.stdin.write(b"\n")
        except BrokenPipeError:  # standpunkt stopped early: its exit status tells why
            pass
        except Exception as err:  # noqa: BLE001 - reported below
            failure.append(err)
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    feeder = None
    if stdin_lines is not None:
        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
    for line in process.stdout:
        yield line.decode("utf-8").rstrip("\n")
    code = process.wait()
    if feeder is not None:
        feeder.join()
    if failure:
        raise failure[0]
    if code != 0:
        errors.seek(0)
        message = errors.read().decode("utf-8", "replace").strip()
        raise RuntimeError(f"{' '.join(args[:3])} failed (exit {code}): {message}")


def extract_partition(binary, threads):
    def extract(lines):
        exe = find_binary(binary)
        return run([exe, "extract", "--quiet", "--with-articles", "--threads", str(threads), "-"],
                   lines)
    return extract


def graph_of_partition(binary):
    """A partition's statement and article lines → its graph JSON (one string)."""
    def build(lines):
        exe = find_binary(binary)
        with tempfile.TemporaryDirectory(prefix="standpunkt-part-") as tmp:
            stem = os.path.join(tmp, "part")
            list(run([exe, "build", "--quiet", "--statements", "-", "--out", stem,
                      "--format", "json"], lines))
            with open(stem + ".json", encoding="utf-8") as f:
                yield f.read()
    return build


def merge_graphs(binary):
    """Two graph JSONs → their merge (associative and commutative: any tree will do)."""
    def merge(a, b):
        exe = find_binary(binary)
        with tempfile.TemporaryDirectory(prefix="standpunkt-merge-") as tmp:
            paths = []
            for name, text in (("a.json", a), ("b.json", b)):
                path = os.path.join(tmp, name)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                paths.append(path)
            stem = os.path.join(tmp, "merged")
            list(run([exe, "merge", "--quiet", *paths, "--out", stem, "--format", "json"]))
            with open(stem + ".json", encoding="utf-8") as f:
                return f.read()
    return merge


def publish(spark, local_dir, output):
    """Copies the files of `local_dir` into `output` (a local path or a Hadoop URI)."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    target = jvm.org.apache.hadoop.fs.Path(output)
    fs = target.getFileSystem(conf)
    for root, _dirs, files in os.walk(local_dir):
        for name in sorted(files):
            local = os.path.join(root, name)
            relative = os.path.relpath(local, local_dir)
            fs.copyFromLocalFile(False, True, jvm.org.apache.hadoop.fs.Path("file://" + os.path.abspath(local)),
                                 jvm.org.apache.hadoop.fs.Path(output.rstrip("/") + "/" + relative))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines articles: path, directory, glob or Hadoop URI")
    parser.add_argument("output", help="output directory: path or Hadoop URI (must not exist)")
    parser.add_argument("--standpunkt", help="the binary's path on every node "
                        "(default: the one shipped with --files, else PATH)")
    parser.add_argument("--partitions", type=int, default=0,
                        help="at least this many input partitions (default: Spark's)")
    parser.add_argument("--formats", default="all",
                        help="graph formats beside graph.json (as `standpunkt build --format`)")
    args = parser.parse_args(argv)

    spark = SparkSession.builder.appName("standpunkt extract_graph").getOrCreate()
    sc = spark.sparkContext
    # One extraction thread per core Spark gives a task, so that tasks do not fight.
    threads = int(sc.getConf().get("spark.task.cpus", "1"))
    output = args.output.rstrip("/")

    lines = sc.textFile(args.input, minPartitions=args.partitions or None)
    extracted = lines.mapPartitions(extract_partition(args.standpunkt, threads))
    # Read twice (statements out, graphs): extract once.
    extracted.persist(StorageLevel.MEMORY_AND_DISK)

    statements = extracted.filter(lambda line: not line.startswith(ARTICLE_PREFIX))
    statements.saveAsTextFile(output + "/statements/jsonl")
    spark.read.schema(statement_schema()).json(statements).write.parquet(output + "/statements/parquet")
    extracted.filter(lambda line: line.startswith(ARTICLE_PREFIX)).saveAsTextFile(output + "/articles")

    partial = extracted.mapPartitions(graph_of_partition(args.standpunkt))
    graph = partial.treeReduce(merge_graphs(args.standpunkt), depth=2)
    extracted.unpersist()

    # The last merge (of one graph) puts it in canonical form and writes every format.
    exe = find_binary(args.standpunkt)
    with tempfile.TemporaryDirectory(prefix="standpunkt-graph-") as tmp:
        reduced = os.path.join(tmp, "reduced.json")
        with open(reduced, "w", encoding="utf-8") as f:
            f.write(graph)
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        formats = args.formats.split(",")
        if "all" not in formats and "json" not in formats:
            formats.insert(0, "json")
        list(run([exe, "merge", "--quiet", reduced, "--out", os.path.join(out, "graph"),
                  "--format", ",".join(formats)]))
        publish(spark, out, output)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
