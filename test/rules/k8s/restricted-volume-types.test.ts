import rule from '../../../rules/src/rules/k8s/restricted-volume-types.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (volumes: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n  volumes:\n${volumes}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'every allowed type',
      code: pod(
        [
          '    - {name: a, configMap: {name: cm}}',
          '    - {name: b, csi: {driver: secrets-store.csi.k8s.io}}',
          '    - {name: c, downwardAPI: {items: []}}',
          '    - {name: d, emptyDir: {}}',
          '    - {name: e, ephemeral: {volumeClaimTemplate: {spec: {}}}}',
          '    - {name: f, image: {reference: example/data:1}}',
          '    - {name: g, persistentVolumeClaim: {claimName: data}}',
          '    - {name: h, projected: {sources: []}}',
          '    - {name: i, secret: {secretName: tls}}',
        ].join('\n') + '\n',
      ),
    },
    { name: 'a volume with no source defaults to emptyDir; a null source is unset', code: pod('    - name: scratch\n    - name: other\n      nfs:\n      emptyDir: {}\n') },
    { name: 'hostPath is left to k8s/host-path-volume', code: pod('    - name: logs\n      hostPath: {path: /var/log}\n') },
  ],
  invalid: [
    {
      name: 'nfs, iscsi and an unknown type',
      code: pod('    - name: data\n      nfs: {server: nfs.local, path: /exports}\n    - name: disk\n      iscsi: {targetPortal: 10.0.0.2, iqn: iqn.x, lun: 0}\n    - name: odd\n      gitRepo: {repository: https://example.com/r.git}\n'),
      errors: [
        { message: 'Volume "data" of Pod/web is of type nfs, which the restricted Pod Security Standard does not allow', line: 10, column: 7, endLine: 10, endColumn: 10, object: 'Pod/web', severity: 'warning' },
        { message: 'type iscsi', line: 12, column: 7, endLine: 12, endColumn: 12 },
        { message: 'type gitRepo', line: 14, column: 7, endLine: 14, endColumn: 14 },
      ],
      output: null,
    },
  ],
});
