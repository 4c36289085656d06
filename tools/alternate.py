#!/usr/bin/env python3
"""Times whole commands in turn, round after round, each started only once the machine is quiet.

    python3 tools/alternate.py 10 'A/bin/evidentia plugins' 'B/bin/evidentia plugins'

runs each command once per round, in the order given, for the given number of rounds, and prints
the median wall time and CPU time (user and system, of the command and its children) of each.
A command starts only once no other process has been runnable for --quiet seconds (0.3 by
default, up to a minute's wait; /proc/loadavg's count of runnable tasks), so that a build or
another program on a shared machine does not land in one command's time more than another's.
This is how docs/performance.md compares a build with the one before it ("gated" figures).
Commands run through the shell; their output is discarded; a failing one is reported on stderr.
Linux only (it reads /proc/loadavg).
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def runnable():
    """Processes runnable now, this one included (the fourth field of /proc/loadavg: running/total)."""
    with open('/proc/loadavg') as f:
        return int(f.read().split()[3].split('/')[0])


def wait_until_quiet(window, timeout=60.0):
    start = time.time()
    calm_since = None
    while time.time() - start < timeout:
        now = time.time()
        if runnable() <= 1:
            calm_since = calm_since or now
            if now - calm_since >= window:
                return
        else:
            calm_since = None
        time.sleep(0.02)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('rounds', type=int)
    parser.add_argument('commands', nargs='+')
    parser.add_argument('--quiet', type=float, default=0.3, help='seconds with nothing else runnable before each start (0: none)')
    args = parser.parse_args()
    wall = {c: [] for c in args.commands}
    cpu = {c: [] for c in args.commands}
    for _ in range(args.rounds):
        for command in args.commands:
            if args.quiet > 0:
                wait_until_quiet(args.quiet)
            started = time.time()
            process = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)
            wall[command].append(time.time() - started)
            cpu[command].append(usage.ru_utime + usage.ru_stime)
            if status != 0:
                print('exit status %d: %s' % (os.waitstatus_to_exitcode(status), command), file=sys.stderr)
    for command in args.commands:
        print('%7.3f s wall  %7.3f s CPU  (min %.3f)  %s'
              % (statistics.median(wall[command]), statistics.median(cpu[command]), min(wall[command]), command))


if __name__ == '__main__':
    main()
