#!/usr/bin/env python3
"""Times Evidentia against the floor (zcat) and the peer script, side by side in one session.

Each round runs every command once, as a whole process, in an order that rotates from round to
round, so that a noisy neighbour affects all of them alike. Prints, per command, the median (and
range) of wall time, CPU time (user + system, children included) and peak resident memory, then
the ratios the performance targets are stated in (docs/performance.md): of the medians, and round
by round (each round's two commands ran close together), with how many rounds were within the target.

usage (from the repository, after `mvn package`, with ../shared beside it; see docs/performance.md):
  python3 ../shared/tools/mkcorpus.py 30000 /tmp/c30k.xml.gz
  /usr/bin/python3 tools/side-by-side.py --corpus /tmp/c30k.xml.gz --runs 5

The peer needs lxml (Debian: python3-lxml); --python names the interpreter that has it.
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def measure(argv, env, stdout_path):
    """Runs argv to completion; returns (wall s, cpu s, peak RSS MiB) of that process alone."""
    with open(stdout_path, 'wb') as out:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit('side-by-side: %s exited with %d' % (' '.join(argv), proc.returncode))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--corpus', required=True, help='a PubMed XML corpus (.xml.gz), e.g. from mkcorpus.py')
    parser.add_argument('--dist', default=os.path.join(REPO, 'distribution', 'target', 'evidentia-0.1.0'),
                        help='the built distribution (default: this repository\'s)')
    parser.add_argument('--peer', default=os.path.join(REPO, '..', 'shared', 'tools', 'peer', 'pubmed_cytokines.py'))
    parser.add_argument('--python', default='/usr/bin/python3', help='the interpreter that runs the peer')
    parser.add_argument('--runs', type=int, default=5, help='rounds (default 5)')
    parser.add_argument('--heap', help='a maximum heap for Evidentia (e.g. 256m), as JAVA_OPTS=-Xmx...')
    parser.add_argument('--skip', action='append', default=[], help='a command to leave out (zcat, peer, findings, cytokines, all, plugins, help)')
    args = parser.parse_args()

    evidentia = os.path.join(args.dist, 'bin', 'evidentia')
    scratch = tempfile.mkdtemp(prefix='side-by-side-')
    env = dict(os.environ)
    if args.heap:
        env['JAVA_OPTS'] = (env.get('JAVA_OPTS', '') + ' -Xmx' + args.heap).strip()
    commands = {
        'zcat': ['zcat', args.corpus],
        'peer': [args.python, args.peer, args.corpus],
        'findings': [evidentia, 'run', '--no-progress', '-r', 'findings-jsonl', '-o', os.path.join(scratch, 'findings'), args.corpus],
        'cytokines': [evidentia, 'run', '--no-progress', '-x', 'cytokines', '-r', 'findings-jsonl', '-o', os.path.join(scratch, 'cytokines'), args.corpus],
        'all': [evidentia, 'run', '--no-progress', '-o', os.path.join(scratch, 'all'), args.corpus],
        'plugins': [evidentia, 'plugins'],
        'help': [evidentia, '--help'],
    }
    labels = {
        'zcat': 'zcat CORPUS > /dev/null (the floor)',
        'peer': 'peer script (lxml + regex, one thread)',
        'findings': 'evidentia run -r findings-jsonl',
        'cytokines': 'evidentia run -x cytokines -r findings-jsonl (what the peer extracts)',
        'all': 'evidentia run (every bundled reporter)',
        'plugins': 'evidentia plugins',
        'help': 'evidentia --help',
    }
    names = [n for n in commands if n not in args.skip]
    # what was measured, and how busy the machine was before: a sitting's figures mean little without both
    version = '; '.join(line for line in subprocess.run([evidentia, '--version'], capture_output=True, text=True,
                                                          env=env).stdout.splitlines() if line.strip())
    load_before = os.getloadavg()
    # one untimed round: the JVM's class-data archive and the plugins' unpacked folders are made
    # on the first run, as on a user's machine
    for name in names:
        measure(commands[name], env, os.devnull)
        if name in ('findings', 'cytokines', 'all'):
            shutil.rmtree(commands[name][commands[name].index('-o') + 1], ignore_errors=True)
    results = {n: [] for n in names}
    for r in range(args.runs):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            results[name].append(measure(commands[name], env, os.devnull))
            if name in ('findings', 'cytokines', 'all'):
                shutil.rmtree(commands[name][commands[name].index('-o') + 1], ignore_errors=True)
        print('round %d of %d done' % (r + 1, args.runs), file=sys.stderr)
    shutil.rmtree(scratch, ignore_errors=True)

    load = os.getloadavg()
    print('%s, %s, %d rounds, %d cores, load average %.1f %.1f %.1f before the runs and %.1f %.1f %.1f after'
          % (version, os.path.basename(args.corpus), args.runs, os.cpu_count(), *load_before, *load))
    print('| command | wall (median, min-max) | CPU | peak RSS |')
    print('|---|---|---|---|')
    median = {}
    for name in names:
        walls = [w for w, _, _ in results[name]]
        cpus = [c for _, c, _ in results[name]]
        rss = [m for _, _, m in results[name]]
        median[name] = statistics.median(walls)
        print('| %s | %.2f s (%.2f-%.2f) | %.2f s | %.0f MiB |' % (labels[name], median[name], min(walls), max(walls),
                                                              statistics.median(cpus), statistics.median(rss)))
    print()
    def ratio(text, numerator, denominator, target=None, at_least=False, unit=''):
        """Prints a ratio of medians, and the ratio round by round: the two commands of one round ran minutes apart at
        most, so a machine that slows or speeds up through a sitting moves both, where the medians may come from
        different parts of the sitting."""
        if numerator not in median or denominator not in median:
            return
        rounds = [results[numerator][i][0] / results[denominator][i][0] for i in range(args.runs)]
        line = '%s: %.2fx%s%s; round by round median %.2fx (%.2f-%.2f)' % (
            text, median[numerator] / median[denominator], unit,
            '' if target is None else ' (target %s %gx)' % ('>=' if at_least else '<=', target),
            statistics.median(rounds), min(rounds), max(rounds))
        if target is not None:
            within = sum(1 for r in rounds if (r >= target if at_least else r <= target))
            line += ', within the target in %d of %d rounds' % (within, args.runs)
        print(line)

    ratio('throughput, findings-only run against the peer', 'peer', 'findings', 4, at_least=True)
    ratio('throughput, cytokines-only run against the peer', 'peer', 'cytokines')
    ratio('findings-only run against zcat', 'findings', 'zcat', 3, unit=' zcat\'s wall time')
    ratio('every reporter against findings only', 'all', 'findings', 1.25)
    for name in ('plugins', 'help'):
        if name in median:
            print('%s: median %.2f s (target <= 0.4 s)' % (labels[name], median[name]))


if __name__ == '__main__':
    main()
