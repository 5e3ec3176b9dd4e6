// A local HTTP server on 127.0.0.1 that speaks the AWS wire protocols the real SDK clients use:
// S3 REST (ListObjectsV2, GetObject, HeadObject), Athena and Cost Explorer JSON 1.1. Tests point
// the clients at it with `endpoint` or AWS_ENDPOINT_URL and script failures: throttling, expired
// credentials, failed or never-ending queries. Signatures are parsed for the access key id, not
// verified: the secret never needs to be known here.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeAthena } from './athena.ts';
import { FakeCostExplorer } from './cost-explorer.ts';
import { FakeS3 } from './s3.ts';
import { type AwsFault, jsonError, type Reply, xmlError } from './wire.ts';

export type ServiceName = 's3' | 'athena' | 'costexplorer';

export interface LoggedRequest {
  service: ServiceName;
  operation: string;
  accessKeyId: string | null;
  region: string | null;
}

interface ScriptedFault {
  service: ServiceName;
  operation: string | '*';
  remaining: number;
  fault: AwsFault;
}

export class AwsServer {
  readonly s3 = new FakeS3();
  readonly athena = new FakeAthena(this.s3);
  readonly costExplorer = new FakeCostExplorer();
  readonly requests: LoggedRequest[] = [];
  /** Access key ids whose session has expired: every call made with them is refused. */
  readonly expiredKeys = new Set<string>();
  private faults: ScriptedFault[] = [];
  url = '';
  private readonly server = createServer((req, res) => void this.handle(req, res));

  async start(): Promise<this> {
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server.close(() => ok()));
    await this.athena.close();
  }

  /** The next `times` calls of `operation` ('*' for any) on `service` fail with `fault`. */
  failNext(service: ServiceName, operation: string | '*', fault: AwsFault, times = 1): void {
    this.faults.push({ service, operation, remaining: times, fault });
  }

  calls(service: ServiceName, operation?: string): LoggedRequest[] {
    return this.requests.filter((r) => r.service === service && (!operation || r.operation === operation));
  }

  private takeFault(service: ServiceName, operation: string): AwsFault | null {
    const f = this.faults.find((x) => x.service === service && (x.operation === '*' || x.operation === operation) && x.remaining > 0);
    if (!f) return null;
    f.remaining -= 1;
    return f.fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const target = String(req.headers['x-amz-target'] ?? '');
    const service: ServiceName = target.startsWith('AmazonAthena.') ? 'athena' : target.startsWith('AWSInsightsIndexService.') ? 'costexplorer' : 's3';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const operation = service === 's3' ? this.s3.operationOf(req.method ?? 'GET', url) : target.slice(target.indexOf('.') + 1);
    const cred = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\//.exec(String(req.headers.authorization ?? ''));
    this.requests.push({ service, operation, accessKeyId: cred?.[1] ?? null, region: cred?.[2] ?? null });
    let reply: Reply;
    try {
      const fault: AwsFault | null = cred && this.expiredKeys.has(cred[1]!) ? { kind: 'expired' } : this.takeFault(service, operation);
      if (fault) reply = service === 's3' ? xmlError(fault) : jsonError(fault, service);
      else if (service === 's3') reply = this.s3.handle(req.method ?? 'GET', url, req.headers);
      else {
        const input = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
        reply = service === 'athena' ? await this.athena.handle(operation, input) : this.costExplorer.handle(operation, input);
      }
    } catch (err) {
      reply = { status: 500, headers: { 'content-type': 'text/plain' }, body: `test server failure: ${(err as Error).message}` };
    }
    res.writeHead(reply.status, { 'x-amzn-requestid': `req-${this.requests.length}`, ...reply.headers });
    res.end(req.method === 'HEAD' ? undefined : reply.body);
  }
}

export async function startAwsServer(): Promise<AwsServer> {
  return new AwsServer().start();
}
