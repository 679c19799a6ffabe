// The shared contract, run against the embedded provider.
import { describeProviderContract } from '../../contract/provider-contract';
import { createEmbeddedProvider } from './embedded-provider';

describeProviderContract('embedded', async () => ({ provider: createEmbeddedProvider() }));
