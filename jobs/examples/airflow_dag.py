"""wirelens as a daily Airflow DAG, through SparkSubmitOperator (apache-airflow-providers-apache-spark).

Copy to the DAGs folder; the `spark_default` connection points at the cluster's master
(e.g. spark://spark-master:7077). The job jar is the one `mvn package` builds
(target/wirelens-<version>-job.jar), copied where the Airflow worker can read it.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

JOB_JAR = "/opt/wirelens/wirelens-0.1.0-SNAPSHOT-job.jar"

with DAG(
    dag_id="wirelens_daily",
    description="Entity co-occurrence and source overlap over the day's news articles",
    schedule="30 2 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=10)},
    tags=["wirelens", "news"],
) as dag:
    SparkSubmitOperator(
        task_id="wirelens",
        conn_id="spark_default",
        application=JOB_JAR,
        java_class="org.wirelens.WirelensJob",
        name="wirelens-{{ ds }}",
        conf={
            "spark.sql.shuffle.partitions": "64",
            "spark.serializer": "org.apache.spark.serializer.KryoSerializer",
            "spark.kryoserializer.buffer.max": "512m",
        },
        driver_memory="4g",
        executor_memory="4g",
        executor_cores=2,
        total_executor_cores=8,
        application_args=[
            # The day's articles become batch {{ ds }}; a retry or a cleared task replaces it.
            "--input", "/data/wirelens/incoming/{{ ds }}",
            "--output", "/data/wirelens/corpus",
            "--batch-id", "{{ ds }}",
            "--ner", "corenlp",
        ],
    )
