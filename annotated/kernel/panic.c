// SPDX-License-Identifier: GPL-2.0-only
/*
 * panic: report a fatal error and stop the machine.
 * Follows Linux 2.4.0 kernel/panic.c.  Port: instead of spinning forever
 * it leaves the emulator, so a headless run ends (and fails: no check
 * summary was printed).
 */
/// panic() 是内核“无法继续”时的出口：内核态的越界访问（§2.4）走到 die() → do_exit() 而当前是
/// 0 号进程时，最终就到这里；引导代码发现致命错误（如内存不够建立 mem_map）也直接调用它。
#include <linux/kernel.h>
#include <asm/system.h>

/// §10 系统引导和初始化（内核的出错处理）；§2.4 越界访问中内核自身出错、无法修复时的终点。
/// 2.4.0: kernel/panic.c panic()
/// NORET_TYPE 在 i386 上为空，真正的“不返回”声明在 linux/kernel.h 的原型上
/// （__attribute__((noreturn))），调用者因此不必在 panic 之后写 return。
NORET_TYPE void panic(const char *fmt, ...)
{
	/// static 而不放在栈上：出错时系统堆栈可能已所剩无几（8 KB 与 task_struct 共用）。
	static char message[1024];
	va_list ap;

	va_start(ap, fmt);
	/// 先格式化到自己的缓冲区，再作为一个 %s 交给 printk，消息里的 % 就不会被再解释一次。
	vsprintf(message, fmt, ap);
	va_end(ap);
	/// 级别 0（KERN_EMERG）：无论 console_loglevel 是多少都会上控制台。
	/// 注意 printk 自己的缓冲区只有约 1020 字节可用，消息加上前缀若超过就会写出界；
	/// 2.4.0 同样没有检查，实际的 panic 消息都很短。
	printk(KERN_EMERG "Kernel panic: %s\n", message);
	/// 与 2.4.0 不同：2.4.0 此后（不在中断里、也不是 0 号进程时）先 sys_sync() 把缓冲区写回磁盘，
	/// 调用 panic_notifier_list 上的通知函数，若命令行给了 panic=N 就等 N 秒后 machine_restart()，
	/// 否则开中断原地死循环。本移植直接调用 arch/i386/kernel/process.c 的 machine_halt()：
	/// 向 Bochs 的 0x8900 端口写 "Shutdown"、向 QEMU 的 isa-debug-exit 端口写一个字节，让模拟器退出，
	/// 无头运行立即结束；输出里没有 "checks: ... passed" 总结行而有 "Kernel panic"，
	/// run-bochs 于是判为失败。真机上这两个写不起作用，CPU 关中断停在 hlt。
	machine_halt();
	/// machine_halt() 的原型没有 noreturn 属性，这个循环让编译器确信 panic 真的不会返回
	/// （否则 gcc 会警告“noreturn 函数返回了”）。
	for (;;)
		;	/* machine_halt() does not come back */
}
