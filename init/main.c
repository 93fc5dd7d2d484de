// SPDX-License-Identifier: GPL-2.0-only
/*
 * start_kernel: the first C code.  Brings the subsystems up in 2.4.0's
 * order.  Port: with no processes yet, the end of boot runs the kernel's
 * self-checks and powers the machine off instead of starting init.
 * Boot chapter of 情景分析.  Follows Linux 2.4.0 init/main.c.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/console.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <asm/system.h>
#include <asm/param.h>
#include <asm/delay.h>

extern const char linux_banner[];
extern char saved_command_line[];

extern void setup_arch(char **);
extern void trap_init(void);
extern void init_IRQ(void);
extern void time_init(void);
extern void boot_checks(char *command_line);
extern void proc_caches_init(void);
extern unsigned long initrd_start, initrd_end;
extern unsigned long min_low_pfn;

unsigned long loops_per_jiffy = (1 << 12);

#define LPS_PREC 8

/*
 * Measure how many __delay() loops fit in one timer tick: double until a
 * tick passes, then refine bit by bit.  Needs the timer interrupt.
 */
void __init calibrate_delay(void)
{
	unsigned long ticks, loopbit;
	int lps_precision = LPS_PREC;

	loops_per_jiffy = (1 << 12);

	printk("Calibrating delay loop... ");
	while (loops_per_jiffy <<= 1) {
		ticks = jiffies;		/* wait for the start of a tick */
		while (ticks == jiffies)
			;
		ticks = jiffies;
		__delay(loops_per_jiffy);
		ticks = jiffies - ticks;
		if (ticks)
			break;
	}

	/* Now binary-search the bits below the one that overshot. */
	loops_per_jiffy >>= 1;
	loopbit = loops_per_jiffy;
	while (lps_precision-- && (loopbit >>= 1)) {
		loops_per_jiffy |= loopbit;
		ticks = jiffies;
		while (ticks == jiffies)
			;
		ticks = jiffies;
		__delay(loops_per_jiffy);
		if (jiffies != ticks)		/* longer than a tick */
			loops_per_jiffy &= ~loopbit;
	}

	printk("%lu.%02lu BogoMIPS\n",
	       loops_per_jiffy / (500000 / HZ),
	       (loops_per_jiffy / (5000 / HZ)) % 100);
}

/*
 * Split the command line into words and hand each "name=value" word to
 * the __setup() handler registered for "name=".
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

asmlinkage void __init start_kernel(void)
{
	char *command_line;

	printk(linux_banner);
	setup_arch(&command_line);
	printk("Kernel command line: %s\n", saved_command_line);
	parse_options(command_line);
	trap_init();
	init_IRQ();
	time_init();
	console_init();
	kmem_cache_init();
	sti();
	calibrate_delay();
	if (initrd_start && initrd_start < min_low_pfn << PAGE_SHIFT) {
		printk(KERN_CRIT "initrd overwritten (0x%08lx < 0x%08lx) - "
		       "disabling it.\n", initrd_start, min_low_pfn << PAGE_SHIFT);
		initrd_start = 0;
	}
	mem_init();
	kmem_cache_sizes_init();
	proc_caches_init();

	boot_checks(saved_command_line);
	machine_power_off();
}
