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
make_disk() {
	local boot="$top/arch/i386/boot" rd_addr=0x400000 rd=()

	[ "$verbose" = 1 ] && cmdline="${cmdline:+$cmdline }checks=verbose"
	if [ -n "${INITRD:-}" ]; then
		[ "$mem" -lt 8 ] && rd_addr=0x200000
		rd=(-r "$INITRD" -a "${INITRD_ADDR:-$rd_addr}")
	fi
	"$boot/tools/build" "$boot/bootsect" "$boot/setup" "$boot/vmlinux.bin" \
		${rd[@]+"${rd[@]}"} -c "$cmdline" -o "$1" >/dev/null
}
