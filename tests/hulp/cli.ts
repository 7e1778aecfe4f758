import { main } from '../../cli/main';

/** Runs the zio command line in-process and collects what it prints. */
export async function voerZioUit(...argv: string[]): Promise<{ code: number; uit: string; fout: string }> {
  const uit: string[] = [];
  const fout: string[] = [];
  const code = await main(argv, { uit: (t) => uit.push(t), fout: (t) => fout.push(t) });
  return { code, uit: uit.join('\n'), fout: fout.join('\n') };
}
