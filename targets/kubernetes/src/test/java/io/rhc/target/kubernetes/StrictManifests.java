package io.rhc.target.kubernetes;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.certmanager.api.model.v1.Certificate;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes manifests against the Kubernetes API model, the monitoring.coreos.com model (fabric8's,
 * generated from the Prometheus Operator CRDs) and the cert-manager.io model (generated from its CRDs) with nothing left to chance: an unknown field at any
 * depth, a string where a number or boolean belongs (or the reverse), or an unknown apiVersion/kind
 * is an error. fabric8 collects unknown fields in an "additionalProperties" map;
 * that any-setter is removed from every bean, so they fail instead.
 */
final class StrictManifests {
  /** apiVersion/kind to model class; anything else is not a manifest this target may emit. */
  static final Map<String, Class<?>> KINDS = Map.ofEntries(
      Map.entry("v1/ServiceAccount", ServiceAccount.class),
      Map.entry("v1/Service", Service.class),
      Map.entry("v1/ConfigMap", ConfigMap.class),
      Map.entry("apps/v1/StatefulSet", StatefulSet.class),
      Map.entry("apps/v1/Deployment", Deployment.class),
      Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
      Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
      Map.entry("batch/v1/CronJob", CronJob.class),
      Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
      Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
      Map.entry("monitoring.coreos.com/v1/PodMonitor", PodMonitor.class),
      Map.entry("cert-manager.io/v1/Certificate", Certificate.class),
      Map.entry("kustomize.config.k8s.io/v1beta1/Kustomization", Kustomization.class));

  private static final ObjectMapper TREE = new YAMLMapper();
  private static final ObjectMapper STRICT = strictMapper();

  private StrictManifests() {}

  /** The typed objects of every document in a YAML stream. */
  static List<Object> decode(String yaml) throws IOException {
    List<Object> objects = new ArrayList<>();
    for (JsonNode doc : TREE.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll()) {
      if (doc == null || doc.isMissingNode() || doc.isNull()) {
        throw new IllegalArgumentException("empty YAML document");
      }
      String type = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
      Class<?> model = KINDS.get(type);
      if (model == null) {
        throw new IllegalArgumentException("unknown apiVersion/kind " + type);
      }
      objects.add(STRICT.treeToValue(doc, model));
    }
    return objects;
  }

  private static ObjectMapper strictMapper() {
    SimpleModule noAnySetter = new SimpleModule("no-additional-properties");
    noAnySetter.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
          BeanDeserializerBuilder builder) {
        builder.setAnySetter(null);
        builder.setIgnoreUnknownProperties(false);
        return builder;
      }
    });
    ObjectMapper mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .addModule(noAnySetter)
        .build();
    for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
      mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
      mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  /** The YAML factory the tree reader uses, for tests that build documents. */
  static YAMLFactory yamlFactory() {
    return (YAMLFactory) TREE.getFactory();
  }

  // A small typed model of the one document fabric8 does not know.

  record Kustomization(String apiVersion, String kind, String namespace, List<LabelSet> labels,
      List<String> resources, List<Generator> configMapGenerator) {}

  record LabelSet(Map<String, String> pairs, boolean includeSelectors, boolean includeTemplates) {}

  record Generator(String name, List<String> files) {}
}
