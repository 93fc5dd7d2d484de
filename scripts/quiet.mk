# SPDX-License-Identifier: GPL-2.0-only
#
# Quiet build output, shared by the top Makefile, tests/host and tests/user:
# one line per step ("  CC      mm/mmap.o"), as the kernel's own build
# prints; V=1 shows every command in full.  A rule says
#	$(say) CC $@
#	$(Q)$(CC) ...
ifeq ($(V),1)
Q	:=
say	:= @true
else
Q	:= @
say	:= @printf '  %-7s %s\n'
endif
