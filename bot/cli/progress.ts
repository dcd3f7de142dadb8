import { SingleBar, Presets } from 'cli-progress';

/** A progress bar on a terminal for long runs; silent when output is not a terminal (CI, pipes). */
export function progressReporter(label: string, minTotal = 200): (done: number, total: number) => void {
  let bar: SingleBar | undefined;
  return (done, total) => {
    if (!process.stderr.isTTY || total < minTotal) return;
    if (!bar) {
      bar = new SingleBar({ format: `${label} [{bar}] {value}/{total} đoạn`, stream: process.stderr }, Presets.shades_classic);
      bar.start(total, 0);
    }
    bar.update(done);
    if (done >= total) bar.stop();
  };
}
