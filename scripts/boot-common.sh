# SPDX-License-Identifier: GPL-2.0-only
#
# What scripts/run-bochs and scripts/run-qemu share; sourced by both.
# They set top, mem, cmdline and verbose before calling these.

# With an initrd, init's report decides too: the free page count after
# the programs must equal the one before (no page leaked), and no TAP
# test may have printed "not ok".
check_init() {	# check_init SERIAL PROGNAME
	local clean line before after
	clean=$(tr -d '\r' < "$1")
	line=$(printf '%s\n' "$clean" | grep -E '^init: free pages before [0-9]+ after [0-9]+$' | tail -n 1 || true)
	if [ -z "$line" ]; then
		echo "$2: init did not report the free pages (init: free pages before N after N)" >&2
		return 1
	fi
	before=$(echo "$line" | awk '{ print $5 }')
	after=$(echo "$line" | awk '{ print $7 }')
	if [ "$before" != "$after" ]; then
		echo "$2: free pages before the programs $before, after $after" >&2
		return 1
	fi
	if printf '%s\n' "$clean" | grep -q '^not ok'; then
		echo "$2: a user test failed (not ok)" >&2
		return 1
	fi
	return 0
}

# make_disk IMAGE: the boot disk from the built kernel with the command
# line (plus checks=verbose when verbose=1: every check line, not one per
# group) and, with INITRD=FILE, the initial RAM disk at INITRD_ADDR
# (default 0x400000; at 4 MB that is beyond RAM, so 0x200000 below 8 MB).
# With swap=MB (--swap, make SWAP=MB) the disk starts with a swap area of
# that size made by util-linux mkswap -p 4096 (/dev/hda for the kernel);
# the boot sector sits in its unused first sector and setup, the kernel
# and the initrd follow the area (Documentation/disk.md).
make_disk() {
	local boot="$top/arch/i386/boot" rd_addr=0x400000 rd=() sw=()

	[ "$verbose" = 1 ] && cmdline="${cmdline:+$cmdline }checks=verbose"
	if [ -n "${INITRD:-}" ]; then
		[ "$mem" -lt 8 ] && rd_addr=0x200000
		rd=(-r "$INITRD" -a "${INITRD_ADDR:-$rd_addr}")
	fi
	if [ -n "${swap:-}" ]; then
		make_swap_area "$1.swap" "$swap" || return 1
		sw=(-w "$1.swap")
	fi
	"$boot/tools/build" "$boot/bootsect" "$boot/setup" "$boot/vmlinux.bin" \
		${rd[@]+"${rd[@]}"} ${sw[@]+"${sw[@]}"} -c "$cmdline" -o "$1" >/dev/null
	rm -f "$1.swap"
}

# make_swap_area FILE MB: a v1 ("SWAPSPACE2") swap area of MB megabytes,
# 4096-byte pages, a fixed (zero) UUID so the same build gives the same disk.
make_swap_area() {
	local mkswap
	case "$2" in
	''|*[!0-9]*|0) echo "SWAP=$2: give the swap area's size in megabytes (1 to 2047)" >&2; return 1 ;;
	esac
	if [ "$2" -gt 2047 ]; then
		echo "SWAP=$2: at most 2047 megabytes" >&2; return 1
	fi
	mkswap=$(PATH=$PATH:/sbin:/usr/sbin command -v mkswap) ||
		{ echo "mkswap (util-linux) not found" >&2; return 1; }
	head -c $(( $2 * 1024 * 1024 )) /dev/zero > "$1"
	chmod 600 "$1"
	"$mkswap" -p 4096 -U 00000000-0000-0000-0000-000000000000 "$1" > /dev/null 2>&1 ||
		{ echo "mkswap -p 4096 $1 failed" >&2; return 1; }
}
