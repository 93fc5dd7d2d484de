// SPDX-License-Identifier: GPL-2.0-only
/*
 * The idle loop and machine shutdown.
 * Follows Linux 2.4.0 arch/i386/kernel/process.c (the MM parts come with
 * processes).  Port: power-off leaves the emulator, see below.
 */
/// 2.4.0 的 process.c 还有与存储管理关系密切的 copy_thread()、copy_segments()、release_segments()、__switch_to() 和
/// sys_fork/sys_clone/sys_vfork/sys_execve，它们要等进程出现后再移植；本文件目前只有空闲循环和关机。
/// 本移植新增 emulator_exit()，让 Bochs/QEMU 在内核关机时退出。
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/vmalloc.h>
#include <asm/system.h>
#include <asm/io.h>
#include <asm/desc.h>

/* Wait for an interrupt; the loop 2.4.0's idle task runs. */
/// §10 系统引导和初始化：0 号进程在初始化完成后进入的空闲循环，用 hlt 等下一个中断。
/// 2.4.0: arch/i386/kernel/process.c cpu_idle()（2.4.0 先 init_idle() 并把自己的优先级降到最低；循环中没有 need_resched 时
/// 调用 pm_idle 或 default_idle()，有则调用 schedule()，之后调用 check_pgt_cache() 把页表缓存（quicklist）修剪到水位以内；
/// 本移植还没有调度器）
void cpu_idle(void)
{
	for (;;)
		/// safe_halt() 是“sti; hlt”：sti 的效果推迟到下一条指令之后，所以开中断和进入 hlt 之间不会漏掉中断——否则中断恰好
		/// 落在这个空档里，CPU 就会一直睡到下一个中断。
		safe_halt();
}

/*
 * Emulators give a guest a way out: Bochs leaves when "Shutdown" is
 * written to port 0x8900, QEMU's isa-debug-exit device (make qemu
 * configures it at 0xf4) on any write.  On real hardware both writes do
 * nothing and the CPU halts.
 */
/// §10 系统引导和初始化（关机）：让模拟器退出。
/// 2.4.0: 无（本移植新增）：`make run`、`make check` 要无人值守地跑完并拿到结果，内核结束时必须能让模拟器退出。
/// Bochs 看到端口 0x8900 上依次写入“Shutdown”8 个字符就退出（日志中有 “Shutdown port: shutdown requested”，
/// scripts/run-bochs 据此判断正常结束）；QEMU 的 isa-debug-exit 设备（make qemu 把它配在 0xF4）写任何值都退出。
/// 在真实硬件上这两个端口没有设备，写了也没有影响。
static void emulator_exit(void)
{
	const char *s = "Shutdown";

	while (*s)
		outb(*s++, 0x8900);
	outb(0x00, 0xf4);
}

/// §10 系统引导和初始化（重新启动）：向 8042 键盘控制器写命令 0xFE，让它拉低 CPU 的复位线。
/// 2.4.0: arch/i386/kernel/process.c machine_restart()（2.4.0 反复尝试键盘控制器复位，不成再装入空 IDT 故意引起三重错误，
/// 或者切回实地址模式跳进 BIOS 的复位入口；本移植只试一次，不成就停机）
void machine_restart(char *cmd)
{
	outb(0xfe, 0x64);	/* pulse the keyboard controller's reset line */
	machine_halt();
}

/// §10 系统引导和初始化（停机）。
/// 2.4.0: arch/i386/kernel/process.c machine_halt()（2.4.0 中是空函数，由调用者自己停下；本移植先让模拟器退出，
/// 在真实硬件上则关中断循环 hlt）
void machine_halt(void)
{
	emulator_exit();
	/// 关中断后 hlt，CPU 就停住了，只有 NMI 之类能唤醒它，所以外面再套一个循环。
	__cli();
	for (;;)
		__asm__ __volatile__("hlt");
}

/// §10 系统引导和初始化（关电源）。
/// 2.4.0: arch/i386/kernel/process.c machine_power_off()（2.4.0 调用 APM 驱动注册的 pm_power_off；本移植没有 APM，等同 machine_halt()）
void machine_power_off(void)
{
	machine_halt();
}

/*
 * An address space is going away: free its private LDT, if it had one,
 * and go back to the default LDT.
 */
/// §2.2 地址映射的全过程（LDT）。2.4.0: arch/i386/kernel/process.c release_segments()。
/// exit_mmap() 拆除地址空间时调用：进程若用 modify_ldt 建过私有 LDT（mm->context.segments），
/// 先让 CPU 改用缺省 LDT（clear_LDT），再 vfree 掉私有的那张——顺序反了，CPU 可能还在用已释放的内存。
void release_segments(struct mm_struct *mm)
{
	void *ldt = mm->context.segments;

	if (ldt) {
		mm->context.segments = NULL;
		clear_LDT();
		vfree(ldt);
	}
}
