package io.rhc.lint;

import io.rhc.lint.rules.AclDefaultUserOnRule;
import io.rhc.lint.rules.AclUserBreaksFailoverRule;
import io.rhc.lint.rules.AclUserDangerousCommandsRule;
import io.rhc.lint.rules.AdminCommandsOpenRule;
import io.rhc.lint.rules.AuthConsistentRule;
import io.rhc.lint.rules.CeleryVisibilityTimeoutRule;
import io.rhc.lint.rules.CpuLimitForkRule;
import io.rhc.lint.rules.DownAfterFloorRule;
import io.rhc.lint.rules.EngineMixRule;
import io.rhc.lint.rules.ImageMatchesVersionRule;
import io.rhc.lint.rules.FailoverTimingRule;
import io.rhc.lint.rules.HaproxyCheckTimingRule;
import io.rhc.lint.rules.HaproxyIdleTimeoutRule;
import io.rhc.lint.rules.HaproxyMasterOnlyRule;
import io.rhc.lint.rules.HaproxySplitBrainGuardRule;
import io.rhc.lint.rules.HostnameModeCompleteRule;
import io.rhc.lint.rules.HostnameVersionFloorRule;
import io.rhc.lint.rules.ImageTagPinnedRule;
import io.rhc.lint.rules.KernelForkPrerequisitesRule;
import io.rhc.lint.rules.MasterNameNotDefaultRule;
import io.rhc.lint.rules.MasterNameUniqueRule;
import io.rhc.lint.rules.MaxmemoryForkHeadroomRule;
import io.rhc.lint.rules.MinReplicasToWriteRule;
import io.rhc.lint.rules.MonitorStableAddressRule;
import io.rhc.lint.rules.MustSurviveAofRule;
import io.rhc.lint.rules.ParallelPodManagementRule;
import io.rhc.lint.rules.ParallelSyncsRule;
import io.rhc.lint.rules.PartitionWriteBoundRule;
import io.rhc.lint.rules.PdbKeepsSentinelMajorityRule;
import io.rhc.lint.rules.PersistenceOffAutorestartRule;
import io.rhc.lint.rules.PersistentVolumeRequiredRule;
import io.rhc.lint.rules.ProtectedModeWithoutAuthRule;
import io.rhc.lint.rules.QueueNoevictionRule;
import io.rhc.lint.rules.RdbFormatCompatibleRule;
import io.rhc.lint.rules.ReplicaPromotableRule;
import io.rhc.lint.rules.ReplicationBacklogSizeRule;
import io.rhc.lint.rules.ReplicationBufferHeadroomRule;
import io.rhc.lint.rules.RequestsEqualLimitsRule;
import io.rhc.lint.rules.SentinelConfigWritableRule;
import io.rhc.lint.rules.SentinelOddCountRule;
import io.rhc.lint.rules.SentinelQuorumMajorityRule;
import io.rhc.lint.rules.SpreadFailureDomainsRule;
import io.rhc.lint.rules.TlsOffWithAuthRule;
import io.rhc.lint.rules.VolumeSizeRule;
import java.util.List;

/** Every built-in rule, in ID order. A new rule is added here; a removed rule's ID is never reused. */
public final class BuiltinRules {
  private static final List<LintRule> ALL = List.of(
      new MasterNameNotDefaultRule(),
      new MasterNameUniqueRule(),
      new ImageTagPinnedRule(),
      new RdbFormatCompatibleRule(),
      new EngineMixRule(),
      new ImageMatchesVersionRule(),
      new MaxmemoryForkHeadroomRule(),
      new ReplicationBufferHeadroomRule(),
      new ReplicationBacklogSizeRule(),
      new RequestsEqualLimitsRule(),
      new QueueNoevictionRule(),
      new MustSurviveAofRule(),
      new PersistenceOffAutorestartRule(),
      new PersistentVolumeRequiredRule(),
      new VolumeSizeRule(),
      new MinReplicasToWriteRule(),
      new KernelForkPrerequisitesRule(),
      new CeleryVisibilityTimeoutRule(),
      new CpuLimitForkRule(),
      new PartitionWriteBoundRule(),
      new SentinelOddCountRule(),
      new SentinelQuorumMajorityRule(),
      new HostnameModeCompleteRule(),
      new MonitorStableAddressRule(),
      new HostnameVersionFloorRule(),
      new SentinelConfigWritableRule(),
      new DownAfterFloorRule(),
      new FailoverTimingRule(),
      new ParallelSyncsRule(),
      new ReplicaPromotableRule(),
      new PdbKeepsSentinelMajorityRule(),
      new SpreadFailureDomainsRule(),
      new ParallelPodManagementRule(),
      new HaproxyMasterOnlyRule(),
      new HaproxyCheckTimingRule(),
      new HaproxyIdleTimeoutRule(),
      new AuthConsistentRule(),
      new ProtectedModeWithoutAuthRule(),
      new TlsOffWithAuthRule(),
      new HaproxySplitBrainGuardRule(),
      new AdminCommandsOpenRule(),
      new AclUserDangerousCommandsRule(),
      new AclUserBreaksFailoverRule(),
      new AclDefaultUserOnRule());

  private BuiltinRules() {}

  public static List<LintRule> all() {
    return ALL;
  }
}
