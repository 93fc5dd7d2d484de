# SPDX-License-Identifier: GPL-2.0-only
#
# mm24: the Linux 2.4.0 memory manager on i386, rebuildable.
#
#   make            build vmlinux, System.map, the Bochs symbol file and
#                   the boot image (arch/i386/boot/bzImage, a disk image)
#   make run        boot it headless in Bochs, print the console, exit 0
#                   only if the kernel's checks all passed (MEM=32 megs,
#                   CMDLINE="..." for the kernel command line,
#                   USER_PROGS="a b" to run user programs from an initrd,
#                   SWAP=32 to give the disk a swap area of 32 megs first)
#   make check      every test: host unit tests, annotations, boots
#   make bochs      Bochs with its debugger on this terminal
#                   (BREAK="start_kernel do_page_fault": breakpoints)
#   make qemu / make qemu-gdb
#   make bench      benchmarks
#   make fuzz       the system-call fuzzer (tests/fuzz) in Bochs:
#                   SEED=N CALLS=N MEM=N
#   make V=1 ...    show every command in full
#
# Both run and check first install the Debian packages they lack
# (scripts/install-deps).  CROSS_COMPILE=i686-linux-gnu- builds with
# Debian's cross compiler (picked by itself on a host that is not x86).

VERSION = 2
PATCHLEVEL = 4
SUBLEVEL = 0

# Not an x86 host: gcc -m32 does not exist there, use the cross compiler.
ifeq ($(origin CROSS_COMPILE),undefined)
ifeq ($(filter x86_64 i386 i486 i586 i686,$(shell uname -m)),)
CROSS_COMPILE := i686-linux-gnu-
endif
endif
export CROSS_COMPILE

CC	= $(CROSS_COMPILE)gcc
LD	= $(CROSS_COMPILE)ld
NM	= $(CROSS_COMPILE)nm
OBJCOPY	= $(CROSS_COMPILE)objcopy
HOSTCC	= gcc
PYTHON	= python3

MEM	?= 32
CMDLINE	?=
SWAP	?=

include scripts/quiet.mk
export V

GCC_INCLUDE := $(shell $(CC) -m32 -print-file-name=include)

CPPFLAGS = -nostdinc -isystem $(GCC_INCLUDE) -Iinclude -D__KERNEL__
CFLAGS	= -m32 -march=i686 -O2 -g -ffreestanding -fno-builtin \
	  -fno-pic -fno-pie -fno-stack-protector -fno-common \
	  -fno-strict-aliasing -fno-omit-frame-pointer \
	  -fno-asynchronous-unwind-tables -mno-sse -mno-mmx -mno-red-zone \
	  -mpreferred-stack-boundary=2 -Wall -Wno-unused-but-set-variable \
	  -DLINUX_COMPILER='"$(shell $(CC) --version | head -n 1)"'
AFLAGS	= -m32 -D__ASSEMBLY__ -fno-pic
LDFLAGS	= -m elf_i386 -nostdlib -z noexecstack --no-warn-rwx-segments

# The kernel, one object per line, in link order (head.o first).
HEAD	= arch/i386/kernel/head.o

CORE	= init/main.o \
	  init/version.o \
	  arch/i386/kernel/entry.o \
	  arch/i386/kernel/traps.o \
	  arch/i386/kernel/irq.o \
	  arch/i386/kernel/i8259.o \
	  arch/i386/kernel/time.o \
	  arch/i386/kernel/process.o \
	  arch/i386/kernel/signal.o \
	  arch/i386/kernel/semaphore.o \
	  arch/i386/kernel/i387.o \
	  arch/i386/kernel/setup.o \
	  arch/i386/kernel/init_task.o \
	  arch/i386/mm/init.o \
	  arch/i386/mm/fault.o \
	  arch/i386/mm/ioremap.o \
	  arch/i386/mm/extable.o \
	  arch/i386/kernel/sys_i386.o \
	  arch/i386/lib/delay.o \
	  arch/i386/lib/usercopy.o \
	  arch/i386/lib/getuser.o \
	  arch/i386/lib/putuser.o \
	  mm/memory.o \
	  mm/mmap.o \
	  mm/mprotect.o \
	  mm/mremap.o \
	  mm/mlock.o \
	  mm/bootmem.o \
	  mm/swap.o \
	  mm/page_alloc.o \
	  mm/numa.o \
	  mm/filemap.o \
	  mm/shmem.o \
	  mm/slab.o \
	  mm/vmalloc.o \
	  mm/highmem.o \
	  mm/oom_kill.o \
	  mm/swapfile.o \
	  mm/swap_state.o \
	  mm/page_io.o \
	  mm/vmscan.o \
	  kernel/sched.o \
	  kernel/printk.o \
	  kernel/panic.o \
	  kernel/exit.o \
	  kernel/fork.o \
	  kernel/signal.o \
	  kernel/sys.o \
	  kernel/timer.o \
	  kernel/info.o \
	  kernel/kallsyms.o \
	  kernel/profile.o \
	  fs/open.o \
	  fs/read_write.o \
	  fs/fcntl.o \
	  fs/file_table.o \
	  fs/namei.o \
	  fs/buffer.o \
	  fs/block_dev.o \
	  fs/devices.o \
	  fs/exec.o \
	  fs/binfmt_elf.o \
	  fs/initrd.o \
	  drivers/block/ll_rw_blk.o \
	  drivers/ide/ide.o \
	  drivers/ide/ide-probe.o \
	  drivers/ide/ide-disk.o \
	  fs/dcache.o \
	  fs/proc/inode.o \
	  fs/proc/root.o \
	  fs/proc/base.o \
	  fs/proc/generic.o \
	  fs/proc/array.o \
	  fs/proc/proc_misc.o \
	  fs/inode.o \
	  fs/super.o \
	  fs/ramfs/inode.o \
	  drivers/char/serial.o \
	  drivers/char/tty_io.o \
	  drivers/video/vgacon.o \
	  lib/vsprintf.o \
	  lib/string.o \
	  lib/ctype.o \
	  lib/cmdline.o

