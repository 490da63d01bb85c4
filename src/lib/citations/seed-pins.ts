/**
 * The site's five sources, pinned by the SHA-256 of each file as received. The build refuses a
 * seed that is changed, added or missing. The pins live in the code, not beside the seeds, so that
 * no edit to seeds/ (SHA256SUMS included) can change what the site proves; seeds/SHA256SUMS lists
 * the same hashes for `sha256sum -c`, and a unit test keeps the two equal.
 */
export const SEED_PINS: Readonly<Record<string, string>> = {
  '000_6b2b431ca97f834b.txt': '0afa367b294ee447dde3814fcdaebf1a55fc08b0a6f1931e4aeccad47586011e',
  '001_26ef6b18529ef63c.txt': '8c881aba7d8748a95278719cfe3f6a65b1cab2330ad92eca01728937b9654177',
  '002_d1312b81863e7eed.txt': 'c29b3363e38e19271f2aecc080c974319471eae818e1c1a4f617406f27bab893',
  '003_afd9209cf301c477.txt': '801da253dda579d72d2652c7adf97b3f47477885798c6b5cbfc9bc481f3bc9fa',
  '004_6cc44ead6cd0d8d4.txt': '2b81e9f5fd29ec84460ade524ff2559a82a4bc598729a756c7d9e957a415167d',
};
