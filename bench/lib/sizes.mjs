// The data-set sizes the members and import parts run at: BENCH_SIZES=10000,100000 to stay small.

export function benchSizes() {
  const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 100))
    throw new Error(`BENCH_SIZES: ${process.env.BENCH_SIZES}`);
  return sizes;
}
