// etcd's client and peer TLS settings mirror each other (`--cert-file` / `--peer-cert-file`…), so
// k8s/etcd-client-tls and k8s/etcd-peer-tls share this one check, parameterised by the flag prefix.
import { componentsOf, effectiveFlag, flagBool, flagIsSet, setFlag } from './flags.js';
import { singleEditFix, type RuleContext } from '../rule.js';

export interface EtcdTlsSide {
  /** `` for the client side, `peer-` for the peer side. */
  prefix: '' | 'peer-';
  /** Who connects on this side, for messages. */
  who: string;
}

export function checkEtcdTls(ctx: RuleContext, side: EtcdTlsSide): void {
  const f = (name: string) => `${side.prefix}${name}`;
  for (const etcd of componentsOf(ctx, 'etcd')) {
    const hasKeyPair = flagIsSet(etcd, f('cert-file')) && flagIsSet(etcd, f('key-file'));
    const missing = [f('cert-file'), f('key-file')].filter((n) => !flagIsSet(etcd, n));
    if (missing.length > 0) {
      // Needs real paths: reported without a fix.
      ctx.report({
        at: etcd.anchor,
        message: `etcd does not set ${missing.map((n) => `--${n}`).join(' and ')}: ${side.who} reach it without TLS (or with a throwaway certificate), so traffic and the data in it can be read on the way.`,
        object: etcd.label,
      });
    }

    const auth = effectiveFlag(etcd, f('client-cert-auth'));
    if (flagBool(auth.value, auth.flag !== undefined) !== true) {
      // etcd cannot check client certificates without a CA to check them against.
      ctx.report({
        at: auth.flag ? auth.flag.span : etcd.anchor,
        message: `etcd ${auth.flag ? `runs with --${f('client-cert-auth')}=${auth.value ?? ''}` : `does not set --${f('client-cert-auth')}=true`}: ${side.who} are not asked for a certificate, so anyone who reaches the port can read and write the whole cluster state.`,
        object: etcd.label,
        fix: () => singleEditFix(`Set --${f('client-cert-auth')}=true`, flagIsSet(etcd, f('trusted-ca-file')) ? setFlag(ctx.file, etcd, f('client-cert-auth'), 'true') : null),
      });
    }

    const auto = effectiveFlag(etcd, f('auto-tls'));
    if (auto.flag && flagBool(auto.value, true) === true) {
      // Turning it off is harmless only when a real key pair is configured to take its place.
      ctx.report({
        at: auto.flag.span,
        message: `etcd runs with --${f('auto-tls')}=true: it serves ${side.who} with a self-signed certificate that nobody can verify.`,
        object: etcd.label,
        fix: () => singleEditFix(`Set --${f('auto-tls')}=false`, hasKeyPair ? setFlag(ctx.file, etcd, f('auto-tls'), 'false') : null),
      });
    }
  }
}
