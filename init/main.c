// SPDX-License-Identifier: GPL-2.0-only
/*
 * start_kernel: the first C code.  Brings the subsystems up in 2.4.0's
 * order, then starts the first process, init (pid 1), and becomes the
 * idle task.  init opens the console and executes the first user
 * program from the initial RAM disk.  Port: before init starts, the
 * kernel's self-checks run (tests/kernel/); without an initrd the
 * machine is powered off after them.
 * Boot chapter of 情景分析; chapter 4 (the first process).
 * Follows Linux 2.4.0 init/main.c.
 */
#define __KERNEL_SYSCALLS__

#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/proc_fs.h>
#include <linux/string.h>
#include <linux/console.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/blkdev.h>
#include <linux/pagemap.h>
#include <linux/swap.h>
#include <asm/system.h>
#include <asm/param.h>
#include <asm/delay.h>
#include <asm/bugs.h>
#include <asm/unistd.h>
#include <asm/hw_irq.h>
#include <linux/bootmem.h>

extern const char linux_banner[];
extern char saved_command_line[];
extern char _etext[];

extern void setup_arch(char **);
extern void trap_init(void);
extern void init_IRQ(void);
extern void time_init(void);
extern void boot_checks(char *command_line);
extern void swapin_checks(void);
extern void fork_init(unsigned long);
extern void proc_caches_init(void);
extern void free_initmem(void);
extern int init_elf_binfmt(void);
extern int init_shmem_fs(void);
extern int initrd_fs_init(void);
extern unsigned long initrd_start, initrd_end;
extern unsigned long min_low_pfn;

/* init's arguments and environment. */
#define MAX_INIT_ARGS	8
#define MAX_INIT_ENVS	8

static char *execute_command;	/* init= */
static char *argv_init[MAX_INIT_ARGS + 2] = { "init", NULL, };
static char *envp_init[MAX_INIT_ENVS + 2] = { "HOME=/", "TERM=linux", NULL, };

/* The task that adopts orphans (exit.c): init once it runs. */
struct task_struct *child_reaper = &init_task;

unsigned long loops_per_jiffy = (1 << 12);

#define LPS_PREC 8

/*
 * Measure how many __delay() loops fit in one timer tick: double until a
 * tick passes, then refine bit by bit.  Needs the timer interrupt.
 */
void __init calibrate_delay(void)
{
	unsigned long tick, bit, whole, hundredths;
	int refine = LPS_PREC;

	loops_per_jiffy = (1 << 12);
	printk("Calibrating delay loop... ");

	/* Coarse: double until one __delay() run outlasts a tick. */
	for (;;) {
		loops_per_jiffy <<= 1;
		if (loops_per_jiffy == 0)
			break;
		tick = jiffies;		/* start right at a tick */
		while (jiffies == tick)
			;
		tick = jiffies;
		__delay(loops_per_jiffy);
		if (jiffies != tick)
			break;
	}

	/* Fine: try the bits below, highest first; keep those that fit. */
	loops_per_jiffy >>= 1;
	bit = loops_per_jiffy;
	while (refine-- > 0) {
		bit >>= 1;
		if (bit == 0)
			break;
		loops_per_jiffy |= bit;
		tick = jiffies;
		while (jiffies == tick)
			;
		tick = jiffies;
		__delay(loops_per_jiffy);
		if (jiffies != tick)		/* too long: not this bit */
			loops_per_jiffy &= ~bit;
	}

	/* One BogoMIPS is 500000 loops a second, shown to 1/100. */
	whole = loops_per_jiffy / (500000 / HZ);
	hundredths = (loops_per_jiffy / (5000 / HZ)) % 100;
	printk("%lu.%02lu BogoMIPS\n", whole, hundredths);
}

/*
 * Split the command line into words and hand each "name=value" word to
 * the __setup() handler registered for "name=".  (2.4.0 also passes
 * the other words to init as arguments and environment.)
 */
static void __init parse_options(char *line)
{
	char *next;

	if (!*line)
		return;
	for (; line; line = next) {
		struct kernel_param *p;

		next = strchr(line, ' ');
		if (next)
			*next++ = 0;
		for (p = &__setup_start; p < &__setup_end; p++) {
			int n = strlen(p->str);

			if (!strncmp(line, p->str, n) &&
			    p->setup_func(line + n))
				break;
		}
	}
}

