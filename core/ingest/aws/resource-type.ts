// ResourceType of an AWS resource from its id, where the id says it (FOCUS 1.2 wants a type on
// every row with a ResourceId): an ARN's resource type (`…:instance/i-1` → instance,
// `…:function:f` → function); an EC2-style id's prefix, named as EC2's ARNs name that type
// (`i-0abc` is `arn:aws:ec2:…:instance/i-0abc`); else an ARN's service (`arn:aws:s3:::b` → s3).
import { join, raw, stringLiteral, type SqlQuery } from '../../sql/index.ts';

/** EC2 id prefixes and the resource type EC2's ARNs give them. */
export const EC2_ID_TYPES: Readonly<Record<string, string>> = {
  i: 'instance',
  vol: 'volume',
  snap: 'snapshot',
  ami: 'image',
  eni: 'network-interface',
  eipalloc: 'elastic-ip',
  nat: 'natgateway',
  vpc: 'vpc',
  subnet: 'subnet',
  igw: 'internet-gateway',
  vpn: 'vpn-connection',
  vgw: 'vpn-gateway',
  tgw: 'transit-gateway',
  'tgw-attach': 'transit-gateway-attachment',
  vpce: 'vpc-endpoint',
  sg: 'security-group',
  'dedicated-host': 'dedicated-host',
  h: 'dedicated-host',
  cr: 'capacity-reservation',
  fs: 'file-system',
};

/**
 * The type as SQL text over an id expression: our own constants only (the prefixes above, fixed
 * patterns), so the synthetic FOCUS writer, which writes SQL text, shares it with the CUR mapping.
 */
export function awsResourceTypeText(id: string): string {
  const arnType = `NULLIF(regexp_extract(${id}, '^arn:[^:]*:[^:]*:[^:]*:[^:]*:([^/:]+)[/:]', 1), '')`;
  const arnService = `NULLIF(split_part(${id}, ':', 3), '')`;
  // the prefix of `tgw-attach-0abc` is `tgw-attach`: everything before the last dash-separated part
  const prefix = `regexp_extract(${id}, '^([a-z-]+)-[0-9a-z]+$', 1)`;
  const arms = Object.entries(EC2_ID_TYPES).map(([p, type]) => `WHEN ${stringLiteral(p)} THEN ${stringLiteral(type)}`);
  return `CASE WHEN starts_with(${id}, 'arn:') THEN COALESCE(${arnType}, ${arnService}) ELSE CASE ${prefix} ${arms.join(' ')} END END`;
}

const ID = '\u0000id\u0000';

export function awsResourceType(resourceId: SqlQuery): SqlQuery {
  const pieces = awsResourceTypeText(ID).split(ID);
  return join(pieces.flatMap((p, i) => (i === 0 ? [raw(p)] : [resourceId, raw(p)])), '');
}