# In-kernel self-checks (not part of 2.4.0): tests/kernel/.
KTESTS	= tests/kernel/kcheck.o \
	  tests/kernel/boot_checks.o \
	  tests/kernel/page_alloc_checks.o \
	  tests/kernel/mm_phys_checks.o \
	  tests/kernel/slab_checks.o \
	  tests/kernel/vm_checks.o \
	  tests/kernel/swap_checks.o \
	  tests/kernel/pagecache_checks.o \
	  tests/kernel/shmem_checks.o \
	  tests/kernel/swapin_checks.o \
	  tests/kernel/block_checks.o

OBJS	= $(HEAD) $(CORE) $(KTESTS)

BOOT	= arch/i386/boot
IMAGE	= $(BOOT)/bzImage

.PHONY: fuzz all run check bochs qemu qemu-gdb bench deps clean user-initrd profile \
	annotated-check annotated-diff host-check boot-check

all: vmlinux System.map vmlinux.bochsyms $(IMAGE)

include/asm:
	$(Q)ln -sfn asm-i386 include/asm

$(OBJS): | include/asm

%.o: %.c
	$(say) CC $@
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

%.o: %.S
	$(say) AS $@
	$(Q)$(CC) $(CPPFLAGS) $(AFLAGS) -MMD -MP -c -o $@ $<

-include $(OBJS:.o=.d)

# The symbol table for oops traces takes three links: the first with an
# empty table, the second with the first's addresses (init text, which
# lies after the table, moves), the third with the second's (same table
# size, so nothing moves any more).
.tmp_kallsyms1.o: scripts/kallsyms
	$(say) KSYM $@
	$(Q)scripts/kallsyms < /dev/null > .tmp_kallsyms1.S
	$(Q)$(CC) $(AFLAGS) -c -o $@ .tmp_kallsyms1.S

.tmp_vmlinux%: $(OBJS) .tmp_kallsyms%.o arch/i386/vmlinux.lds
	$(say) LD $@
	$(Q)$(LD) $(LDFLAGS) -T arch/i386/vmlinux.lds -o $@ $(OBJS) .tmp_kallsyms$*.o

.tmp_kallsyms2.o: .tmp_vmlinux1 scripts/kallsyms
	$(say) KSYM $@
	$(Q)$(NM) -n $< | scripts/kallsyms > .tmp_kallsyms2.S
	$(Q)$(CC) $(AFLAGS) -c -o $@ .tmp_kallsyms2.S

.tmp_kallsyms3.o: .tmp_vmlinux2 scripts/kallsyms
	$(say) KSYM $@
	$(Q)$(NM) -n $< | scripts/kallsyms > .tmp_kallsyms3.S
	$(Q)$(CC) $(AFLAGS) -c -o $@ .tmp_kallsyms3.S

vmlinux: .tmp_vmlinux2 .tmp_kallsyms3.o
	$(say) LD $@
	$(Q)$(LD) $(LDFLAGS) -T arch/i386/vmlinux.lds -o $@ $(OBJS) .tmp_kallsyms3.o
	@$(NM) -n $@ | grep -w startup_32 | grep -q '^c0100000' || \
		{ echo "vmlinux: startup_32 is not at 0xc0100000" >&2; exit 1; }
	@$(NM) -n $@ | scripts/kallsyms | cmp -s - .tmp_kallsyms3.S || \
		{ echo "vmlinux: symbol table did not settle" >&2; exit 1; }

.SECONDARY: .tmp_vmlinux1 .tmp_vmlinux2

System.map: vmlinux
	$(say) SYSMAP $@
	$(Q)$(NM) -n $< | grep -v '\( [aUw] \)\|\(__crc_\)\|\( \$$[adt]\)' > $@

# Bochs' "ldsym global" format: address then name, one per line.
vmlinux.bochsyms: System.map
	$(say) SYMS $@
	$(Q)awk '{ print "0x" $$1, $$3 }' $< > $@