/* init=PROGRAM: run that instead of the usual init programs. */
static int __init init_setup(char *str)
{
	int i;

	execute_command = str;
	/* Arguments after it belong to init; the port has none. */
	for (i = 1; i < MAX_INIT_ARGS; i++)
		argv_init[i] = NULL;
	return 1;
}
__setup("init=", init_setup);

/* profile=N: sample the kernel's text in buckets of 1 << N bytes. */
static int __init profile_setup(char *str)
{
	int shift;

	if (get_option(&str, &shift))
		prof_shift = shift;
	return 1;
}
__setup("profile=", profile_setup);

/*
 * What 2.4.0 does in do_basic_setup() through the initcalls and
 * mount_root(): here, starting kswapd and kreclaimd, registering the
 * ELF format, making the shm file system (shared anonymous memory) and
 * reading the initrd's files.
 */
static void __init do_basic_setup(void)
{
	kswapd_init();
	init_elf_binfmt();
	init_shmem_fs();
	mount_root();
	initrd_fs_init();
}

/*
 * The first process, pid 1, a kernel thread until it calls execve():
 * finish the setup, free the boot-only code and data, make the console
 * descriptors 0, 1 and 2, and execute the first program.  A successful
 * execve() does not return: its system call frame now returns to the
 * new program in user mode.  Port: the initrd has no directories, so
 * "/init" is tried last, after 2.4.0's list.
 */
static int init(void *unused)
{
	/* 2.4.0's list, then the port's "/init". */
	static char *const programs[] = {
		"/sbin/init", "/etc/init", "/bin/init", "/bin/sh", "/init",
	};
	int i;

	child_reaper = current;
	do_basic_setup();
	/* Port: the swap-in checks need /dev/hda, so they run here. */
	swapin_checks();

	free_initmem();

	/* Descriptors 0, 1 and 2: the console. */
	if (open("/dev/console", O_RDWR, 0) < 0)
		printk("Warning: unable to open an initial console.\n");
	for (i = 1; i <= 2; i++)
		(void) dup(0);

	/* Each execve() that works does not return. */
	if (execute_command)
		execve(execute_command, argv_init, envp_init);
	for (i = 0; i < sizeof(programs) / sizeof(programs[0]); i++)
		execve(programs[i], argv_init, envp_init);
	panic("No init found.  Try passing init= option to kernel.");
}

asmlinkage void __init start_kernel(void)
{
	char *options;		/* for parse_options() */
	unsigned long initrd_floor;

	printk(linux_banner);
	setup_arch(&options);
	printk("Kernel command line: %s\n", saved_command_line);
	parse_options(options);

	/* Traps and interrupts, the scheduler, the clock, the console. */
	trap_init();
	init_IRQ();
	sched_init();
	time_init();
	console_init();

	/* profile=: one counter per bucket of the text, zeroed by bootmem. */
	if (prof_shift) {
		unsigned int bytes;

		prof_len = (unsigned long)_etext - (unsigned long)_stext;
		prof_len >>= prof_shift;
		bytes = prof_len * sizeof(unsigned int) + PAGE_SIZE - 1;
		prof_buffer = (unsigned int *)alloc_bootmem(bytes);
	}

	/* The slab allocator's own cache; then the timer may tick. */
	kmem_cache_init();
	sti();
	calibrate_delay();

	/* An initrd that the boot's allocations have overwritten is useless. */
	initrd_floor = min_low_pfn << PAGE_SHIFT;
	if (initrd_start && initrd_start < initrd_floor) {
		printk(KERN_CRIT "initrd overwritten (0x%08lx < 0x%08lx) "
		       "- disabling it.\n", initrd_start, initrd_floor);
		initrd_start = 0;
	}

	/* All memory to the buddy allocator, then the general caches. */
	mem_init();
	kmem_cache_sizes_init();
	proc_root_init();
	fork_init(num_physpages);
	proc_caches_init();
	dcache_init();
	inode_init();
	files_init();
	buffer_init(num_physpages);
	page_cache_init(num_physpages);
	check_bugs();

	/* Port: the disk is probed here, before the checks that use it. */
	blk_dev_init();

	boot_checks(saved_command_line);
	if (!initrd_start)
		machine_power_off();

	kernel_thread(init, NULL, CLONE_FS | CLONE_FILES | CLONE_SIGNAL);
	current->need_resched = 1;
	cpu_idle();
}
