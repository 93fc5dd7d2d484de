#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
#
# mkinitrd.py - build the initrd of the user-mode tests: a cpio archive
# in the "newc" format (magic 070701) holding
#
#   init    the runner (tests/user/init.c)
#   progs   the base names of the programs, one per line, in run order
#   NAME    each program, under its base name
#   dev     a directory (the unpacking kernel makes it with mkdir)
#   dev/hda the first IDE disk, a block device node (major 3, minor 0):
#           swapon("/dev/hda", 0) finds the swap area of make SWAP=N there
#
#   bench   (only with --bench) an empty file: init then prints how many
#           Bochs instructions (the TSC) each program took
#
#   mkinitrd.py [--bench] -o build/initrd.img build/init prog1 prog2 ...
#
# The list is also written as "progs" beside the image, for
# check-console.  Python 3 standard library only.

import argparse
import os
import sys


def entry(ino, name, mode, data, rdev=(0, 0)):
    """One newc member: 110-byte header, name, data, each 4-byte aligned.
    rdev is (major, minor) of a device node."""
    namez = name.encode() + b"\0"
    fields = [ino, mode, 0, 0, 1, 0, len(data), 0, 0, rdev[0], rdev[1],
              len(namez), 0]
    head = b"070701" + b"".join(b"%08X" % f for f in fields)
    out = head + namez
    out += b"\0" * (-len(out) % 4)
    out += data
    out += b"\0" * (-len(out) % 4)
    return out


def main():
    ap = argparse.ArgumentParser(description="build a cpio newc initrd")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--bench", action="store_true")
    ap.add_argument("--swap", action="store_true")
    ap.add_argument("init")
    ap.add_argument("progs", nargs="*")
    args = ap.parse_args()

    names = [os.path.basename(p) for p in args.progs]
    for n in names:
        if n in ("init", "progs", "bench", "swap") or names.count(n) > 1:
            sys.exit("mkinitrd: program name %r used twice or reserved" % n)
    listing = "".join(n + "\n" for n in names).encode()

    members = [("init", 0o100755, open(args.init, "rb").read()),
               ("progs", 0o100644, listing)]
    if args.bench:
        members.append(("bench", 0o100644, b""))
    if args.swap:
        members.append(("swap", 0o100644, b""))
    for path, n in zip(args.progs, names):
        members.append((n, 0o100755, open(path, "rb").read()))

    img = b""
    for ino, (name, mode, data) in enumerate(members, 1):
        img += entry(ino, name, mode, data)
    img += entry(len(members) + 1, "dev", 0o040755, b"")
    img += entry(len(members) + 2, "dev/hda", 0o060660, b"", (3, 0))
    img += entry(0, "TRAILER!!!", 0, b"")
    img += b"\0" * (-len(img) % 512)

    with open(args.output, "wb") as f:
        f.write(img)
    with open(os.path.join(os.path.dirname(args.output) or ".", "progs"),
              "wb") as f:
        f.write(listing)
    print("  INITRD  %s: init + %d programs, %d bytes"
          % (args.output, len(names), len(img)))


if __name__ == "__main__":
    main()
