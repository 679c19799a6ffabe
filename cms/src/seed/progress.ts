import cliProgress from 'cli-progress';

/** A progress bar on a terminal, a line every 10% otherwise (CI logs), for long seeding and import runs. */
export function createProgress(label: string, total: number) {
  if (process.stdout.isTTY && !process.env.CI) {
    const bar = new cliProgress.SingleBar({ format: `${label.padEnd(16)} [{bar}] {percentage}% | {value}/{total}`, hideCursor: true }, cliProgress.Presets.shades_classic);
    bar.start(total, 0);
    return { update: (value: number) => bar.update(value), stop: () => bar.stop() };
  }
  let lastTenth = -1;
  return {
    update(value: number) {
      const tenth = total ? Math.floor((value / total) * 10) : 10;
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        process.stdout.write(`${label}: ${value}/${total} (${tenth * 10}%)\n`);
      }
    },
    stop() {},
  };
}