$(BOOT)/bootsect.o $(BOOT)/setup.o: | include/asm

$(BOOT)/bootsect: $(BOOT)/bootsect.o
	$(say) LD $@
	$(Q)$(LD) -m elf_i386 -Ttext 0x0 -e _start --oformat binary -o $@ $<

$(BOOT)/setup: $(BOOT)/setup.o
	$(say) LD $@
	$(Q)$(LD) -m elf_i386 -Ttext 0x0 -e begtext --oformat binary -o $@ $<

$(BOOT)/tools/build: $(BOOT)/tools/build.c
	$(say) HOSTCC $@
	$(Q)$(HOSTCC) -O2 -Wall -o $@ $<

$(BOOT)/vmlinux.bin: vmlinux
	$(say) OBJCOPY $@
	$(Q)$(OBJCOPY) -O binary -R .note -R .comment -S $< $@

$(IMAGE): $(BOOT)/bootsect $(BOOT)/setup $(BOOT)/vmlinux.bin $(BOOT)/tools/build
	$(say) BUILD $@
	$(Q)$(BOOT)/tools/build $(BOOT)/bootsect $(BOOT)/setup $(BOOT)/vmlinux.bin \
		-o $@

deps:
	@CROSS_COMPILE="$(CROSS_COMPILE)" scripts/install-deps

# User programs (tests/user) on the initial RAM disk: with USER_PROGS set,
# tests/user builds the initrd (init, the list "progs" and the programs)
# and the run boots with it; init runs them in order after the kernel's
# checks.  INITRD=FILE boots any initrd made with scripts/mkinitrd.
USER_INITRD = tests/user/build/initrd.img
ifneq ($(strip $(USER_PROGS)),)
RUN_ENV = INITRD=$(USER_INITRD)
RUN_DEPS = user-initrd
endif

# SWAP=MB: the disk starts with a swap area (scripts/boot-common.sh).
SWAP_OPT = $(if $(strip $(SWAP)),--swap $(strip $(SWAP)))

user-initrd:
	$(Q)$(MAKE) --no-print-directory -C tests/user initrd PROGS="$(USER_PROGS)" SWAP="$(SWAP)"

run: deps all $(RUN_DEPS)
	@$(RUN_ENV) scripts/run-bochs --mem $(MEM) --cmdline "$(CMDLINE)" $(SWAP_OPT)

bochs: deps all $(RUN_DEPS)
	@$(RUN_ENV) scripts/run-bochs --mem $(MEM) --cmdline "$(CMDLINE)" $(SWAP_OPT) --debugger \
		$(foreach b,$(BREAK),--break $(b))

qemu: deps all $(RUN_DEPS)
	@$(RUN_ENV) scripts/run-qemu --mem $(MEM) --cmdline "$(CMDLINE)" $(SWAP_OPT)

qemu-gdb: deps all $(RUN_DEPS)
	@$(RUN_ENV) scripts/run-qemu --mem $(MEM) --cmdline "$(CMDLINE)" $(SWAP_OPT) --gdb

# The kernel profiler (2.4.0's profile=N): boot with it, run PROG (user
# programs, optional), print the hottest kernel functions at power-off.
# PROFILE=N: buckets of 1 << N bytes.  IPS: a slower emulated CPU takes
# more timer ticks (samples) per instruction.
PROFILE	?= 2
profile: deps all
	@$(if $(strip $(PROG)),$(MAKE) --no-print-directory user-initrd USER_PROGS="$(PROG)" && \
		INITRD=$(USER_INITRD)) scripts/run-bochs --mem $(MEM) \
		--cmdline "profile=$(PROFILE) $(CMDLINE)" $(if $(IPS),--ips $(IPS))

annotated-check:
	@$(PYTHON) scripts/annotate check

annotated-diff:
	@test -n "$(FILE)" || { echo "usage: make annotated-diff FILE=mm/page_alloc.c"; exit 2; }
	@$(PYTHON) scripts/annotate diff $(FILE)

fuzz: deps all
	@$(MAKE) --no-print-directory -C tests/user fuzz MEM=$(MEM) \
		SEED=$(or $(SEED),1) CALLS=$(or $(CALLS),2000)

host-check:
	$(MAKE) -C tests/host check

boot-check: all
	tests/boot/run-tests

check: deps
	@$(MAKE) --no-print-directory all
	@tests/run-all

bench: deps
	@$(MAKE) --no-print-directory all
	$(MAKE) --no-print-directory -C tests/host bench
	@scripts/bench-boot

clean:
	find . -name '*.o' -o -name '*.d' | xargs rm -f
	rm -f vmlinux System.map vmlinux.bochsyms .tmp_* $(IMAGE) \
		$(BOOT)/bootsect $(BOOT)/setup $(BOOT)/vmlinux.bin $(BOOT)/tools/build
	rm -rf build
	-$(MAKE) -C tests/host clean
