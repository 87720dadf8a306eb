import { ClusterInfo, EndPoint, MemberInfo } from '@eventstore/db-client/generated/gossip_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import type { Empty } from '@eventstore/db-client/generated/shared_pb';
import type { handleUnaryCall } from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import { wireUuid } from './wire';

/** ServerFeatures.GetSupportedMethods: the client asks at connect, and uses BatchAppend when it is listed. */
export function serverFeaturesCall(
  version: string,
  implemented: readonly { path: string }[],
): handleUnaryCall<Empty, SupportedMethods> {
  const methods = implemented.map((method) => {
    const [, serviceName, methodName] = method.path.split('/');
    return new SupportedMethod().setServiceName(serviceName).setMethodName(methodName.toLowerCase());
  });
  return (_call, callback) =>
    callback(null, new SupportedMethods().setEventStoreServerVersion(version).setMethodsList(methods));
}

/** Gossip.Read: a one-node cluster whose leader is the double, so `esdb+discover://` strings work too. */
export function gossipCall(
  endpoint: () => { address: string; port: number },
): handleUnaryCall<Empty, ClusterInfo> {
  const instanceId = wireUuid(randomUUID(), false);
  return (_call, callback) => {
    const { address, port } = endpoint();
    const leader = new MemberInfo()
      .setInstanceId(instanceId)
      .setTimeStamp((BigInt(Date.now()) * 10_000n).toString())
      .setState(MemberInfo.VNodeState.LEADER)
      .setIsAlive(true)
      .setHttpEndPoint(new EndPoint().setAddress(address).setPort(port));
    callback(null, new ClusterInfo().setMembersList([leader]));
  };
}
