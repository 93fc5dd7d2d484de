/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Calling-convention and symbol helpers shared by C and assembly.
 * Follows Linux 2.4.0 include/linux/linkage.h.
 */
/// C 与汇编之间的调用约定和符号命名。2.4.0: include/linux/linkage.h
#ifndef _LINUX_LINKAGE_H
#define _LINUX_LINKAGE_H

/// C++ 编译时要 extern "C"。内核不用 C++，这里只是保持与 2.4.0 一致。
#ifdef __cplusplus
#define CPP_ASMLINKAGE extern "C"
#else
#define CPP_ASMLINKAGE
#endif

/* i386 passes every argument on the stack: never let gcc use registers. */
/// 被汇编代码调用的 C 函数（start_kernel、do_page_fault、系统调用等）必须从堆栈取参数。i386 上 gcc
/// 默认就是这样，但整个内核若用 -mregparm 编译，普通函数会改用寄存器传参，所以要用 regparm(0)
/// 明确钉死：entry.S 调用 do_page_fault(regs, error_code) 时是把两个参数压在堆栈上的。
#define asmlinkage CPP_ASMLINKAGE __attribute__((regparm(0)))

/// a.out 格式的 C 符号在汇编里要加下划线前缀，ELF 不加。2.4.0 保留这组宏以兼容两种格式，
/// 本移植只有 ELF，它们都原样展开。
#define SYMBOL_NAME_STR(X) #X
#define SYMBOL_NAME(X) X
#define SYMBOL_NAME_LABEL(X) X:

/// 16 字节对齐，空隙用 0x90（nop）填充：汇编入口按 cache 行对齐，执行流穿过填充也无害。
#define __ALIGN .align 16,0x90
#define __ALIGN_STR ".align 16,0x90"

#ifdef __ASSEMBLY__
#define ALIGN __ALIGN
/// 定义一个全局的汇编入口：.globl、对齐、标号三合一。head.S 的 swapper_pg_dir、empty_zero_page，
/// entry.S 的 page_fault 都是用它定义的。
#define ENTRY(name) \
	.globl SYMBOL_NAME(name); \
	ALIGN; \
	SYMBOL_NAME_LABEL(name)
#endif

/*
 * Port: a system call that takes the saved registers as its arguments
 * must not let gcc turn its last call into a tail call (gcc 2.x never
 * did): the tail call's arguments would be written over the saved user
 * registers.  An empty asm that "changes" the result is enough.
 */
/// 2.4.0: 无（本移植新增，后来的 2.6 内核有同名的宏）。sys_fork、sys_execve 这类按值接收整个 struct pt_regs 的系统调用，
/// 参数区就是 entry.S 保存的用户寄存器；gcc 12 会把 return f(...) 编译成“尾调用”：把 f 的参数写进自己的参数区再跳过去，
/// 保存的寄存器就被改掉了。一条把返回值当作输入又当作输出的空 asm，让 f 返回之后还有事要做，尾调用就不成立了。
#define prevent_tail_call(ret)	__asm__ ("" : "=r" (ret) : "0" (ret))

/// “不返回”的几种写法：NORET_TYPE 放在返回类型之前（很老的 gcc 用 volatile 表示），现在为空；
/// ATTRIB_NORET 放在声明之后；NORET_AND 用在已有的 __attribute__ 列表里（见 panic 的原型）。
#define NORET_TYPE
#define ATTRIB_NORET __attribute__((noreturn))
#define NORET_AND noreturn,

#endif
